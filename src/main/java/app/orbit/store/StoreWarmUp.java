package app.orbit.store;

import java.util.concurrent.TimeUnit;

/**
 * A command's start done on the other core while the main thread reads the command line with
 * picocli (docs/benchmarks.md): first what the caller gives (Logback's set-up), then H2's engine
 * loaded and run once on an empty in-memory database. Nothing is written anywhere. The next
 * {@link Database#open} waits for it to end first: two threads initialising H2's classes at once
 * could wait on each other. No logger of its own, so starting it does not set Logback up on the
 * caller's thread.
 */
public final class StoreWarmUp {

    /** The thread {@link #start} started, until an open has waited for it. */
    private static volatile Thread running;

    private StoreWarmUp() {
    }

    /** Starts the warm-up: {@code first}, then H2's. */
    public static void start(Runnable first) {
        Thread t = new Thread(() -> {
            try {
                first.run();
            } catch (RuntimeException e) {
                // Only the start's speed depends on it; the main thread meets the same failure and reports it.
            }
            Database.warmUpH2();
        }, "orbit-warm-up");
        t.setDaemon(true);
        running = t;
        t.start();
    }

    /** Waits for a warm-up still running; returns at once when none was started. */
    static void await() {
        Thread t = running;
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running = null;
        }
    }
}
