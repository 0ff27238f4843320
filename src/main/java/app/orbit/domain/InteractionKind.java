package app.orbit.domain;

/** What sort of touch an interaction was. */
public enum InteractionKind {
    MEETING, CALL, VIDEO, MESSAGE, EMAIL, EVENT, SOCIAL, NEWSLETTER, OTHER
}
