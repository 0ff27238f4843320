package app.orbit.ui;

import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Gesture;
import app.orbit.domain.GestureKind;
import app.orbit.domain.Interaction;
import app.orbit.domain.IntroductionMatch;
import app.orbit.service.PlanLine;
import app.orbit.service.Messages;
import app.orbit.service.Settings;
import app.orbit.ui.asks.AsksView;
import app.orbit.ui.asks.AsksViewModel;
import app.orbit.ui.backups.BackupsSection;
import app.orbit.ui.backups.BackupsViewModel;
import app.orbit.ui.common.Dialogs;
import app.orbit.ui.files.FileActions;
import app.orbit.ui.files.FilesViewModel;
import app.orbit.ui.contacts.ContactsView;
import app.orbit.ui.intros.IntroductionsView;
import app.orbit.ui.intros.IntroductionsViewModel;
import app.orbit.ui.log.BroadcastDialog;
import app.orbit.ui.log.BroadcastViewModel;
import app.orbit.ui.log.LogInteractionDialog;
import app.orbit.domain.Proposal;
import app.orbit.ui.log.LogInteractionViewModel;
import app.orbit.ui.log.Participant;
import app.orbit.ui.settings.EncryptionSection;
import app.orbit.ui.settings.SettingsView;
import app.orbit.ui.settings.SettingsViewModel;
import app.orbit.ui.sorting.SortingView;
import app.orbit.ui.sorting.SortingViewModel;
import app.orbit.ui.week.WeekView;
import app.orbit.ui.week.WeekViewModel;
import app.orbit.ui.welcome.WelcomeView;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orbit's main window content: navigation on the left (This week, Contacts, Not sorted, My asks,
 * Settings), the current screen in the middle, and Ctrl+L to log an interaction from anywhere.
 */
public final class MainWindow extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    private final UiServices services;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Settings settings;
    private final Consumer<Settings> onSettingsSaved;
    private final StackPane center = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private final ToggleButton weekButton;
    private final ToggleButton contactsButton;
    private final ToggleButton sortingButton;
    private final ToggleButton asksButton;
    private final ToggleButton introsButton;
    private final ToggleButton settingsButton;
    private final VBox sidebar;
    private final WeekViewModel weekVm;
    private final WeekView week;
    private final ContactsView contacts;
    private final SortingView sorting;
    private final FileActions files;
    private final Label notice = new Label();
    private final javafx.animation.PauseTransition noticeTimer =
            new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
    private AutoCloseable subscription;
    private boolean refreshPending;
    private Runnable afterFirstScreen = () -> { };
    /** How often the calendars are read again while the window runs. */
    public static final javafx.util.Duration CALENDAR_EVERY = javafx.util.Duration.minutes(15);
    private final javafx.animation.Timeline calendarTimer = new javafx.animation.Timeline(
            new javafx.animation.KeyFrame(CALENDAR_EVERY, e -> weekViewModel().readCalendars()));
    /** The Introductions screen's view model while that screen is shown, to refresh it on changes. */
    private IntroductionsViewModel introsVm;

    public MainWindow(UiServices services, Messages messages, Dialogs dialogs, Settings settings,
            Consumer<Settings> onSettingsSaved) {
        this.services = services;
        this.messages = messages;
        this.dialogs = dialogs;
        this.settings = settings;
        this.onSettingsSaved = onSettingsSaved;
        setId("mainWindow");
        getStyleClass().add("main-window");

        weekVm = new WeekViewModel(services.planner(), services.contacts(), services.interactions(),
                services.background(), services.calendar(), services.network());
        week = new WeekView(messages, weekVm, this::logFor, this::openContact, this::editProposal, dialogs::describe);
        FilesViewModel filesVm = new FilesViewModel(services.exporter(), services.personalData(),
                services.background(), messages, services.encryptor() != null && services.encryptor().encrypted());
        files = new FileActions(services.importer(), services.background(), messages, dialogs, filesVm,
                this::contactFilter, () -> getScene().getWindow(), services.clock());
        contacts = new ContactsView(services, messages, dialogs, this::openLogWith, this::openLogEdit, files);
        sorting = new SortingView(messages, new SortingViewModel(services.contacts(), services.background(), messages,
                dialogs::describe));

        Label brand = new Label(messages.get("app.name"), new FontIcon(Feather.TARGET));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Region brandGap = new Region();
        HBox.setHgrow(brandGap, Priority.ALWAYS);
        MenuButton fileMenu = files.menu();
        fileMenu.getItems().addAll(0, List.of(broadcastItem(), new SeparatorMenuItem()));
        HBox top = new HBox(brand, brandGap, fileMenu);
        top.setAlignment(Pos.TOP_LEFT);
        weekButton = navButton("navWeek", "nav.week", Feather.CALENDAR);
        contactsButton = navButton("navContacts", "nav.contacts", Feather.USERS);
        sortingButton = navButton("navSorting", "nav.sorting", Feather.INBOX);
        asksButton = navButton("navAsks", "nav.asks", Feather.TARGET);
        introsButton = navButton("navIntros", "nav.intros", Feather.SHARE_2);
        settingsButton = navButton("navSettings", "nav.settings", Feather.SETTINGS);
        Button log = new Button(messages.get("nav.log"), new FontIcon(Feather.PLUS));
        log.setId("logButton");
        log.getStyleClass().add(Styles.ACCENT);
        log.setMaxWidth(Double.MAX_VALUE);
        log.setTooltip(new Tooltip(messages.get("nav.log.shortcut")));
        log.setOnAction(e -> openLog(List.of()));
        Label hint = new Label(messages.get("nav.log.shortcut"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        sidebar = new VBox(6, log, hint, gap(), weekButton, contactsButton, withCount(sortingButton,
                sorting.viewModel().count()), introsButton, asksButton, spacer, settingsButton);
        sidebar.setId("sidebar");
        sidebar.setPadding(new Insets(6, 12, 18, 12));
        VBox.setVgrow(sidebar, Priority.ALWAYS);
        // The brand and File menu sit above the navigation, so importing works even on the welcome screen.
        top.setPadding(new Insets(18, 12, 0, 12));
        VBox left = new VBox(top, sidebar);
        left.getStyleClass().add("sidebar");
        left.setPrefWidth(240);
        left.setMinWidth(Region.USE_PREF_SIZE);
        setLeft(left);
        notice.setId("fileNotice");
        notice.getStyleClass().add("file-notice");
        notice.setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        notice.setWrapText(true);
        notice.setMaxWidth(520);
        notice.setMaxHeight(Region.USE_PREF_SIZE);
        notice.setVisible(false);
        notice.setOnMouseClicked(e -> notice.setVisible(false));
        noticeTimer.setOnFinished(e -> notice.setVisible(false));
        filesVm.notice().addListener((obs, old, now) -> showNotice(now));
        StackPane.setAlignment(notice, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(notice, new Insets(0, 24, 24, 0));
        setCenter(new StackPane(center, notice));

        // An import from the welcome screen: go where the imported people wait, rather than stay on the welcome.
        sorting.viewModel().count().addListener((obs, old, now) -> {
            if (now.intValue() > 0 && nav.getSelectedToggle() == null && sidebar.isDisabled()) {
                sortingButton.setSelected(true);
            }
        });
        nav.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                show((String) now.getUserData());
            }
        });
    }

    private void showNotice(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        notice.setText(text);
        notice.setVisible(true);
        noticeTimer.playFromStart();
    }

    private app.orbit.exchange.ContactFilter contactFilter() {
        return new app.orbit.exchange.ContactFilter(contacts.viewModel().query().get(),
                contacts.viewModel().showArchived().get());
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinHeight(12);
        return r;
    }

    /** A navigation button with a count on its right, hidden at zero: how many people wait to be sorted. */
    private static StackPane withCount(ToggleButton button, javafx.beans.value.ObservableIntegerValue count) {
        Label badge = new Label();
        badge.setId(button.getId() + "Count");
        badge.getStyleClass().add("nav-count");
        badge.setMouseTransparent(true);
        badge.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> String.valueOf(count.get()), count));
        badge.visibleProperty().bind(javafx.beans.binding.Bindings.greaterThan(count, 0));
        StackPane pane = new StackPane(button, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 10, 0, 0));
        return pane;
    }

    private ToggleButton navButton(String id, String key, Feather icon) {
        ToggleButton b = new ToggleButton(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setUserData(id);
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().addAll(Styles.FLAT, "nav-button");
        return b;
    }

    /**
     * Runs {@code then} on the JavaFX thread once the first screen has been chosen and its data
     * asked for, so that database work it queues runs after that screen's loads. Set it right
     * after {@link #install}, on the JavaFX thread.
     */
    public void afterFirstScreen(Runnable then) {
        this.afterFirstScreen = then;
    }

    /** The keyboard shortcuts, in a sheet (F1). */
    private void showShortcuts() {
        GridPane sheet = new GridPane();
        sheet.setId("shortcutsSheet");
        sheet.setHgap(24);
        sheet.setVgap(8);
        String[][] rows = {
            {"Ctrl+L", "shortcuts.log"}, {"Ctrl+Shift+L", "shortcuts.broadcast"}, {"Ctrl+N", "shortcuts.newContact"},
            {"Ctrl+F", "shortcuts.search"}, {"Ctrl+1 … Ctrl+5", "shortcuts.screens"},
            {"\u2191 \u2193  Enter", "shortcuts.picker"}, {"Esc", "shortcuts.close"}, {"F1", "shortcuts.help"}};
        for (int i = 0; i < rows.length; i++) {
            Label keys = new Label(rows[i][0]);
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(messages.get(rows[i][1]));
            what.setWrapText(true);
            sheet.addRow(i, keys, what);
        }
        javafx.scene.control.Dialog<Void> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("shortcuts.title"));
        dialog.setHeaderText(messages.get("shortcuts.title"));
        dialog.getDialogPane().setContent(sheet);
        dialog.getDialogPane().getButtonTypes().add(new javafx.scene.control.ButtonType(messages.get("button.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.show();
    }

    /** Puts the window on the scene: Ctrl+L, change notifications, and the first screen. */
    public void install(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> openLog(List.of()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            contactsButton.setSelected(true);
            contacts.focusSearch();
        });
        // Ctrl+1…5: the screens in the sidebar's order; Ctrl+N: a new person; F1: the shortcuts.
        List<ToggleButton> screens = List.of(weekButton, contactsButton, sortingButton, introsButton, asksButton);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < screens.size(); i++) {
            ToggleButton screen = screens.get(i);
            screen.setTooltip(new Tooltip("Ctrl+" + (i + 1)));
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (!sidebar.isDisabled()) {
                    screen.setSelected(true);
                    screen.requestFocus();
                }
            });
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (!sidebar.isDisabled()) {
                contactsButton.setSelected(true);
                contacts.newContact();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), this::showShortcuts);
        // Undoes the plan's last card action (a touch logged, a snooze, a skip), as its Undo button does.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (center.getChildren().contains(week)) {
                weekVm.undoLast();
            }
        });
        files.installDrop(scene);
        subscription = services.notifier().subscribe(() -> services.background().onFx(this::refreshSoon));
        services.background().run(services.contacts()::count, count -> {
            if (nav.getSelectedToggle() == null) {
                if (count == 0) {
                    showWelcome();
                } else {
                    weekButton.setSelected(true);
                }
            }
            // Behind the first screen's loads: the sidebar's count of people waiting to be sorted.
            sorting.viewModel().refresh();
            afterFirstScreen.run();
            // The calendars at start, behind the first screen, then every 15 minutes while the window runs.
            weekVm.readCalendars();
            calendarTimer.setCycleCount(javafx.animation.Animation.INDEFINITE);
            calendarTimer.play();
        });
    }

    /** Releases what the window subscribed to. */
    public void dispose() {
        calendarTimer.stop();
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("unsubscribe failed", e);
            }
        }
    }

    /** Coalesces a burst of changes into one refresh of the open views. */
    private void refreshSoon() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        javafx.application.Platform.runLater(() -> {
            refreshPending = false;
            weekVm.refresh();
            contacts.viewModel().refresh();
            sorting.viewModel().refresh();
            if (introsVm != null) {
                introsVm.refresh();
            }
        });
    }

    private void show(String id) {
        Node screen = switch (id) {
            case "navContacts" -> contacts;
            case "navSorting" -> sorting;
            case "navAsks" -> new AsksView(messages, new AsksViewModel(services.asks(), services.background(), messages,
                    dialogs::describe));
            case "navSettings" -> settingsView();
            case "navIntros" -> introductionsView();
            default -> week;
        };
        if (!"navIntros".equals(id)) {
            introsVm = null;
        }
        if ("navWeek".equals(id)) {
            weekVm.refresh();
        }
        sorting.viewModel().setActive("navSorting".equals(id));
        sidebar.setDisable(false);
        center.getChildren().setAll(screen);
        if (screen == sorting) {
            sorting.focusFilter();
        }
    }

    private IntroductionsView introductionsView() {
        introsVm = new IntroductionsViewModel(services.introductions(), services.background(), this::introduce);
        IntroductionsView view = new IntroductionsView(messages, introsVm);
        introsVm.refresh();
        javafx.application.Platform.runLater(view::focusList);
        return view;
    }

    /** Accepting a suggested introduction: the log dialog with both people, as an introduction that helped them. */
    private void introduce(IntroductionMatch m) {
        services.background().run(() -> services.contacts().summaries(List.of(m.needer().id(), m.offerer().id())),
                people -> openLog(people.stream().map(Participant::of).toList(), people.size() == 2, Exchange.GAVE));
    }

    private SettingsView settingsView() {
        SettingsView view = new SettingsView(messages, new SettingsViewModel(services.settings(),
                services.background(), messages, settings), services.dataDirectory(), onSettingsSaved);
        view.addSection(messages.get("backups.title"), new BackupsSection(messages, dialogs,
                new BackupsViewModel(services.backups(), services.restorer(), services.background(), messages,
                        dialogs::showError), services.clock().getZone()));
        if (services.calendar() != null) {
            view.addSection(messages.get("calendar.settings.title"), new app.orbit.ui.settings.CalendarSection(messages,
                    new app.orbit.ui.settings.CalendarSourcesViewModel(services.calendar(), services.background(),
                            weekVm::readCalendars, dialogs::describe), () -> getScene() == null ? null
                            : getScene().getWindow()));
        }
        if (services.sharedDatabase() != null) {
            services.sharedDatabase().currentServer().ifPresent(server -> view.dataPlace(
                    messages.get("shared.where.server", server, services.sharedDatabase().folder())));
            view.addSection(messages.get("shared.title"), new app.orbit.ui.settings.SharedDatabaseSection(messages,
                    new app.orbit.ui.settings.SharedDatabaseViewModel(services.sharedDatabase(),
                            services.background(), messages)));
        }
        if (services.encryptor() != null) {
            // None on a shared server: the server's operator encrypts its disks.
            view.addSection(messages.get("encryption.title"), new EncryptionSection(messages, dialogs,
                    services.encryptor(), () -> getScene() == null ? null : getScene().getWindow()));
        }
        return view;
    }

    private void showWelcome() {
        sidebar.setDisable(true);
        WelcomeView welcome = new WelcomeView(messages, services.sampleNetwork().size(),
                () -> services.background().run(services.sampleNetwork()::load, n -> weekButton.setSelected(true)),
                () -> contactsButton.setSelected(true),
                services.encryptor() == null || services.encryptor().encrypted() ? null
                        : () -> EncryptionSection.askToEncrypt(messages, dialogs, services.encryptor(),
                                getScene() == null ? null : getScene().getWindow()));
        StackPane.setAlignment(welcome, Pos.CENTER);
        center.getChildren().setAll(welcome);
    }

    private void openContact(ContactSummary c) {
        contactsButton.setSelected(true);
        contacts.show(c.id());
    }

    private void openLogWith(Contact c) {
        openLog(List.of(Participant.of(ContactSummary.of(c))));
    }

    /** Opens the log dialog, prefilled with these people. */
    public void openLog(List<Participant> people) {
        openLog(people, false, Exchange.NONE);
    }

    private void openLog(List<Participant> people, boolean introduction, Exchange exchange) {
        openLog(people, introduction, exchange, saved -> { });
    }

    private void openLog(List<Participant> people, boolean introduction, Exchange exchange,
            java.util.function.Consumer<Interaction> onSaved) {
        LogInteractionViewModel vm = new LogInteractionViewModel(services.interactions(), services.quickLog(),
                services.introductions(), services.background(), messages, dialogs::describe, null, people);
        vm.introduction().set(introduction);
        vm.exchange().set(exchange);
        new LogInteractionDialog(getScene().getWindow(), services, messages, vm, onSaved).show();
    }

    /** The File menu's "Log a one-to-many touch…" (Ctrl+Shift+L). */
    private MenuItem broadcastItem() {
        MenuItem item = new MenuItem(messages.get("broadcast.menu"),
                new FontIcon(Feather.SEND));
        item.setId("fileBroadcast");
        // Like Quit's, the File menu puts its shortcut on the whole window.
        item.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setOnAction(e -> openBroadcast());
        return item;
    }

    /** Opens the one-to-many touch dialog (a newsletter, a post, a talk); says how far it went once saved. */
    public void openBroadcast() {
        BroadcastViewModel vm = new BroadcastViewModel(services.interactions(), services.contacts(),
                services.background(), messages, dialogs::describe, List.of());
        new BroadcastDialog(getScene().getWindow(), services.contacts(), services.background(), messages, vm,
                saved -> showNotice(messages.get("broadcast.done", messages.of("kind", saved.interaction().kind()),
                        saved.reach().people(), saved.reach().counted()))).show();
    }

    /**
     * Logs a touch from a plan entry: with the person, and for an introduction with both people,
     * marked as one. Helpful gestures start as "I helped".
     */
    private void logFor(PlanLine line) {
        Gesture g = line.entry().gesture();
        Exchange exchange = switch (g.kind()) {
            case INTRODUCE, SHARE, FOLLOW_UP -> Exchange.GAVE;
            default -> Exchange.NONE;
        };
        Participant person = Participant.of(line.contact());
        if (g.kind() != GestureKind.INTRODUCE || g.otherContactId() == null) {
            openLog(List.of(person), false, exchange, saved -> weekVm.logged(line, saved));
            return;
        }
        services.background().run(() -> services.contacts().summaries(List.of(g.otherContactId())), other ->
                openLog(other.isEmpty() ? List.of(person) : List.of(person, Participant.of(other.get(0))),
                        !other.isEmpty(), exchange, saved -> weekVm.logged(line, saved)));
    }

    /** "Edit then accept": the log dialog filled with a meeting read from the calendar; saving it accepts it. */
    private void editProposal(Proposal p) {
        services.background().run(() -> services.contacts().summaries(p.contactIds()), people -> {
            LogInteractionViewModel vm = new LogInteractionViewModel(services.interactions(), services.quickLog(),
                    services.introductions(), services.background(), messages, dialogs::describe, null,
                    people.stream().map(Participant::of).toList());
            vm.prefill(p.day(), p.kind(), p.title());
            new LogInteractionDialog(getScene().getWindow(), services, messages, vm, saved -> weekVm.accepted(p))
                    .show();
        });
    }

    private void openLogEdit(Interaction interaction) {
        services.background().run(() -> services.contacts().summaries(interaction.participantIds()), people -> {
            LogInteractionViewModel vm = new LogInteractionViewModel(services.interactions(), services.quickLog(),
                    services.introductions(), services.background(), messages, dialogs::describe, interaction,
                    people.stream().map(Participant::of).toList());
            new LogInteractionDialog(getScene().getWindow(), services, messages, vm, saved -> { }).show();
        });
    }

    /** Shows the settings screen (after the window was rebuilt for a new language or theme). */
    public void showSettings() {
        settingsButton.setSelected(true);
    }

    public WeekViewModel weekViewModel() {
        return weekVm;
    }

    /** The File menu's actions (import, exports), also reached by dropping files on the window. */
    public FileActions files() {
        return files;
    }

    /** Shows a short notice at the bottom of the window (an export written, a backup restored). */
    public void announce(String text) {
        showNotice(text);
    }

    public ContactsView contactsView() {
        return contacts;
    }

    public SortingView sortingView() {
        return sorting;
    }
}
