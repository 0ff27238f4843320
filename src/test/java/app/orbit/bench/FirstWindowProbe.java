package app.orbit.bench;

import app.orbit.app.OrbitApplication;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Run in a fresh JVM by the benchmark, headless (Monocle): starts the real OrbitApplication on a
 * data directory the way JavaFX's launcher would (init off the FX thread, then start) and
 * reports the time from JVM start to the first pulse after the main window was shown.
 */
public final class FirstWindowProbe {

    private FirstWindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        OrbitApplication app = new OrbitApplication(Path.of(args[0]), clock);
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        app.init();
        CountDownLatch shown = new CountDownLatch(1);
        long[] millis = {0};
        Platform.runLater(() -> {
            Stage stage = new Stage();
            app.start(stage);
            // The next pulse runs once the shown window has been laid out and drawn.
            Platform.runLater(() -> {
                millis[0] = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                shown.countDown();
            });
        });
        if (!shown.await(120, TimeUnit.SECONDS)) {
            System.out.println("WINDOW timeout");
            System.exit(1);
        }
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.println("WINDOW " + millis[0] + " " + (rt.totalMemory() - rt.freeMemory()) / 1e6);
        CountDownLatch stopped = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                app.stop();
            } finally {
                stopped.countDown();
            }
        });
        stopped.await(30, TimeUnit.SECONDS);
        System.exit(0);
    }
}
