package app.orbit.app;

import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.domain.IntroductionMatch;
import app.orbit.service.Messages;
import app.orbit.service.Settings;
import app.orbit.ui.MainWindowViewModel;
import app.orbit.ui.ViewModels;
import app.orbit.ui.asks.AsksViewModel;
import app.orbit.ui.backups.BackupsViewModel;
import app.orbit.ui.backups.Restorer;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.Dialogs;
import app.orbit.ui.contacts.ContactFormViewModel;
import app.orbit.ui.contacts.ContactsViewModel;
import app.orbit.ui.files.FilesViewModel;
import app.orbit.ui.files.ImportViewModel;
import app.orbit.ui.intros.IntroductionsViewModel;
import app.orbit.ui.log.BroadcastViewModel;
import app.orbit.ui.log.LogInteractionViewModel;
import app.orbit.ui.log.Participant;
import app.orbit.ui.settings.CalendarSourcesViewModel;
import app.orbit.ui.settings.Encryptor;
import app.orbit.ui.settings.SettingsViewModel;
import app.orbit.ui.settings.SharedDatabase;
import app.orbit.ui.settings.SharedDatabaseViewModel;
import app.orbit.ui.sorting.SortingViewModel;
import app.orbit.ui.plan.PlanViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The window's view models built on one open Orbit, in one language: the part of the composition
 * root the window calls as it opens screens and dialogs.
 */
final class WindowViewModels implements ViewModels {

    private final Orbit orbit;
    private final Messages messages;
    private final Dialogs dialogs;
    private final Background background;
    private final Background network;
    private final Restorer restorer;
    private final Encryptor encryptor;
    private final SharedDatabase shared;

    /**
     * {@code network} runs the calendars' reading, which may wait on the network, away from the database worker;
     * {@code encryptor} is null when the window offers no encryption at rest (on a shared server).
     */
    WindowViewModels(Orbit orbit, Messages messages, Dialogs dialogs, Background background, Background network,
            Restorer restorer, Encryptor encryptor, SharedDatabase shared) {
        this.orbit = orbit;
        this.messages = messages;
        this.dialogs = dialogs;
        this.background = background;
        this.network = network;
        this.restorer = restorer;
        this.encryptor = encryptor;
        this.shared = shared;
    }

    @Override
    public MainWindowViewModel window() {
        return new MainWindowViewModel(orbit.contacts(), orbit.sampleNetwork(), orbit.notifier(), background);
    }

    @Override
    public PlanViewModel plan() {
        return new PlanViewModel(orbit.planner(), orbit.contacts(), orbit.interactions(), background, orbit.calendar(),
                network);
    }

    @Override
    public ContactsViewModel contacts() {
        return new ContactsViewModel(orbit.contacts(), orbit.reciprocity(), orbit.interactions(), background);
    }

    @Override
    public void contactForm(Contact existing, Consumer<ContactFormViewModel> then) {
        Long introducerId = existing == null ? null : existing.introducedById();
        background.run(() -> introducerId == null ? List.<ContactSummary>of()
                : orbit.contacts().summaries(List.of(introducerId)), found -> then.accept(new ContactFormViewModel(
                        orbit.contacts(), background, messages, dialogs::describe, existing,
                        found.isEmpty() ? null : found.get(0))));
    }

    @Override
    public SortingViewModel sorting() {
        return new SortingViewModel(orbit.contacts(), background, messages, dialogs::describe);
    }

    @Override
    public AsksViewModel asks() {
        return new AsksViewModel(orbit.asks(), background, messages, dialogs::describe);
    }

    @Override
    public IntroductionsViewModel introductions(Consumer<IntroductionMatch> introduce) {
        return new IntroductionsViewModel(orbit.introductions(), background, introduce);
    }

    @Override
    public SettingsViewModel settings(Settings current) {
        return new SettingsViewModel(orbit.settings(), background, messages, current);
    }

    @Override
    public BackupsViewModel backups() {
        return new BackupsViewModel(orbit.backups(), restorer, background, messages, dialogs::showError);
    }

    @Override
    public CalendarSourcesViewModel calendarSources(Runnable changed) {
        return orbit.calendar() == null ? null
                : new CalendarSourcesViewModel(orbit.calendar(), background, changed, dialogs::describe);
    }

    @Override
    public SharedDatabaseViewModel sharedDatabase() {
        return new SharedDatabaseViewModel(shared, background, messages);
    }

    @Override
    public FilesViewModel files() {
        return new FilesViewModel(orbit.exporter(), orbit.personalData(), background, messages,
                encryptor != null && encryptor.encrypted());
    }

    @Override
    public ImportViewModel importFiles() {
        return new ImportViewModel(orbit.importer(), background, messages, dialogs::describe);
    }

    @Override
    public LogInteractionViewModel log(Interaction editing, List<Participant> people) {
        return new LogInteractionViewModel(orbit.interactions(), orbit.quickLog(), orbit.introductions(), background,
                messages, dialogs::describe, editing, people);
    }

    @Override
    public BroadcastViewModel broadcast() {
        return new BroadcastViewModel(orbit.interactions(), orbit.contacts(), background, messages, dialogs::describe,
                List.of());
    }

    @Override
    public ContactPickerViewModel picker() {
        return new ContactPickerViewModel(orbit.contacts(), background);
    }

    @Override
    public Encryptor encryptor() {
        return encryptor;
    }

    @Override
    public Path dataDirectory() {
        return orbit.dataDirectory();
    }

    @Override
    public ZoneId zone() {
        return orbit.clock().getZone();
    }

    @Override
    public Clock clock() {
        return orbit.clock();
    }
}
