package app.orbit.ui;

import app.orbit.app.Orbit;
import app.orbit.app.OrbitApplication;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Base of the window journeys: the real OrbitApplication on a fresh data directory and a fixed
 * day, headless (Monocle), driven by TestFX's robot.
 */
abstract class OrbitUiTest extends FxRobot {

    static final LocalDate TODAY = TestOrbit.TODAY;

    @TempDir
    Path dataDir;
    OrbitApplication app;

    /** Prepares the data directory before the window opens (nothing by default). */
    void prepare(Orbit orbit) {
    }

    /** Changes the closed data directory before the window opens (nothing by default): to damage it, say. */
    void prepareFiles() throws Exception {
    }

    /** Whether the window opens the data read-only, as {@code --read-only} asks (not by default). */
    boolean readOnly() {
        return false;
    }

    /** The vCards given on the command line, whose import preview the window opens (none by default). */
    java.util.List<Path> imports() {
        return java.util.List.of();
    }

    /** The shared database the window opens on, as {@code --database} gives it (none by default: the data directory's). */
    String database() throws Exception {
        return null;
    }

    @BeforeEach
    void launch() throws Exception {
        try (Orbit orbit = TestOrbit.open(dataDir)) {
            prepare(orbit);
        }
        prepareFiles();
        FxToolkit.registerPrimaryStage();
        String database = database();
        app = (OrbitApplication) FxToolkit.setupApplication(() -> database != null
                ? new OrbitApplication(dataDir, TestOrbit.clockAt(TODAY), database)
                : new OrbitApplication(dataDir, TestOrbit.clockAt(TODAY), readOnly(), imports()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    Orbit orbit() {
        return app.orbit();
    }

    /** Waits (up to 20 s) for a condition the background worker makes true. */
    /** The main window's stage. */
    javafx.stage.Stage mainStage() {
        return (javafx.stage.Stage) javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.Stage s && "Orbit".equals(s.getTitle())).findFirst().orElseThrow();
    }

    /** Puts the main window in the screen's top left corner, at this size. */
    javafx.stage.Stage placeMain(double width, double height) {
        javafx.stage.Stage stage = mainStage();
        interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        return stage;
    }

    void await(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    boolean showing(String query) {
        return lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** How many children the pane has, or -1 when it is not on screen. */
    int children(String query) {
        return lookup(query).tryQuery().map(n -> ((javafx.scene.layout.Pane) n).getChildren().size()).orElse(-1);
    }

    /** Scrolls the enclosing scroll pane so the node is on screen, as a user would before clicking. */
    void reveal(String query) {
        Node node = lookup(query).query();
        interact(() -> {
            Node p = node.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp) {
                Node content = sp.getContent();
                double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                double extra = content.getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(extra <= 0 ? 0 : Math.min(1, y / extra));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    String text(String query) {
        return ((Labeled) lookup(query).query()).getText();
    }
}
