package app.orbit.bench;

import app.orbit.app.Main;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * Run in a fresh JVM by the benchmark, headless (Monocle): launches Orbit the way a user does
 * ({@code Main} with {@code --data-dir}, JavaFX's own launcher, the database opening while the
 * toolkit starts) and reports the time from JVM start to the first pulse after the main window
 * is shown, the heap after GC, and the time until the week's plan is on screen (its entries are
 * loaded on the database worker once the window shows).
 */
public final class FirstWindowProbe {

    private FirstWindowProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread launcher = new Thread(() -> Main.main(new String[] {"--data-dir", args[0], "--today",
                SyntheticNetwork.TODAY.toString()}), "launcher");
        launcher.start();
        CountDownLatch shown = new CountDownLatch(1);
        long[] millis = {0};
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (shown.getCount() > 0 && System.nanoTime() < deadline) {
            CountDownLatch checked = new CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    if (Window.getWindows().stream().anyMatch(Window::isShowing)) {
                        // The next pulse runs once the shown window has been laid out and drawn.
                        Platform.runLater(() -> {
                            millis[0] = System.currentTimeMillis()
                                    - ManagementFactory.getRuntimeMXBean().getStartTime();
                            shown.countDown();
                        });
                    }
                    checked.countDown();
                });
                checked.await(5, TimeUnit.SECONDS);
                shown.await(2, TimeUnit.MILLISECONDS);
            } catch (IllegalStateException toolkitNotStartedYet) {
                Thread.sleep(2);
            }
        }
        if (shown.getCount() > 0) {
            System.out.println("WINDOW timeout");
            System.exit(1);
        }
        long planMillis = -1;
        while (planMillis < 0 && System.nanoTime() < deadline) {
            boolean[] found = {false};
            CountDownLatch checked = new CountDownLatch(1);
            Platform.runLater(() -> {
                found[0] = Window.getWindows().stream().filter(w -> w.getScene() != null)
                        .anyMatch(w -> hasPlanEntry(w.getScene().getRoot()));
                checked.countDown();
            });
            checked.await(5, TimeUnit.SECONDS);
            if (found[0]) {
                planMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            } else {
                Thread.sleep(5);
            }
        }
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.println("WINDOW " + millis[0] + " " + (rt.totalMemory() - rt.freeMemory()) / 1e6 + " "
                + planMillis);
        // Closing the window's way: stop() closes the database after the work queued.
        Platform.exit();
        launcher.join(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }

    private static boolean hasPlanEntry(Node node) {
        if (node.getId() != null && node.getId().startsWith("entry-")) {
            return true;
        }
        return node instanceof Parent p && p.getChildrenUnmodifiable().stream().anyMatch(FirstWindowProbe::hasPlanEntry);
    }
}
