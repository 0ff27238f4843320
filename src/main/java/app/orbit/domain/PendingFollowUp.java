package app.orbit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A promise made to a contact during an interaction on {@code promisedOn}, due on {@code due}.
 * It falls due in a plan when it is not done, is due within {@value #HORIZON_DAYS} days (or is at
 * most {@value #LOOKBACK_DAYS} days late), and nothing was logged with the contact since the
 * promise: a later touch is taken as the promise kept, so it never nags forever.
 */
public record PendingFollowUp(long contactId, LocalDate promisedOn, LocalDate due, String promise) {

    public static final int HORIZON_DAYS = 7;
    public static final int LOOKBACK_DAYS = 14;

    public PendingFollowUp {
        Objects.requireNonNull(promisedOn, "promisedOn");
        Objects.requireNonNull(due, "due");
        promise = Text.clean(promise);
    }

    /** Whether this promise falls due around {@code today} for a contact last touched on {@code lastTouch}. */
    public boolean isPending(LocalDate lastTouch, LocalDate today) {
        return !due.isAfter(today.plusDays(HORIZON_DAYS))
                && !due.isBefore(today.minusDays(LOOKBACK_DAYS))
                && !lastTouch.isAfter(promisedOn);
    }

    /** The first day of the window of due dates a query must look at. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusDays(LOOKBACK_DAYS);
    }

    public static LocalDate windowEnd(LocalDate today) {
        return today.plusDays(HORIZON_DAYS);
    }
}
