package app.orbit.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A promise made during an interaction, due on a date, to one or more of its participants
 * ({@code to}, contact ids). Empty {@code to} means "not said yet": the interaction takes its only
 * participant, and refuses it when several were there.
 */
public record FollowUp(LocalDate due, String promise, boolean done, List<Long> to) {

    public static final int MAX_PROMISE = 1000;

    public FollowUp {
        Objects.requireNonNull(due, "due");
        promise = Text.clean(promise);
        if (promise.isEmpty()) {
            throw new ValidationException("followUpPromise", "error.followUp.promise.required");
        }
        if (promise.length() > MAX_PROMISE) {
            throw new ValidationException("followUpPromise", "error.tooLong", MAX_PROMISE);
        }
        to = to == null ? List.of() : List.copyOf(new LinkedHashSet<>(to));
    }

    /** A promise whose recipient is not said yet (the interaction's only participant). */
    public FollowUp(LocalDate due, String promise, boolean done) {
        this(due, promise, done, List.of());
    }

    /** The same promise made to {@code recipients}. */
    public FollowUp to(List<Long> recipients) {
        return new FollowUp(due, promise, done, recipients);
    }

    /** Whether the promise was made to this contact. */
    public boolean isTo(long contactId) {
        return to.contains(contactId);
    }
}
