package app.orbit.exchange;

/**
 * What an applied import wrote. {@code unsorted}: how many of the new people arrived not sorted
 * yet (every one from an address book or LinkedIn; a backup keeps the circles it holds).
 */
public record ImportResult(int created, int merged, int skipped, int interactions, int unsorted) {
}
