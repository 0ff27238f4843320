package app.orbit.ui;

import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Gesture;
import app.orbit.domain.Interaction;
import app.orbit.domain.IntroductionMatch;
import app.orbit.domain.Proposal;
import app.orbit.service.Messages;
import app.orbit.service.PlanLine;
import app.orbit.service.Settings;
import app.orbit.ui.asks.AsksView;
import app.orbit.ui.backups.BackupsSection;
import app.orbit.ui.common.Dialogs;
import app.orbit.ui.contacts.ContactFormDialog;
import app.orbit.ui.contacts.ContactsView;
import app.orbit.ui.contacts.ContactsViewModel;
import app.orbit.ui.files.FileActions;
import app.orbit.ui.files.FilesViewModel;
import app.orbit.ui.intros.IntroductionsView;
import app.orbit.ui.intros.IntroductionsViewModel;
import app.orbit.ui.log.BroadcastDialog;
import app.orbit.ui.log.LogInteractionDialog;
import app.orbit.ui.log.LogInteractionViewModel;
import app.orbit.ui.log.Participant;
import app.orbit.ui.settings.CalendarSection;
import app.orbit.ui.settings.CalendarSourcesViewModel;
import app.orbit.ui.settings.EncryptionSection;
import app.orbit.ui.settings.SettingsView;
import app.orbit.ui.settings.SharedDatabaseSection;
import app.orbit.ui.settings.SharedDatabaseViewModel;
import app.orbit.ui.sorting.SortingView;
import app.orbit.ui.sorting.SortingViewModel;
import app.orbit.ui.plan.PlanView;
import app.orbit.ui.plan.PlanViewModel;
import app.orbit.ui.welcome.WelcomeView;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orbit's main window content: the sidebar on the left (This week, Contacts, Not sorted, My asks,
 * Settings), the current screen in the middle, and Ctrl+L to log an interaction from anywhere.
 * It composes the screens from the view models the composition root builds ({@link ViewModels}).
 */
public final class MainWindow extends BorderPane {

    private static final Logger LOG = LoggerFactory.getLogger(MainWindow.class);
    /** How often the calendars are read again while the window runs. */
    public static final Duration CALENDAR_EVERY = Duration.minutes(15);
    private final ViewModels vms;
    private final MainWindowViewModel vm;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Settings settings;
    private final Consumer<Settings> onSettingsSaved;
    private final StackPane center = new StackPane();
    private final Sidebar sidebar;
    private final PlanViewModel planVm;
    private final PlanView plan;
    private final ContactsViewModel contactsVm;
    private final SortingViewModel sortingVm;
    /** Built at the first visit: the first window shows the week's plan, and builds only that. */
    private ContactsView contacts;
    private SortingView sorting;
    private final FileActions files;
    private final Notice notice = new Notice();
    private final Timeline calendarTimer;
    private AutoCloseable subscription;
    private boolean refreshPending;
    private Runnable afterFirstScreen = () -> { };
    /** The Introductions screen's view model while that screen is shown, to refresh it on changes. */
    private IntroductionsViewModel introsVm;

    public MainWindow(ViewModels vms, Messages messages, Dialogs dialogs, Settings settings,
            Consumer<Settings> onSettingsSaved) {
        this.vms = vms;
        this.vm = vms.window();
        this.messages = messages;
        this.dialogs = dialogs;
        this.settings = settings;
        this.onSettingsSaved = onSettingsSaved;
        setId("mainWindow");
        getStyleClass().add("main-window");

        planVm = vms.plan();
        calendarTimer = new Timeline(new KeyFrame(CALENDAR_EVERY, e -> planVm.readCalendars()));
        plan = new PlanView(messages, planVm, this::logFor, this::openContact, this::editProposal, dialogs::describe);
        FilesViewModel filesVm = vms.files();
        files = new FileActions(vms::importFiles, messages, dialogs, filesVm, this::contactFilter, this::owner,
                vms.clock());
        contactsVm = vms.contacts();
        sortingVm = vms.sorting();

        MenuButton fileMenu = files.menu();
        fileMenu.getItems().addAll(0, List.of(broadcastItem(), new SeparatorMenuItem()));
        sidebar = new Sidebar(messages, fileMenu, sortingVm.count(), () -> openLog(List.of()));
        setLeft(sidebar);
        filesVm.notice().addListener((obs, old, now) -> notice.show(now));
        setCenter(new StackPane(center, notice));

        // An import from the welcome screen: go where the imported people wait, rather than stay on the welcome.
        sortingVm.count().addListener((obs, old, now) -> {
            if (now.intValue() > 0 && sidebar.nav().getSelectedToggle() == null && !sidebar.navigable()) {
                sidebar.sorting.setSelected(true);
            }
        });
        sidebar.nav().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                show((String) now.getUserData());
            }
        });
    }

    private Window owner() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private app.orbit.exchange.ContactFilter contactFilter() {
        return new app.orbit.exchange.ContactFilter(contactsVm.query().get(), contactsVm.showArchived().get());
    }

    /**
     * Runs {@code then} on the JavaFX thread once the first screen has been chosen and its data
     * asked for, so that database work it queues runs after that screen's loads. Set it right
     * after {@link #install}, on the JavaFX thread.
     */
    public void afterFirstScreen(Runnable then) {
        this.afterFirstScreen = then;
    }

    /**
     * Chooses the week screen before the window's own count of people comes back, when the
     * application already knows there are people; nothing when a screen is already chosen.
     */
    public void showWeekAhead() {
        if (sidebar.nav().getSelectedToggle() == null) {
            sidebar.plan.setSelected(true);
        }
    }

    /** Puts the window on the scene: its shortcuts, change notifications, and the first screen. */
    public void install(Scene scene) {
        installShortcuts(scene);
        files.installDrop(scene);
        subscription = vm.onChange(this::refreshSoon);
        vm.countContacts(count -> {
            if (sidebar.nav().getSelectedToggle() == null) {
                if (count == 0) {
                    showWelcome();
                } else {
                    sidebar.plan.setSelected(true);
                }
            }
            // Behind the first screen's loads, so that the week's plan is read first: the people's
            // list (the first visit to Contacts finds it ready; at 30,000 contacts its first search
            // took longer than reading the plan) and the sidebar's count of people waiting to be sorted.
            contactsVm.search();
            sortingVm.refresh();
            afterFirstScreen.run();
            // The calendars at start, behind the first screen, then every 15 minutes while the window runs.
            planVm.readCalendars();
            calendarTimer.setCycleCount(Animation.INDEFINITE);
            calendarTimer.play();
        });
    }

    /** Ctrl+L, Ctrl+F, Ctrl+1…5 (the screens in the sidebar's order), Ctrl+N, F1 and Ctrl+Z. */
    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN),
                () -> openLog(List.of()));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            sidebar.contacts.setSelected(true);
            contacts().focusSearch();
        });
        List<ToggleButton> screens = sidebar.numbered();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < screens.size(); i++) {
            ToggleButton screen = screens.get(i);
            screen.setTooltip(new Tooltip("Ctrl+" + (i + 1)));
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> {
                if (sidebar.navigable()) {
                    screen.setSelected(true);
                    screen.requestFocus();
                }
            });
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), () -> {
            if (sidebar.navigable()) {
                sidebar.contacts.setSelected(true);
                contacts().newContact();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1),
                () -> new ShortcutsSheet(owner(), messages).show());
        // Undoes the plan's last card action (a touch logged, a snooze, a skip), as its Undo button does.
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
            if (center.getChildren().contains(plan)) {
                planVm.undoLast();
            }
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
        Platform.runLater(() -> {
            refreshPending = false;
            planVm.refresh();
            contactsVm.refresh();
            sortingVm.refresh();
            if (introsVm != null) {
                introsVm.refresh();
            }
        });
    }

    private void show(String id) {
        Node screen = switch (id) {
            case "navContacts" -> contacts();
            case "navSorting" -> sorting();
            case "navAsks" -> new AsksView(messages, vms.asks());
            case "navSettings" -> settingsView();
            case "navIntros" -> introductionsView();
            default -> plan;
        };
        if (!"navIntros".equals(id)) {
            introsVm = null;
        }
        if ("navWeek".equals(id)) {
            planVm.refresh();
        }
        sortingVm.setActive("navSorting".equals(id));
        sidebar.setNavigable(true);
        center.getChildren().setAll(screen);
        // A click puts the keyboard in the screen; the arrow keys in the sidebar and Ctrl+1…5 then take
        // it back to the sidebar's button, so that Down goes on to the next screen.
        if (screen instanceof SortingView view) {
            view.focusFilter();
        } else if (screen instanceof IntroductionsView view) {
            view.focusList();
        }
    }

    private IntroductionsView introductionsView() {
        introsVm = vms.introductions(this::introduce);
        IntroductionsView view = new IntroductionsView(messages, introsVm);
        introsVm.refresh();
        return view;
    }

    /** Accepting a suggested introduction: the log dialog with both people, as an introduction that helped them. */
    private void introduce(IntroductionMatch m) {
        vm.people(List.of(m.needer().id(), m.offerer().id()), people -> openLog(people.stream()
                .map(Participant::of).toList(), people.size() == 2, Exchange.GAVE, saved -> { }));
    }

    private SettingsView settingsView() {
        SettingsView view = new SettingsView(messages, vms.settings(settings), vms.dataDirectory(), onSettingsSaved);
        view.addSection(messages.get("backups.title"), new BackupsSection(messages, dialogs, vms.backups(),
                vms.zone()));
        CalendarSourcesViewModel calendars = vms.calendarSources(planVm::readCalendars);
        if (calendars != null) {
            view.addSection(messages.get("calendar.settings.title"), new CalendarSection(messages, calendars,
                    this::owner));
        }
        SharedDatabaseViewModel shared = vms.sharedDatabase();
        shared.serverPlace().ifPresent(view::dataPlace);
        view.addSection(messages.get("shared.title"), new SharedDatabaseSection(messages, shared));
        if (vms.encryptor() != null) {
            // None on a shared server: the server's operator encrypts its disks.
            view.addSection(messages.get("encryption.title"), new EncryptionSection(messages, dialogs,
                    vms.encryptor(), this::owner));
        }
        return view;
    }

    private void showWelcome() {
        sidebar.setNavigable(false);
        WelcomeView welcome = new WelcomeView(messages, vm.sampleSize(),
                () -> vm.loadSample(() -> {
                    sidebar.plan.setSelected(true);
                    // The welcome's button is gone: the keyboard goes to the screen shown, not the File menu.
                    sidebar.plan.requestFocus();
                }),
                () -> sidebar.contacts.setSelected(true),
                vms.encryptor() == null || vms.encryptor().encrypted() ? null
                        : () -> EncryptionSection.askToEncrypt(messages, dialogs, vms.encryptor(), owner()));
        StackPane.setAlignment(welcome, Pos.CENTER);
        center.getChildren().setAll(welcome);
    }

    private void openContact(ContactSummary c) {
        sidebar.contacts.setSelected(true);
        contacts().show(c.id());
    }

    /** The contact form, new or to edit, with its picker of who introduced them. */
    private void openForm(Contact existing, Consumer<Contact> onSaved) {
        vms.contactForm(existing, form -> new ContactFormDialog(owner(), messages, form, vms.picker(), onSaved)
                .show());
    }

    private void openLogWith(Contact c) {
        openLog(List.of(Participant.of(ContactSummary.of(c))));
    }

    /** Opens the log dialog, prefilled with these people. */
    public void openLog(List<Participant> people) {
        openLog(people, false, Exchange.NONE, saved -> { });
    }

    private void openLog(List<Participant> people, boolean introduction, Exchange exchange,
            Consumer<Interaction> onSaved) {
        LogInteractionViewModel log = vms.log(null, people);
        log.introduction().set(introduction);
        log.exchange().set(exchange);
        openLog(log, onSaved);
    }

    private void openLog(LogInteractionViewModel log, Consumer<Interaction> onSaved) {
        new LogInteractionDialog(owner(), messages, log, vms.picker(), onSaved).show();
    }

    /** The File menu's "Log a one-to-many touch…" (Ctrl+Shift+L). */
    private MenuItem broadcastItem() {
        MenuItem item = new MenuItem(messages.get("broadcast.menu"), new FontIcon(Feather.SEND));
        item.setId("fileBroadcast");
        // Like Quit's, the File menu puts its shortcut on the whole window.
        item.setAccelerator(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        item.setOnAction(e -> openBroadcast());
        return item;
    }

    /** Opens the one-to-many touch dialog (a newsletter, a post, a talk); says how far it went once saved. */
    public void openBroadcast() {
        new BroadcastDialog(owner(), messages, vms.broadcast(), vms.picker(), saved -> notice.show(messages.get(
                "broadcast.done", messages.of("kind", saved.interaction().kind()), saved.reach().people(),
                saved.reach().counted()))).show();
    }

    /**
     * Logs a touch from a plan entry: with the person, and for an introduction with both people,
     * marked as one; it starts with the exchange the gesture calls for ({@code GestureKind.loggedAs}).
     */
    private void logFor(PlanLine line) {
        Gesture g = line.entry().gesture();
        Exchange exchange = g.kind().loggedAs();
        Participant person = Participant.of(line.contact());
        if (!g.introducesSomeone()) {
            openLog(List.of(person), false, exchange, saved -> planVm.logged(line, saved));
            return;
        }
        vm.people(List.of(g.otherContactId()), other ->
                openLog(other.isEmpty() ? List.of(person) : List.of(person, Participant.of(other.get(0))),
                        !other.isEmpty(), exchange, saved -> planVm.logged(line, saved)));
    }

    /** "Edit then accept": the log dialog filled with a meeting read from the calendar; saving it accepts it. */
    private void editProposal(Proposal p) {
        vm.people(p.contactIds(), people -> {
            LogInteractionViewModel log = vms.log(null, people.stream().map(Participant::of).toList());
            log.prefill(p.day(), p.kind(), p.title());
            openLog(log, saved -> planVm.accepted(p));
        });
    }

    private void openLogEdit(Interaction interaction) {
        vm.people(interaction.participantIds(), people -> openLog(vms.log(interaction, people.stream()
                .map(Participant::of).toList()), saved -> { }));
    }

    /** Shows the settings screen (after the window was rebuilt for a new language or theme). */
    public void showSettings() {
        sidebar.settings.setSelected(true);
        // The keyboard stays where the user was, not on the File menu of the new window.
        Platform.runLater(sidebar.settings::requestFocus);
    }

    public PlanViewModel planViewModel() {
        return planVm;
    }

    /** The File menu's actions (import, exports), also reached by dropping files on the window. */
    public FileActions files() {
        return files;
    }

    /** Shows a short notice at the bottom of the window (an export written, a backup restored). */
    public void announce(String text) {
        notice.show(text);
    }

    public ContactsView contactsView() {
        return contacts();
    }

    public SortingView sortingView() {
        return sorting();
    }

    private ContactsView contacts() {
        if (contacts == null) {
            contacts = new ContactsView(messages, dialogs, contactsVm, this::openForm, this::openLogWith,
                    this::openLogEdit, files);
        }
        return contacts;
    }

    private SortingView sorting() {
        if (sorting == null) {
            sorting = new SortingView(messages, sortingVm);
        }
        return sorting;
    }
}
