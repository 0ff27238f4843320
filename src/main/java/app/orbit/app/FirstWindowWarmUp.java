package app.orbit.app;

import app.orbit.service.Log;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The JavaFX thread's work while the database opens at start, when it would otherwise wait:
 * a throw-away scene of the controls the main window is made of, styled with the default theme
 * and Orbit's style sheet, laid out and drawn once off screen. JavaFX loads and initialises
 * their classes, parses both style sheets (it keeps them) and prepares the fonts, so building
 * the real window right after costs less (docs/benchmarks.md). Nothing is shown or stored.
 */
final class FirstWindowWarmUp {

    private static final Log LOG = Log.of(FirstWindowWarmUp.class);

    private FirstWindowWarmUp() {
    }

    /**
     * Queues the warm-up on the JavaFX thread in short steps, each only while {@code waiting} is
     * true: once the database is open, the window's own build goes next, at most one step later.
     * The count it returns grows with each step done (tests).
     */
    static AtomicInteger whileWaiting(String css, BooleanSupplier waiting) {
        VBox root = new VBox(8);
        root.setPadding(new Insets(8));
        List<Runnable> steps = new ArrayList<>();
        steps.add(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        steps.add(() -> new Scene(root, 1024, 640).getStylesheets().add(css));
        // One control at a time: styling one makes its skin, the costly part, and is a short step.
        for (Supplier<Node> control : controls()) {
            steps.add(() -> {
                root.getChildren().add(control.get());
                root.applyCss();
                root.layout();
            });
        }
        steps.add(() -> root.getScene().snapshot(null));
        AtomicInteger done = new AtomicInteger();
        Platform.runLater(() -> step(steps, 0, waiting, done));
        return done;
    }

    /** How many steps a warm-up has when it runs to its end. */
    static int steps() {
        return 2 + controls().size() + 1;
    }

    private static void step(List<Runnable> steps, int index, BooleanSupplier waiting, AtomicInteger done) {
        if (!waiting.getAsBoolean()) {
            return;
        }
        try {
            steps.get(index).run();
            done.incrementAndGet();
        } catch (RuntimeException e) {
            // Only the first window's speed depends on it.
            LOG.debug("Warming up the window failed: {}", e.toString());
            return;
        }
        if (index + 1 < steps.size()) {
            Platform.runLater(() -> step(steps, index + 1, waiting, done));
        }
    }

    private static List<Supplier<Node>> controls() {
        return List.of(
                () -> {
                    Label label = new Label("Orbit");
                    label.setTooltip(new Tooltip("Orbit"));
                    label.setContextMenu(new ContextMenu(new MenuItem("Orbit")));
                    return new HBox(8, label, new Button("Orbit", new FontIcon(Feather.USER)), new Hyperlink("Orbit"));
                },
                () -> {
                    ToggleButton toggle = new ToggleButton("Orbit");
                    toggle.setToggleGroup(new ToggleGroup());
                    return new HBox(8, toggle, new CheckBox("Orbit"), new MenuButton("Orbit", null, new MenuItem("Orbit"),
                            new SeparatorMenuItem(), new CustomMenuItem(new Label("Orbit"))));
                },
                () -> new TextField("Orbit"),
                () -> {
                    CustomTextField search = new CustomTextField();
                    search.setLeft(new FontIcon(Feather.SEARCH));
                    return search;
                },
                DatePicker::new,
                () -> {
                    ComboBox<String> combo = new ComboBox<>(FXCollections.observableArrayList("Orbit", "Orbite"));
                    combo.getSelectionModel().selectFirst();
                    return combo;
                },
                () -> new HBox(8, new ProgressBar(0.5), new ProgressIndicator(0.5), new Separator()),
                () -> {
                    SVGPath path = new SVGPath();
                    path.setContent("M0 0 L10 10 L0 10 Z");
                    return new FlowPane(4, 4, new Label("Orbit"), new Rectangle(8, 8), path);
                },
                () -> new ListView<>(FXCollections.observableArrayList("Ada", "Cécile", "Zoé")),
                () -> {
                    TableView<String> table = new TableView<>(FXCollections.observableArrayList("Ada", "Cécile", "Zoé"));
                    TableColumn<String, String> name = new TableColumn<>("Name");
                    name.setCellValueFactory(c -> new SimpleStringProperty(c.getValue()));
                    table.getColumns().add(name);
                    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
                    return new SplitPane(new ScrollPane(new Label("Orbit")), table);
                });
    }
}
