package app.orbit.app;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.Log;
import app.orbit.service.Messages;
import app.orbit.service.Settings;
import app.orbit.ui.MainWindow;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.Dialogs;
import app.orbit.ui.settings.Encryptor;
import app.orbit.ui.settings.PassphraseDialog;
import app.orbit.service.EncryptionChange;
import app.orbit.store.DatabaseKey;
import app.orbit.store.PassphraseSource;
import java.util.Arrays;
import java.util.function.Consumer;
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

/**
 * The JavaFX application: opens Orbit on its data directory (off the JavaFX thread, in init),
 * shows the main window, and closes the database when the window goes.
 */
public final class OrbitApplication extends Application {

    private static final Log LOG = Log.of(OrbitApplication.class);
    private static final String CSS = "/app/orbit/ui/orbit.css";

    private Path dataDirectory;
    private Clock clock;
    private Orbit orbit;
    private OrbitException openFailure;
    private Backup offeredBackup;
    private ExecutorService worker;
    /** Reads the calendars' files and addresses, which may wait on the network, away from the database worker. */
    private ExecutorService calendarReader;
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

    /** Used by tests: a given data directory (its logs and backups) on the shared database at {@code database}. */
    public OrbitApplication(Path dataDirectory, Clock clock, String database) {
        this(dataDirectory, clock, false, java.util.List.of());
        this.database = database;
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
    /** The shared database the tests give; null to open from the options (the command line, Settings). */
    private String database;
    /** The shared server Orbit tried to open on (a failure then offers this computer's data instead). */
    private String server;
    private Dialogs dialogs;
    /** The key derived from the passphrase asked at start-up (an encrypted database), for a restore then. */
    private DatabaseKey startKey;

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

    /** Completed once the main window is shown: the week's plan reads ahead on a second thread only then. */
    private final java.util.concurrent.CompletableFuture<Void> windowShown = new java.util.concurrent.CompletableFuture<>();
    /** Whether the worker found anyone in the network at start, before the week's plan; null until it looked. */
    private volatile Boolean peopleAtStart;
    /** The frames the window draws before the week screen is chosen early ({@link #showTheWeekEarly}). */
    private static final int FRAMES_BEFORE_THE_WEEK = 3;

    @Override
    public void init() {
        Opening started = early;
        early = null;
        Opening opening;
        if (dataDirectory != null) {
            opening = Opening.now(dataDirectory, clock, readOnly, database);
        } else if (started != null) {
            opening = started;
            // The JavaFX thread would wait for the database: it prepares the window's controls meanwhile.
            String css = getClass().getResource(CSS).toExternalForm();
            FirstWindowWarmUp.whileWaiting(css, () -> !started.done());
        } else {
            opening = Opening.inBackground(getParameters() == null ? java.util.List.of() : getParameters().getRaw());
        }
        Opening.Result opened = opening.await();
        dataDirectory = opened.dataDirectory();
        clock = opened.clock();
        orbit = opened.orbit();
        openFailure = opened.failure();
        offeredBackup = opened.offeredBackup();
        readOnly = opened.readOnly();
        server = opened.server();
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
            first.holdReadingAheadUntil(windowShown);
            worker.execute(() -> prepareFirstScreen(first, found -> peopleAtStart = found));
        }
    }

    /**
     * Opens this week's plan while JavaFX builds the window (the first thing the worker does):
     * generating it is the slowest part of the first screen, and the week view's own load, queued
     * behind, then takes the plan read here (PlanService.thisWeekAhead). Not on an empty database,
     * whose first screen is the welcome (a plan made now would be empty all week).
     */
    private static void prepareFirstScreen(Orbit orbit) {
        prepareFirstScreen(orbit, found -> {
        });
    }

    /** As {@link #prepareFirstScreen(Orbit)}, telling {@code people} whether anyone is there before the plan is made. */
    private static void prepareFirstScreen(Orbit orbit, java.util.function.Consumer<Boolean> people) {
        try {
            boolean anyone = orbit.contacts().count() > 0;
            people.accept(anyone);
            if (anyone) {
                orbit.planner().thisWeekAhead();
            }
        } catch (RuntimeException e) {
            // The week view asks again and reports a failure the usual way.
            LOG.warn("Preparing the week's plan at start-up failed", e);
        }
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        if (openFailure != null && (openFailure.key().equals("error.passphrase.needed")
                || openFailure.key().equals("error.passphrase.wrong"))) {
            askPassphraseAtStart();
            return;
        }
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
        ButtonType local = new ButtonType(messages.get("shared.openLocal"), ButtonBar.ButtonData.OTHER);
        boolean onServer = server != null && orbit == null;
        Alert alert = onServer ? new Alert(Alert.AlertType.ERROR, messages.describe(failure), local, quit)
                : backup == null ? new Alert(Alert.AlertType.ERROR, messages.describe(failure), ButtonType.OK)
                : new Alert(Alert.AlertType.ERROR, messages.describe(failure), restore, quit);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.open.header"));
        alert.getDialogPane().setId("openFailure");
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.setOnHidden(e -> {
            if (backup != null && alert.getResult() == restore) {
                restoreAtStart(backup, messages);
            } else if (onServer && alert.getResult() == local) {
                openLocalAtStart();
            } else if (standalone) {
                Platform.exit();
            }
        });
        alert.show();
    }

    /**
     * The database is encrypted: its passphrase is asked before anything opens. The key is derived
     * and the database opened on the worker; a wrong passphrase is said in the dialog, which asks
     * again; any other failure is shown as when Orbit cannot open.
     */
    private void askPassphraseAtStart() {
        Messages messages = new Messages(Locale.getDefault());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        PassphraseDialog dialog = new PassphraseDialog(messages, PassphraseDialog.Purpose.UNLOCK, null,
                (current, next, refuse, accept) -> worker.execute(() -> {
                    Orbit opened;
                    try {
                        startKey = Orbit.unlock(dataDirectory, current);
                        opened = Orbit.open(dataDirectory, clock, readOnly, PassphraseSource.unlocked(startKey));
                    } catch (OrbitException e) {
                        if (e.key().equals("error.passphrase.wrong")) {
                            Platform.runLater(() -> refuse.accept(messages.describe(e)));
                        } else {
                            LOG.warn("Orbit could not open: {}", e.key(), e.getCause());
                            Backup offered = Opening.offeredFor(e, dataDirectory);
                            Platform.runLater(() -> {
                                accept.run();
                                showOpenFailure(e, offered);
                            });
                        }
                        return;
                    } finally {
                        Arrays.fill(current, '\0');
                    }
                    prepareFirstScreen(opened);
                    Platform.runLater(() -> {
                        orbit = opened;
                        accept.run();
                        showWindow();
                    });
                }));
        dialog.onCancelled(() -> {
            if (standalone) {
                Platform.exit();
            }
        });
        dialog.show();
    }

    /**
     * The shared server could not be reached: this computer's own data opens this time (the saved
     * address stays, for the next start, unless cleared in Settings).
     */
    private void openLocalAtStart() {
        server = null;
        worker.execute(() -> {
            Orbit opened;
            try {
                opened = Orbit.open(dataDirectory, clock);
            } catch (OrbitException e) {
                LOG.warn("Orbit could not open this computer's data either: {}", e.key(), e.getCause());
                Platform.runLater(() -> showOpenFailure(e, Opening.offeredFor(e, dataDirectory)));
                return;
            }
            prepareFirstScreen(opened);
            Platform.runLater(() -> {
                orbit = opened;
                showWindow();
            });
        });
    }

    /** How a restore at start-up opens the data directory: with the key derived from the passphrase asked then. */
    private PassphraseSource startPassphrase() {
        return startKey == null ? PassphraseSource.NONE : PassphraseSource.unlocked(startKey);
    }

    /** Restores the offered backup into the closed data directory, off the JavaFX thread, then opens Orbit. */
    private void restoreAtStart(Backup backup, Messages messages) {
        worker.execute(() -> {
            try {
                Orbit.offline(dataDirectory, clock, startPassphrase(), b -> b.restore(backup));
                Orbit opened = Orbit.open(dataDirectory, clock, false, startPassphrase());
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
        // On a shared server the title says which: two windows side by side on two networks are told apart.
        stage.setTitle(opened.server().map(a -> "Orbit \u2014 " + app.orbit.domain.ServerAddress.masked(a)).orElse("Orbit"));
        opened.followOtherClients();
        WindowPlacement placement = new WindowPlacement(opened.dataDirectory());
        placement.apply(stage);
        stage.setOnHiding(e -> {
            if (!opened.readOnly()) {
                placement.remember(stage);
            }
        });
        stage.setScene(scene);
        stage.show();
        windowShown.complete(null);
        LOG.info("Window shown");
        showTheWeekEarly();
        opened.notice().ifPresent(dialogs::showNotice);
        if (!imports.isEmpty()) {
            // Once the window is on screen, so the preview has a shown owner to centre on.
            java.util.List<Path> files = imports;
            imports = java.util.List.of();
            Platform.runLater(() -> window.files().importFiles(files));
        }
    }

    /**
     * The week screen chosen once the window has drawn its first frames, when the worker counted
     * people before making the week's plan: its styling and layout (0.15 s at start) then run while
     * the plan is made, not after it, and it says the plan is being prepared. Otherwise the screen
     * is chosen when the window's own count of people comes back, behind the plan.
     */
    private void showTheWeekEarly() {
        MainWindow shown = window;
        new javafx.animation.AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The window's first frames are drawn as they were; then at most a second of waiting for the count.
                if (++frames < FRAMES_BEFORE_THE_WEEK) {
                    return;
                }
                Boolean found = peopleAtStart;
                if (found != null || frames > 60) {
                    stop();
                    if (Boolean.TRUE.equals(found)) {
                        shown.showWeekAhead();
                    }
                }
            }
        }.start();
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

    /** Encryption from Settings: the passphrases checked while Orbit is open, then the rewrite on the worker. */
    private final class WindowEncryptor implements Encryptor {

        @Override
        public boolean encrypted() {
            return orbit != null && orbit.encrypted();
        }

        @Override
        public void encrypt(char[] next, Consumer<OrbitException> refused, Runnable accepted) {
            rewrite(o -> Orbit.checkNewPassphrase(next), dir -> Orbit.encrypt(dir, next), next, null,
                    "encryption.done.on", refused, accepted, next);
        }

        @Override
        public void changePassphrase(char[] current, char[] next, Consumer<OrbitException> refused,
                                     Runnable accepted) {
            rewrite(o -> {
                Orbit.checkNewPassphrase(next);
                o.checkPassphrase(current);
            }, dir -> Orbit.changePassphrase(dir, current, next), next, current, "encryption.done.changed", refused,
                    accepted, current, next);
        }

        @Override
        public void decrypt(char[] current, Consumer<OrbitException> refused, Runnable accepted) {
            rewrite(o -> o.checkPassphrase(current), dir -> Orbit.decrypt(dir, current), null, current,
                    "encryption.done.off", refused, accepted, current);
        }
    }

    /**
     * Checks the passphrases on the worker while Orbit is open (refused: the dialog asks again);
     * then the window goes, Orbit closes, the database and backups are rewritten, and the window
     * is rebuilt on the database opened again with the new passphrase ({@code after}; none when
     * decrypted). When the rewrite fails, the files are as they were (or the rewrite was finished):
     * it opens with {@code before}, else {@code after}.
     */
    private void rewrite(Consumer<Orbit> check, java.util.function.Function<Path, EncryptionChange> change,
                         char[] after, char[] before, String doneKey, Consumer<OrbitException> refused,
                         Runnable accepted, char[]... toWipe) {
        Orbit current = orbit;
        Messages messages = new Messages(locale(current.settings().current()));
        worker.execute(() -> {
            try {
                try {
                    check.accept(current);
                } catch (OrbitException e) {
                    Platform.runLater(() -> refused.accept(e));
                    return;
                }
                java.util.concurrent.CountDownLatch shown = new java.util.concurrent.CountDownLatch(1);
                Platform.runLater(() -> {
                    accepted.run();
                    if (window != null) {
                        window.dispose();
                        window = null;
                    }
                    scene.setRoot(busy(messages.get("encryption.working")));
                    shown.countDown();
                });
                shown.await();
                current.close();
                EncryptionChange done = null;
                OrbitException failure = null;
                try {
                    done = change.apply(dataDirectory);
                } catch (OrbitException e) {
                    LOG.warn("Changing the encryption failed: {}", e.key(), e.getCause());
                    failure = e;
                }
                Orbit reopened = reopen(failure == null ? after : before, failure == null ? before : after);
                if (reopened == null) {
                    return;
                }
                EncryptionChange result = done;
                OrbitException failed = failure;
                Platform.runLater(() -> {
                    orbit = reopened;
                    build(orbit.settings().current());
                    window.showSettings();
                    Messages now = new Messages(locale(orbit.settings().current()));
                    if (failed != null) {
                        dialogs.showError(failed);
                    } else {
                        window.announce(now.get(doneKey, result.backupsRewritten()));
                        if (!result.backupsLeftAsTheyWere().isEmpty()) {
                            dialogs.showError(new OrbitException("cli.encrypt.backupsLeft",
                                    String.join(", ", result.backupsLeftAsTheyWere())));
                        }
                    }
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                for (char[] chars : toWipe) {
                    Arrays.fill(chars, '\0');
                }
            }
        });
    }

    /** Opens Orbit again after a change of encryption, with the first passphrase that fits the files. */
    private Orbit reopen(char[] first, char[] second) {
        OrbitException last = null;
        for (char[] passphrase : new char[][] {first, second}) {
            try {
                return Orbit.open(dataDirectory, clock, false,
                        passphrase == null ? PassphraseSource.NONE : PassphraseSource.of(passphrase));
            } catch (OrbitException e) {
                last = e;
            }
        }
        OrbitException failure = last;
        LOG.warn("Orbit could not open again after a change of encryption: {}", failure.key());
        Platform.runLater(() -> showOpenFailure(failure, Orbit.latestBackup(dataDirectory).orElse(null)));
        return null;
    }

    private static javafx.scene.Parent busy(String text) {
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        javafx.scene.control.Label label = new javafx.scene.control.Label(text);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(16, spinner, label);
        box.setId("restoring");
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    /** The system's format locale, as it was before the app's language was applied to date pickers. */
    private static final Locale SYSTEM_FORMAT = Locale.getDefault(Locale.Category.FORMAT);

    /**
     * Date pickers and their calendars take the default format locale: set it to the app's language
     * (keeping the system's country, which phone numbers are read in), so a French window shows
     * "29/11/2026" and "novembre" on an English system.
     */
    private static void formatDatesIn(Locale language) {
        Locale.setDefault(Locale.Category.FORMAT, language.getLanguage().equals(SYSTEM_FORMAT.getLanguage())
                ? SYSTEM_FORMAT : new Locale(language.getLanguage(), SYSTEM_FORMAT.getCountry()));
    }

    private static Locale locale(Settings settings) {
        return switch (settings.language()) {
            case EN -> Locale.ENGLISH;
            case FR -> Locale.FRENCH;
            case SYSTEM -> Locale.getDefault();
        };
    }

    private ExecutorService calendarReader() {
        if (calendarReader == null) {
            calendarReader = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "orbit-calendar");
                t.setDaemon(true);
                return t;
            });
        }
        return calendarReader;
    }

    /** Builds (or rebuilds, after a language or theme change) the window for these settings. */
    private void build(Settings settings) {
        Application.setUserAgentStylesheet(settings.theme() == Settings.Theme.DARK
                ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        Messages messages = new Messages(locale(settings));
        formatDatesIn(messages.locale());
        Dialogs dialogs = new Dialogs(messages, orbit.dataDirectory().resolve("logs"));
        this.dialogs = dialogs;
        Background background = new Background(worker, Platform::runLater, dialogs::showError);
        // On a shared server the window offers no encryption at rest: the server's operator encrypts its disks.
        WindowViewModels viewModels = new WindowViewModels(orbit, messages, dialogs, background,
                new Background(calendarReader(), Platform::runLater, dialogs::showError), this::restore,
                orbit.server().isPresent() ? null : new WindowEncryptor(),
                new SharedDatabaseFile(orbit.dataDirectory(), orbit.server().orElse(null)));
        if (window != null) {
            window.dispose();
        }
        boolean rebuilding = window != null;
        window = new MainWindow(viewModels, messages, dialogs, settings, this::build);
        scene.setRoot(window);
        dialogs.setOwner(stage);
        window.install(scene);
        if (rebuilding) {
            window.showSettings();
        }
    }

    @Override
    public void stop() {
        Locale.setDefault(Locale.Category.FORMAT, SYSTEM_FORMAT);
        if (window != null) {
            window.dispose();
        }
        if (calendarReader != null) {
            // A calendar still downloading is abandoned: nothing of it is written anywhere.
            calendarReader.shutdownNow();
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
