package app.orbit.domain;

/** How close someone is, after Dunbar's layers; each circle has a default cadence in days. */
public enum Circle {
    INNER(14, 4),
    CLOSE(30, 3),
    NETWORK(90, 2),
    OUTER(180, 1),
    /** Never reminded. */
    DORMANT(0, 0);

    private final int defaultCadenceDays;
    private final int weight;

    Circle(int defaultCadenceDays, int weight) {
        this.defaultCadenceDays = defaultCadenceDays;
        this.weight = weight;
    }

    /** The cadence when no setting or override says otherwise; 0 for DORMANT. */
    public int defaultCadenceDays() {
        return defaultCadenceDays;
    }

    /** How much drifting from this circle weighs in the due list: closer circles first. */
    public int weight() {
        return weight;
    }

    public boolean isReminded() {
        return this != DORMANT;
    }
}
