package app.orbit.domain;

/** Where an entry of the reconnect plan stands. */
public enum PlanStatus {
    OPEN, DONE, SNOOZED, SKIPPED
}
