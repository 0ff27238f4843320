package app.orbit.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.OptionalInt;

/**
 * How far a contact has drifted: days since the last touch over the cadence.
 * FRESH below 0.75, DUE_SOON below 1, DUE below 2, LOST from 2; UNTRACKED when the contact is
 * never reminded (DORMANT or UNSORTED circle, or archived).
 */
public record Staleness(StalenessLevel level, long daysSinceTouch, OptionalInt cadenceDays, double ratio) {

    public static final double DUE_SOON_FROM = 0.75;
    public static final double DUE_FROM = 1.0;
    public static final double LOST_FROM = 2.0;

    /** Staleness of a contact summary on a given day, under a cadence policy. */
    public static Staleness of(ContactSummary c, LocalDate today, CadencePolicy policy) {
        return of(c.lastTouch(), c.circle(), c.cadenceOverride(), c.archived(), today, policy);
    }

    public static Staleness of(LocalDate lastTouch, Circle circle, Integer override, boolean archived,
            LocalDate today, CadencePolicy policy) {
        // A last touch after today (clock moved back, import from another zone) counts as today.
        long days = Math.max(0, ChronoUnit.DAYS.between(lastTouch, today));
        OptionalInt cadence = policy.cadenceFor(circle, override);
        if (archived || cadence.isEmpty()) {
            return new Staleness(StalenessLevel.UNTRACKED, days, cadence, 0);
        }
        double ratio = (double) days / cadence.getAsInt();
        return new Staleness(levelOf(ratio), days, cadence, ratio);
    }

    static StalenessLevel levelOf(double ratio) {
        if (ratio < DUE_SOON_FROM) {
            return StalenessLevel.FRESH;
        }
        if (ratio < DUE_FROM) {
            return StalenessLevel.DUE_SOON;
        }
        return ratio < LOST_FROM ? StalenessLevel.DUE : StalenessLevel.LOST;
    }

    /** The message key of the plain reason sentence ("last touch 94 days ago; every 60 days"). */
    public String reasonKey() {
        if (cadenceDays.isEmpty()) {
            return daysSinceTouch == 0 ? "staleness.reason.untracked.today" : "staleness.reason.untracked";
        }
        return daysSinceTouch == 0 ? "staleness.reason.today" : "staleness.reason";
    }

    /**
     * The reason's key, knowing whether any interaction was ever logged with the contact: with none,
     * the last touch is only the day Orbit has known them from (an import's, a LinkedIn connection's),
     * and the reason says that no touch is logged rather than "touched today".
     */
    public String reasonKey(boolean touched) {
        if (touched) {
            return reasonKey();
        }
        return cadenceDays.isEmpty() ? "staleness.reason.untracked.never" : "staleness.reason.never";
    }

    /** Arguments of {@link #reasonKey()}: days since the last touch, then the cadence (0 when none). */
    public Object[] reasonArgs() {
        return new Object[] {daysSinceTouch, cadenceDays.orElse(0)};
    }
}
