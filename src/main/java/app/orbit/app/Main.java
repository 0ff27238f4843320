package app.orbit.app;

/** Orbit's entry point: a plain class (not an Application) so JavaFX can run from the classpath. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OrbitApplication.launchWith(args);
    }
}
