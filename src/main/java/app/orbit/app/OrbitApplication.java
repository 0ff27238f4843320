package app.orbit.app;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.Messages;
import app.orbit.service.Settings;
import app.orbit.ui.MainWindow;
import app.orbit.ui.UiServices;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.Dialogs;
import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens Orbit on its data directory (off the JavaFX thread, in init),
 * shows the main window, and closes the database when the window goes.
 */
public final class OrbitApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(OrbitApplication.class);
    private static final String CSS = "/app/orbit/ui/orbit.css";

    private Path dataDirectory;
    private Clock clock;
    private Orbit orbit;
    private OrbitException openFailure;
    private Backup offeredBackup;
    private ExecutorService worker;
    private MainWindow window;
    private Scene scene;
    private Stage stage;
    private java.util.List<Path> imports = java.util.List.of();

    private final boolean standalone;

    /** Used by JavaFX's launcher: options come from the command line. */
    public OrbitApplication() {
        this.standalone = true;
    }

    /** Used by tests and embedders: a given data directory and clock. */
    public OrbitApplication(Path dataDirectory, Clock clock) {
        this(dataDirectory, clock, false);
    }

    /** Used by tests: a given data directory and clock, read-only when asked. */
    public OrbitApplication(Path dataDirectory, Clock clock, boolean readOnly) {
        this(dataDirectory, clock, readOnly, java.util.List.of());
    }

    /** Used by tests: the same, with vCards to preview once the window shows, as {@code orbit FILE.vcf} gives. */
    public OrbitApplication(Path dataDirectory, Clock clock, boolean readOnly, java.util.List<Path> imports) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.standalone = false;
        this.readOnly = readOnly;
        this.imports = java.util.List.copyOf(imports);
    }

    private boolean readOnly;
    private Dialogs dialogs;

    /**
     * Starts JavaFX with the command line's arguments; returns when the last window closes. The
     * database starts opening at once, while the toolkit starts.
     */
    public static void launchWith(String[] args) {
        early = Opening.inBackground(java.util.List.of(args));
        Application.launch(OrbitApplication.class, args);
    }

    /**
     * The opening {@link #launchWith} started. A static field because JavaFX's launcher creates the
     * application itself, by reflection, leaving no other way to hand it over; taken once by init.
     */
    private static volatile Opening early;

    @Override
    public void init() {
        Opening started = early;
        early = null;
        Opening opening;
        if (dataDirectory != null) {
            opening = Opening.now(dataDirectory, clock, readOnly);
        } else if (started != null) {
            opening = started;
        } else {
            opening = Opening.inBackground(getParameters() == null ? java.util.List.of() : getParameters().getRaw());
        }
        Opening.Result opened = opening.await();
        dataDirectory = opened.dataDirectory();
        clock = opened.clock();
        orbit = opened.orbit();
        openFailure = opened.failure();
        offeredBackup = opened.offeredBackup();
        if (imports.isEmpty()) {
            imports = opened.imports();
        }
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "orbit-db");
            t.setDaemon(true);
            return t;
        });
        if (orbit != null) {
            Orbit first = orbit;
            worker.execute(() -> prepareFirstScreen(first));
        }
    }

    /**
     * Opens this week's plan while JavaFX builds the window (the first thing the worker does):
     * generating it is the slowest part of the first screen, and the week view's own load, queued
     * behind, then reads it stored. Not on an empty database, whose first screen is the welcome
     * (a plan made now would be empty all week).
     */
    private static void prepareFirstScreen(Orbit orbit) {
        try {
            if (orbit.contacts().count() > 0) {
                orbit.planner().thisWeek();
            }
        } catch (RuntimeException e) {
            // The week view asks again and reports a failure the usual way.
            LOG.warn("Preparing the week's plan at start-up failed", e);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        if (openFailure != null) {
            showOpenFailure(openFailure, offeredBackup);
            return;
        }
        showWindow();
    }

    /**
     * Says why Orbit cannot open. When a backup is offered (the database is damaged or missing),
     * the user may restore it and go on; the damaged file is kept aside as a pre-restore backup.
     */
    private void showOpenFailure(OrbitException failure, Backup backup) {
        Messages messages = new Messages(Locale.getDefault());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ButtonType quit = new ButtonType(messages.get("backups.start.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType restore = new ButtonType(messages.get("backups.start.restore"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = backup == null ? new Alert(Alert.AlertType.ERROR, messages.describe(failure), ButtonType.OK)
                : new Alert(Alert.AlertType.ERROR, messages.describe(failure), restore, quit);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.open.header"));
        alert.getDialogPane().setId("openFailure");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setOnHidden(e -> {
            if (backup != null && alert.getResult() == restore) {
                restoreAtStart(backup, messages);
            } else if (standalone) {
                Platform.exit();
            }
        });
        alert.show();
    }

    /** Restores the offered backup into the closed data directory, off the JavaFX thread, then opens Orbit. */
    private void restoreAtStart(Backup backup, Messages messages) {
        worker.execute(() -> {
            try {
                Orbit.offline(dataDirectory, clock, b -> b.restore(backup));
                Orbit opened = Orbit.open(dataDirectory, clock);
                Platform.runLater(() -> {
                    orbit = opened;
                    showWindow();
                    window.announce(new Messages(locale(orbit.settings().current())).get("backups.restored",
                            backup.fileName()));
                });
            } catch (OrbitException e) {
                LOG.warn("Restoring {} at start-up failed: {}", backup.fileName(), e.key(), e.getCause());
                Platform.runLater(() -> showOpenFailure(e, null));
            }
        });
    }

    private void showWindow() {
        Settings settings = orbit.settings().current();
        scene = new Scene(new javafx.scene.layout.Pane(), 1280, 800);
        scene.getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        build(settings);
        // Queued once the first screen has asked for its data: the daily backup (seconds for a large
        // database) never delays the window nor the week's plan in it.
        Orbit opened = orbit;
        window.afterFirstScreen(() -> worker.execute(() -> afterStart(opened)));
        stage.setTitle("Orbit");
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.show();
        LOG.info("Window shown");
        opened.notice().ifPresent(dialogs::showNotice);
        if (!imports.isEmpty()) {
            // Once the window is on screen, so the preview has a shown owner to centre on.
            java.util.List<Path> files = imports;
            imports = java.util.List.of();
            Platform.runLater(() -> window.files().importFiles(files));
        }
    }

    /**
     * On the worker, once the first screen has its data: the daily backup, which verifies its copy
     * whole; on days it was already taken, the same full read of the database itself. Damage found
     * either way is shown at once, naming the last good backup (docs/decisions/0011).
     */
    private void afterStart(Orbit opened) {
        if (opened.dailyBackup().isPresent()) {
            return;
        }
        try {
            opened.verify();
        } catch (OrbitException e) {
            Platform.runLater(() -> dialogs.showError(e));
        }
    }

    /**
     * Restores a backup chosen in Settings: the window goes, the database closes, the backup
     * replaces it (the current one backed up first), and the window is rebuilt on the restored
     * data. All of it on the database worker, after any write still queued there.
     */
    private void restore(Backup backup) {
        Orbit current = orbit;
        Messages before = new Messages(locale(current.settings().current()));
        if (window != null) {
            window.dispose();
            window = null;
        }
        scene.setRoot(busy(before.get("backups.restoring", backup.fileName())));
        worker.execute(() -> {
            Orbit reopened;
            OrbitException failure = null;
            try {
                reopened = current.restore(backup);
            } catch (OrbitException e) {
                failure = e;
                try {
                    reopened = Orbit.open(dataDirectory, clock);
                } catch (OrbitException again) {
                    LOG.warn("Orbit could not open again after a failed restore: {}", again.key());
                    Platform.runLater(() -> showOpenFailure(again, Orbit.latestBackup(dataDirectory).orElse(null)));
                    return;
                }
            }
            Orbit opened = reopened;
            OrbitException failed = failure;
            Platform.runLater(() -> {
                orbit = opened;
                build(orbit.settings().current());
                window.showSettings();
                if (failed == null) {
                    window.announce(new Messages(locale(orbit.settings().current())).get("backups.restored",
                            backup.fileName()));
                } else {
                    new Dialogs(new Messages(locale(orbit.settings().current())),
                            dataDirectory.resolve("logs")).showError(failed);
                }
            });
        });
    }

    private static javafx.scene.Parent busy(String text) {
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(16, spinner, label);
        box.setId("restoring");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    private static Locale locale(Settings settings) {
        return switch (settings.language()) {
            case EN -> Locale.ENGLISH;
            case FR -> Locale.FRENCH;
            case SYSTEM -> Locale.getDefault();
        };
    }

    /** Builds (or rebuilds, after a language or theme change) the window for these settings. */
    private void build(Settings settings) {
        Application.setUserAgentStylesheet(settings.theme() == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(locale(settings));
        Dialogs dialogs = new Dialogs(messages, orbit.dataDirectory().resolve("logs"));
        this.dialogs = dialogs;
        Background background = new Background(worker, Platform::runLater, dialogs::showError);
        UiServices services = new UiServices(orbit.contacts(), orbit.interactions(), orbit.quickLog(), orbit.dueList(),
                orbit.planner(), orbit.asks(), orbit.reciprocity(), orbit.introductions(),
                orbit.settings(), orbit.sampleNetwork(), orbit.notifier(), background, orbit.clock(),
                orbit.dataDirectory(), orbit.importer(), orbit.exporter(), orbit.personalData(), orbit.backups(),
                this::restore);
        if (window != null) {
            window.dispose();
        }
        boolean rebuilding = window != null;
        window = new MainWindow(services, messages, dialogs, settings, this::build);
        scene.setRoot(window);
        dialogs.setOwner(stage);
        window.install(scene);
        if (rebuilding) {
            window.showSettings();
        }
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (worker != null) {
            Orbit closing = orbit;
            orbit = null;
            // The database closes on the worker, after any write still queued there.
            if (closing != null) {
                worker.execute(closing::close);
            }
            worker.shutdown();
            try {
                if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("Database work still running at exit");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (orbit != null) {
            orbit.close();
            orbit = null;
        }
    }

    /** The running Orbit, for tests that check what the window stored. */
    public Orbit orbit() {
        return orbit;
    }

    public MainWindow window() {
        return window;
    }
}
