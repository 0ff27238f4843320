package app.orbit.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A promise made during an interaction, due on a date. */
public record FollowUp(LocalDate due, String promise, boolean done) {

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
    }
}
