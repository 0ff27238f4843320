package app.orbit.store;

/**
 * H2's settings that it reads once, when its classes load: Orbit's {@code main} sets them first
 * thing, and {@link Database} when it is used without it (tests, benchmarks). Nothing else here,
 * so that setting them loads nothing (not the log, which starts on another core).
 */
public final class H2Settings {

    private H2Settings() {
    }

    /**
     * H2 keeps a cache of the strings and values it is given, hashing each to look it up. Orbit
     * reads rows into its own objects, so the cache shares nothing it keeps; off, the import of
     * the 30,000-contact backup used 7 % less CPU (docs/benchmarks.md). A value set on the
     * command line stays.
     */
    public static void beforeH2Loads() {
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }
}
