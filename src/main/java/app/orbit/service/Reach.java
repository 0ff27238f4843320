package app.orbit.service;

/**
 * How far a one-to-many touch goes: how many people it reaches, and for how many of them it
 * counts as a touch (those outside INNER and CLOSE, decision 0010).
 */
public record Reach(int people, int counted) {
}
