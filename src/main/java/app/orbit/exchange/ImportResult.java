package app.orbit.exchange;

/** What an applied import wrote. */
public record ImportResult(int created, int merged, int skipped, int interactions) {
}
