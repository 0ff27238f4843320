package app.orbit.domain;

/** Who helped whom in an interaction: the raw material of reciprocity. */
public enum Exchange {
    /** Nothing was given or asked. */
    NONE,
    /** I helped: advice, an introduction, a share. */
    GAVE,
    /** I asked for help. */
    ASKED,
    /** They helped me. */
    RECEIVED
}
