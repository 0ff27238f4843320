package app.orbit.app;

import app.orbit.exchange.ExportService;
import app.orbit.exchange.ImportService;
import app.orbit.exchange.JsonBackup;
import app.orbit.exchange.PersonalDataService;
import app.orbit.exchange.SourceText;
import app.orbit.service.AskService;
import app.orbit.service.ChangeNotifier;
import app.orbit.service.ContactService;
import app.orbit.service.DueListService;
import app.orbit.service.GestureAdvisor;
import app.orbit.service.InteractionService;
import app.orbit.service.IntroductionService;
import app.orbit.service.Messages;
import app.orbit.service.PlanCompletion;
import app.orbit.service.ReciprocityService;
import app.orbit.service.ReconnectPlanner;
import app.orbit.service.Settings;
import app.orbit.service.QuickLogService;
import app.orbit.service.SampleNetwork;
import app.orbit.service.SettingsService;
import app.orbit.store.Database;
import app.orbit.store.JdbcAskRepository;
import app.orbit.store.JdbcContactRepository;
import app.orbit.store.JdbcInteractionRepository;
import app.orbit.store.JdbcIntroductionRepository;
import app.orbit.store.JdbcNetworkQueries;
import app.orbit.store.JdbcPlanRepository;
import app.orbit.store.JdbcSettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;

/**
 * The composition root: opens the database in a data directory and builds every service, in
 * order, once. Window and command line both start here. Closing it closes the database.
 */
public final class Orbit implements AutoCloseable {

    private final Path dataDirectory;
    private final Clock clock;
    private final Database database;
    private final ChangeNotifier notifier;
    private final SettingsService settings;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final DueListService dueList;
    private final SampleNetwork sampleNetwork;
    private final AskService asks;
    private final ReciprocityService reciprocity;
    private final GestureAdvisor gestures;
    private final IntroductionService introductions;
    private final ReconnectPlanner planner;
    private final QuickLogService quickLog;
    private final ImportService importer;
    private final JsonBackup jsonBackup;
    private final ExportService exporter;
    private final PersonalDataService personalData;

    private Orbit(Path dataDirectory, Clock clock, Database database) {
        this.dataDirectory = dataDirectory;
        this.clock = clock;
        this.database = database;
        this.notifier = new ChangeNotifier(database);
        JdbcContactRepository contactRepository = new JdbcContactRepository(database);
        JdbcInteractionRepository interactionRepository = new JdbcInteractionRepository(database);
        JdbcSettingsRepository settingsRepository = new JdbcSettingsRepository(database);
        this.settings = new SettingsService(settingsRepository, notifier);
        this.contacts = new ContactService(contactRepository, interactionRepository, database, settings::current,
                notifier, clock);
        JdbcPlanRepository planRepository = new JdbcPlanRepository(database);
        this.interactions = new InteractionService(interactionRepository, contactRepository, database, notifier, clock,
                new PlanCompletion(planRepository, clock));
        this.dueList = new DueListService(contactRepository, settings::current, clock);
        this.sampleNetwork = new SampleNetwork(contacts, interactions, database, clock);
        JdbcNetworkQueries networkQueries = new JdbcNetworkQueries(database);
        JdbcIntroductionRepository introductionRepository = new JdbcIntroductionRepository(database);
        JdbcAskRepository askRepository = new JdbcAskRepository(database);
        this.asks = new AskService(askRepository, contactRepository, database, notifier, clock);
        this.reciprocity = new ReciprocityService(networkQueries, clock);
        this.gestures = new GestureAdvisor(contactRepository, interactionRepository, networkQueries,
                introductionRepository, clock);
        this.introductions = new IntroductionService(interactions, introductionRepository, database);
        this.planner = new ReconnectPlanner(planRepository, contactRepository, networkQueries, gestures, asks,
                reciprocity, database, settings::current, notifier, clock);
        this.quickLog = new QuickLogService(contacts, interactions, database);
        this.importer = new ImportService(contactRepository, interactionRepository, settingsRepository,
                askRepository, planRepository, introductionRepository, settings::reload, database, notifier, this::messages, clock, SourceText.DEFAULT_MAX_BYTES);
        this.jsonBackup = new JsonBackup(contactRepository, interactionRepository, settingsRepository,
                askRepository, planRepository, introductionRepository);
        this.exporter = new ExportService(contacts, planner, jsonBackup, this::messages, clock);
        this.personalData = new PersonalDataService(contacts, jsonBackup, planRepository, database);
    }

    /**
     * Opens Orbit on a data directory.
     *
     * @throws app.orbit.domain.OrbitException with a user-facing message when the directory is
     *     in use, unusable, damaged or from a newer Orbit
     */
    public static Orbit open(Path dataDirectory, Clock clock) {
        Database database = Database.open(dataDirectory);
        return new Orbit(dataDirectory, clock, database);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    public Clock clock() {
        return clock;
    }

    public ChangeNotifier notifier() {
        return notifier;
    }

    public SettingsService settings() {
        return settings;
    }

    public ContactService contacts() {
        return contacts;
    }

    public InteractionService interactions() {
        return interactions;
    }

    public DueListService dueList() {
        return dueList;
    }

    public SampleNetwork sampleNetwork() {
        return sampleNetwork;
    }

    /** The weekly reconnect plan: open, refresh, snooze, skip, undo, history. */
    public ReconnectPlanner planner() {
        return planner;
    }

    /** My asks: edit, check, compose, and the one that suits a contact. */
    public AskService asks() {
        return asks;
    }

    /** What the user gave, asked and received, per contact. */
    public ReciprocityService reciprocity() {
        return reciprocity;
    }

    /** The gesture that suits a contact, and why. */
    public GestureAdvisor gestures() {
        return gestures;
    }

    /** Logging introductions, so a pair is never suggested twice. */
    public IntroductionService introductions() {
        return introductions;
    }

    public QuickLogService quickLog() {
        return quickLog;
    }

    /** Imports files: preview first, then apply in one transaction. */
    public ImportService importer() {
        return importer;
    }

    /** Exports to JSON, vCard, CSV and calendars. */
    public ExportService exporter() {
        return exporter;
    }

    /** One person's data: export it, or erase it for good. */
    public PersonalDataService personalData() {
        return personalData;
    }

    /** The user's language for text Orbit writes into data and files (settings, else the system's). */
    public Messages messages() {
        Settings.Language language = settings.current().language();
        return new Messages(switch (language) {
            case EN -> Locale.ENGLISH;
            case FR -> Locale.FRENCH;
            case SYSTEM -> Locale.getDefault();
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
