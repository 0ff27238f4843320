package app.orbit.ui;

import app.orbit.exchange.ExportService;
import app.orbit.exchange.ImportService;
import app.orbit.exchange.PersonalDataService;
import app.orbit.service.AskService;
import app.orbit.service.BackupService;
import app.orbit.service.CalendarService;
import app.orbit.ui.backups.Restorer;
import app.orbit.ui.settings.Encryptor;
import app.orbit.ui.settings.SharedDatabase;
import app.orbit.service.ChangeNotifier;
import app.orbit.service.IntroductionService;
import app.orbit.service.ReciprocityService;
import app.orbit.service.ReconnectPlanner;
import app.orbit.service.ContactService;
import app.orbit.service.DueListService;
import app.orbit.service.InteractionService;
import app.orbit.service.QuickLogService;
import app.orbit.service.SampleNetwork;
import app.orbit.service.SettingsService;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.time.Clock;

/** What the window needs from the rest of Orbit, handed over by the composition root. */
public record UiServices(
        ContactService contacts,
        InteractionService interactions,
        QuickLogService quickLog,
        DueListService dueList,
        ReconnectPlanner planner,
        AskService asks,
        ReciprocityService reciprocity,
        IntroductionService introductions,
        SettingsService settings,
        SampleNetwork sampleNetwork,
        ChangeNotifier notifier,
        Background background,
        Clock clock,
        Path dataDirectory,
        ImportService importer,
        ExportService exporter,
        PersonalDataService personalData,
        BackupService backups,
        Restorer restorer,
        Encryptor encryptor,
        CalendarService calendar,
        Background network,
        SharedDatabase sharedDatabase) {

    /** Without the Shared database section. */
    public UiServices(ContactService contacts, InteractionService interactions, QuickLogService quickLog,
            DueListService dueList, ReconnectPlanner planner, AskService asks, ReciprocityService reciprocity,
            IntroductionService introductions, SettingsService settings, SampleNetwork sampleNetwork,
            ChangeNotifier notifier, Background background, Clock clock, Path dataDirectory, ImportService importer,
            ExportService exporter, PersonalDataService personalData, BackupService backups, Restorer restorer,
            Encryptor encryptor, CalendarService calendar, Background network) {
        this(contacts, interactions, quickLog, dueList, planner, asks, reciprocity, introductions, settings,
                sampleNetwork, notifier, background, clock, dataDirectory, importer, exporter, personalData, backups,
                restorer, encryptor, calendar, network, null);
    }

    /** Without calendars (a window that proposes no meetings). */
    public UiServices(ContactService contacts, InteractionService interactions, QuickLogService quickLog,
            DueListService dueList, ReconnectPlanner planner, AskService asks, ReciprocityService reciprocity,
            IntroductionService introductions, SettingsService settings, SampleNetwork sampleNetwork,
            ChangeNotifier notifier, Background background, Clock clock, Path dataDirectory, ImportService importer,
            ExportService exporter, PersonalDataService personalData, BackupService backups, Restorer restorer,
            Encryptor encryptor) {
        this(contacts, interactions, quickLog, dueList, planner, asks, reciprocity, introductions, settings,
                sampleNetwork, notifier, background, clock, dataDirectory, importer, exporter, personalData, backups,
                restorer, encryptor, null, background, null);
    }
}
