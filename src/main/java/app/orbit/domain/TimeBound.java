package app.orbit.domain;

import java.time.LocalDate;
import java.util.Objects;

/** Something about a contact that cannot wait past the week: a follow-up due or a birthday. */
public record TimeBound(ContactSummary contact, LocalDate date, Phrase reason) {

    public TimeBound {
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }

    /** The reason's key of a promise falling due. */
    public static final String FOLLOW_UP = "plan.reason.followUp";

    public static TimeBound followUp(ContactSummary contact, PendingFollowUp f) {
        return new TimeBound(contact, f.due(), Phrase.of(FOLLOW_UP, f.promise(), f.due()));
    }

    /** A promise the user made, rather than a birthday. */
    public boolean isFollowUp() {
        return reason.key().equals(FOLLOW_UP);
    }

    public static TimeBound birthday(ContactSummary contact, LocalDate on) {
        return new TimeBound(contact, on, Phrase.of("plan.reason.birthday", on));
    }
}
