package app.orbit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the user said of a suggested introduction of {@code neederId} to {@code offererId}: not
 * a good match (never suggested again), or later (left out until {@code until}).
 */
public record IntroductionVerdict(long neederId, long offererId, Kind kind, LocalDate decidedOn, LocalDate until) {

    /** The two answers that are stored; accepting is an introduction made. */
    public enum Kind {
        DECLINED, LATER
    }

    public IntroductionVerdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(decidedOn, "decidedOn");
        if (neederId == offererId) {
            throw new IllegalArgumentException("a contact cannot be introduced to themselves");
        }
        if ((kind == Kind.LATER) != (until != null)) {
            throw new IllegalArgumentException("only a later verdict has an end: " + kind + " " + until);
        }
    }

    /** Whether the suggestion stays out of the lists on {@code day}. */
    public boolean silences(LocalDate day) {
        return kind == Kind.DECLINED || until.isAfter(day);
    }
}
