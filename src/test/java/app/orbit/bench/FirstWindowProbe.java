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
 * is shown, the heap after GC, the time until the week's plan is on screen (its first card laid
 * out; its entries are loaded on the database worker), the JVM's start, and the time the last of
 * its cards was laid out, with their count.
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
        // The plan is on screen once a card has been laid out (a height of its own), not merely added;
        // all of it once the count of cards laid out has not changed for half a second.
        long planMillis = -1;
        long allMillis = -1;
        int cards = 0;
        long quietSince = 0;
        while (System.nanoTime() < deadline) {
            int[] laidOut = {0};
            CountDownLatch checked = new CountDownLatch(1);
            Platform.runLater(() -> {
                Window.getWindows().stream().filter(w -> w.getScene() != null)
                        .forEach(w -> laidOut[0] += planEntriesLaidOut(w.getScene().getRoot()));
                checked.countDown();
            });
            checked.await(5, TimeUnit.SECONDS);
            long now = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            if (laidOut[0] > 0 && planMillis < 0) {
                planMillis = now;
            }
            if (laidOut[0] != cards) {
                cards = laidOut[0];
                allMillis = now;
                quietSince = now;
            } else if (cards > 0 && now - quietSince >= 500) {
                break;
            }
            Thread.sleep(5);
        }
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        System.out.println("WINDOW " + millis[0] + " " + (rt.totalMemory() - rt.freeMemory()) / 1e6 + " "
                + planMillis + " " + ManagementFactory.getRuntimeMXBean().getStartTime() + " " + allMillis + " " + cards);
        // Closing the window's way: stop() closes the database after the work queued.
        Platform.exit();
        launcher.join(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }

    private static int planEntriesLaidOut(Node node) {
        if (node.getId() != null && node.getId().startsWith("entry-")) {
            return node.getLayoutBounds().getHeight() > 0 ? 1 : 0;
        }
        return node instanceof Parent p
                ? p.getChildrenUnmodifiable().stream().mapToInt(FirstWindowProbe::planEntriesLaidOut).sum() : 0;
    }
}
