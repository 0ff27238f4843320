package app.orbit.domain;

import java.util.List;

/**
 * How close someone is, after Dunbar's layers; each circle has a default cadence in days.
 * {@link #UNSORTED} is the place of imported people before the user chooses their circle
 * (docs/decisions/0009-imported-people-arrive-not-sorted.md).
 */
public enum Circle {
    INNER(14, 4),
    CLOSE(30, 3),
    NETWORK(90, 2),
    OUTER(180, 1),
    /** Never reminded. */
    DORMANT(0, 0),
    /** Not sorted yet: imported and waiting for the user to choose; never reminded, never in a plan. */
    UNSORTED(0, 0);

    /** The circles a person can be put in, closest first: every circle but {@link #UNSORTED}. */
    public static final List<Circle> SORTED = List.of(INNER, CLOSE, NETWORK, OUTER, DORMANT);

    private final int defaultCadenceDays;
    private final int weight;

    Circle(int defaultCadenceDays, int weight) {
        this.defaultCadenceDays = defaultCadenceDays;
        this.weight = weight;
    }

    /** The cadence when no setting or override says otherwise; 0 for DORMANT and UNSORTED. */
    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }

    /** How much drifting from this circle weighs in the due list: closer circles first. */
    public int weight() {
        return weight;
    }

    /** Whether people in this circle are reminded: not DORMANT, not UNSORTED. */
    public boolean isReminded() {
        return this != DORMANT && this != UNSORTED;
    }

    /** Whether the user has chosen this circle: every circle but UNSORTED. */
    public boolean isSorted() {
        return this != UNSORTED;
    }
}
