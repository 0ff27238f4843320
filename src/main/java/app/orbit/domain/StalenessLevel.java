package app.orbit.domain;

/** How far a contact has drifted, from its staleness ratio (days since last touch / cadence). */
public enum StalenessLevel {
    FRESH, DUE_SOON, DUE, LOST,
    /** A contact that is never reminded (DORMANT or UNSORTED circle, or archived). */
    UNTRACKED;

    public boolean isDue() {
        return this == DUE || this == LOST;
    }
}
