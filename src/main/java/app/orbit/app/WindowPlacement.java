package app.orbit.app;

import app.orbit.service.Log;
import app.orbit.store.OwnerOnly;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big, remembered per arrangement of screens (the laptop alone, the
 * laptop with its monitor) in {@code window.properties} in the data directory, so Orbit opens
 * where it was left. The first time, and when the remembered place is off every screen now
 * connected, it opens at a comfortable size centred on the main screen.
 */
final class WindowPlacement {

    private static final Log LOG = Log.of(WindowPlacement.class);
    static final String FILE = "window.properties";
    /** The largest first size: beyond it lines get too long to read. */
    static final double FIRST_WIDTH = 1360;
    static final double FIRST_HEIGHT = 860;
    static final double MIN_WIDTH = 900;
    static final double MIN_HEIGHT = 600;

    private final Path file;

    WindowPlacement(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE);
    }

    /** The key of the screens connected now: each one's bounds, in order. */
    static String arrangement(List<Rectangle2D> screens) {
        return screens.stream().map(b -> (int) b.getMinX() + "," + (int) b.getMinY() + "," + (int) b.getWidth() + "x"
                + (int) b.getHeight()).collect(Collectors.joining(";"));
    }

    /**
     * Sizes and places the stage before it is shown, and once more just after: under GTK with a
     * window manager the size asked before mapping is lost and the window opened at its minimum.
     */
    void apply(Stage stage) {
        place(stage);
        // Once: showWindow runs again after a restore at start-up, and must not stack handlers.
        javafx.event.EventHandler<javafx.stage.WindowEvent> again = new javafx.event.EventHandler<>() {
            @Override
            public void handle(javafx.stage.WindowEvent e) {
                stage.removeEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, this);
                javafx.application.Platform.runLater(() -> place(stage));
            }
        };
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, again);
    }

    private void place(Stage stage) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D main = Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(MIN_WIDTH, main.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, main.getHeight()));
        Placement p = read(arrangement(screens));
        LOG.debug("Screens {}; remembered place {}", arrangement(screens), p);
        if (p != null && screens.stream().anyMatch(s -> s.intersects(p.x, p.y, p.width, p.height))) {
            stage.setX(p.x);
            stage.setY(p.y);
            stage.setWidth(p.width);
            stage.setHeight(p.height);
            stage.setMaximized(p.maximized);
            return;
        }
        Rectangle2D first = first(main);
        stage.setX(first.getMinX());
        stage.setY(first.getMinY());
        stage.setWidth(first.getWidth());
        stage.setHeight(first.getHeight());
    }

    /** The first size on a screen: 90 % of it, at most {@link #FIRST_WIDTH} × {@link #FIRST_HEIGHT}, centred. */
    static Rectangle2D first(Rectangle2D screen) {
        double w = Math.max(Math.min(screen.getWidth() * 0.9, FIRST_WIDTH), Math.min(MIN_WIDTH, screen.getWidth()));
        double h = Math.max(Math.min(screen.getHeight() * 0.9, FIRST_HEIGHT), Math.min(MIN_HEIGHT, screen.getHeight()));
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** Remembers the stage's place for the screens connected now (a failure is logged: it is a comfort). */
    void remember(Stage stage) {
        String key = arrangement(Screen.getScreens().stream().map(Screen::getVisualBounds).toList());
        Properties all = load();
        all.setProperty(key, (stage.isMaximized() ? "max " : "") + (int) stage.getX() + " " + (int) stage.getY() + " "
                + (int) stage.getWidth() + " " + (int) stage.getHeight());
        try {
            Path part = file.resolveSibling(FILE + ".part");
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                all.store(out, "Orbit's window, per arrangement of screens");
            }
            OwnerOnly.file(part);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.info("Could not remember the window's place: {}", e.getClass().getSimpleName());
        }
    }

    private Placement read(String key) {
        String v = load().getProperty(key);
        if (v == null) {
            return null;
        }
        String[] parts = v.strip().split("\\s+");
        try {
            boolean max = parts[0].equals("max");
            int at = max ? 1 : 0;
            Placement p = new Placement(Double.parseDouble(parts[at]), Double.parseDouble(parts[at + 1]),
                    Double.parseDouble(parts[at + 2]), Double.parseDouble(parts[at + 3]), max);
            return p.width >= 200 && p.height >= 150 ? p : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | RuntimeException e) {
                LOG.info("Ignoring an unreadable {}", FILE);
            }
        }
        return p;
    }

    private record Placement(double x, double y, double width, double height, boolean maximized) {
    }
}
