package app.orbit.ui;

import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.IntroductionMatch;
import app.orbit.service.Settings;
import app.orbit.ui.asks.AsksViewModel;
import app.orbit.ui.backups.BackupsViewModel;
import app.orbit.ui.common.ContactPickerViewModel;
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
import app.orbit.ui.settings.SharedDatabaseViewModel;
import app.orbit.ui.sorting.SortingViewModel;
import app.orbit.ui.plan.PlanViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the window asks of the composition root: a new view model for each screen and dialog,
 * built on Orbit's services, so that no view sees a service. Each call builds a fresh one.
 */
public interface ViewModels {

    /** The window's own work (first screen, welcome, the people a dialog opens with, changes). */
    MainWindowViewModel window();

    PlanViewModel plan();

    ContactsViewModel contacts();

    /** The contact form for a new person (null) or this one, once their introducer is read. */
    void contactForm(Contact existing, Consumer<ContactFormViewModel> then);

    SortingViewModel sorting();

    AsksViewModel asks();

    IntroductionsViewModel introductions(Consumer<IntroductionMatch> introduce);

    SettingsViewModel settings(Settings current);

    BackupsViewModel backups();

    /** The calendars of Settings, {@code changed} running after each change; null when Orbit reads no calendars. */
    CalendarSourcesViewModel calendarSources(Runnable changed);

    /** Settings › Shared database: where the network is, and the server to open on at the next starts. */
    SharedDatabaseViewModel sharedDatabase();

    FilesViewModel files();

    ImportViewModel importFiles();

    /** The log dialog's: a new touch with these people ({@code editing} null), or this one to edit. */
    LogInteractionViewModel log(Interaction editing, List<Participant> people);

    BroadcastViewModel broadcast();

    /** A contact picker's suggestions. */
    ContactPickerViewModel picker();

    /** Encryption at rest of this data directory; null when the window cannot change it. */
    Encryptor encryptor();

    Path dataDirectory();

    /** The time zone dates are shown in. */
    ZoneId zone();

    /** The clock of today's date (a file name's date, the log's "today"). */
    java.time.Clock clock();
}
