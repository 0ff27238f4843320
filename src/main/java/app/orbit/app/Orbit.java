package app.orbit.app;

import app.orbit.domain.OrbitException;
import app.orbit.exchange.ExportService;
import app.orbit.exchange.IcsCalendarFeed;
import app.orbit.exchange.ImportService;
import app.orbit.exchange.JsonBackup;
import app.orbit.exchange.PersonalDataService;
import app.orbit.exchange.SourceText;
import app.orbit.service.AskService;
import app.orbit.service.Backup;
import app.orbit.service.BackupService;
import app.orbit.service.CalendarService;
import app.orbit.service.ChangeNotifier;
import app.orbit.service.ContactService;
import app.orbit.service.DueListService;
import app.orbit.service.GestureAdvisor;
import app.orbit.service.InteractionService;
import app.orbit.service.IntroductionService;
import app.orbit.service.IntroductionSuggestions;
import app.orbit.service.Log;
import app.orbit.service.Messages;
import app.orbit.service.PlanCompletion;
import app.orbit.service.QuickLogService;
import app.orbit.service.ReciprocityService;
import app.orbit.service.PlanService;
import app.orbit.service.Settings;
import app.orbit.service.SampleNetwork;
import app.orbit.service.SettingsService;
import app.orbit.store.BackupFiles;
import app.orbit.service.EncryptionChange;
import app.orbit.store.DataDirLock;
import app.orbit.store.Database;
import app.orbit.store.Store;
import app.orbit.store.PostgresStore;
import app.orbit.store.StoreAddress;
import app.orbit.store.DatabaseKey;
import app.orbit.store.Encryption;
import app.orbit.store.KeyDerivation;
import app.orbit.store.PassphraseSource;
import app.orbit.store.JdbcAskRepository;
import app.orbit.store.JdbcCalendarRepository;
import app.orbit.store.JdbcContactRepository;
import app.orbit.store.JdbcInteractionRepository;
import app.orbit.store.JdbcIntroductionRepository;
import app.orbit.store.JdbcNetworkQueries;
import app.orbit.store.JdbcPlanRepository;
import app.orbit.store.JdbcSettingsRepository;
import app.orbit.store.OwnerOnly;
import app.orbit.store.PersonalSettingsFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The composition root: opens the database in a data directory and builds every service, in
 * order, once. Window and command line both start here. Closing it closes the database.
 */
public final class Orbit implements AutoCloseable {

    private static final Log LOG = Log.of(Orbit.class);

    private final Path dataDirectory;
    private final Clock clock;
    /** H2's file on this computer; null when Orbit runs on a shared server ({@link #openShared}). */
    private final Database database;
    /** Where the repositories read and write: {@link #database}, or the shared server. */
    private final Store store;
    private final ChangeNotifier notifier;
    private final SettingsService settings;
    private final ContactService contacts;
    private final InteractionService interactions;
    private final DueListService dueList;
    private final SampleNetwork sampleNetwork;
    private final BackupService backups;
    private final AskService asks;
    private final ReciprocityService reciprocity;
    private final GestureAdvisor gestures;
    private final IntroductionService introductions;
    private final IntroductionSuggestions suggestions;
    private final PlanService planner;
    private final QuickLogService quickLog;
    private final ImportService importer;
    private final JsonBackup jsonBackup;
    private final ExportService exporter;
    private final PersonalDataService personalData;
    private final CalendarService calendar;
    private final OrbitException notice;

    /** The shared server's address as given ({@link #openShared}); null on a data directory's own database. */
    private final String server;

    private Orbit(Path dataDirectory, Clock clock, Database database, OrbitException notice) {
        this(dataDirectory, clock, database, database, notice, null);
    }

    private Orbit(Path dataDirectory, Clock clock, Store store, Database database, OrbitException notice,
                  String server) {
        this.dataDirectory = dataDirectory;
        this.server = server;
        this.clock = clock;
        this.database = database;
        this.store = store;
        this.notice = notice;
        if (database != null) {
            database.onDamage(this::damagedNow);
        }
        this.notifier = new ChangeNotifier(store);
        JdbcContactRepository contactRepository = new JdbcContactRepository(store);
        JdbcInteractionRepository interactionRepository = new JdbcInteractionRepository(store);
        JdbcSettingsRepository settingsRepository = new JdbcSettingsRepository(store);
        // Who is at this computer, and their own settings, stay on it: the database may be shared (decision 0016).
        this.settings = new SettingsService(settingsRepository, new PersonalSettingsFile(dataDirectory),
                System.getProperty("user.name"), notifier);
        JdbcNetworkQueries networkQueries = new JdbcNetworkQueries(store);
        this.contacts = new ContactService(contactRepository, interactionRepository, networkQueries, store,
                settings::current, notifier, clock);
        JdbcPlanRepository planRepository = new JdbcPlanRepository(store);
        JdbcIntroductionRepository introductionRepository = new JdbcIntroductionRepository(store);
        this.interactions = new InteractionService(interactionRepository, contactRepository, store, notifier, clock,
                new PlanCompletion(planRepository, introductionRepository, clock), settings);
        this.dueList = new DueListService(contactRepository, settings::current, clock);
        JdbcAskRepository askRepository = new JdbcAskRepository(store);
        this.asks = new AskService(askRepository, contactRepository, store, notifier, settings, clock);
        this.sampleNetwork = new SampleNetwork(contacts, interactions, asks, store, clock);
        this.reciprocity = new ReciprocityService(networkQueries, clock);
        this.suggestions = new IntroductionSuggestions(networkQueries, introductionRepository, notifier);
        this.gestures = new GestureAdvisor(contactRepository, interactionRepository, introductionRepository,
                suggestions, clock);
        this.introductions = new IntroductionService(interactions, introductionRepository, suggestions, store,
                notifier, clock);
        this.planner = new PlanService(planRepository, contactRepository, networkQueries, gestures, asks,
                reciprocity, store, settings::current, settings, notifier, clock);
        this.quickLog = new QuickLogService(contacts, interactions, store);
        this.importer = new ImportService(contactRepository, interactionRepository, settingsRepository,
                askRepository, planRepository, introductionRepository, settings::reload, store, notifier,
                this::messages, clock, SourceText.DEFAULT_MAX_BYTES);
        this.jsonBackup = new JsonBackup(contactRepository, interactionRepository, settingsRepository,
                askRepository, planRepository, introductionRepository);
        this.exporter = new ExportService(contacts, planner, jsonBackup, this::messages, clock);
        this.personalData = new PersonalDataService(contacts, jsonBackup, planRepository, store, this::messages);
        this.backups = new BackupService(database == null ? new ServerBackups(dataDirectory.resolve("backups"), exporter)
                : BackupFiles.online(database), clock);
        this.calendar = new CalendarService(new JdbcCalendarRepository(store), contactRepository, interactions,
                new IcsCalendarFeed(), store, notifier, settings, clock);
    }

    /**
     * Opens Orbit on a data directory.
     *
     * @throws app.orbit.domain.OrbitException with a user-facing message when the directory is
     *     in use, unusable, damaged or from a newer Orbit
     */
    public static Orbit open(Path dataDirectory, Clock clock) {
        return open(dataDirectory, clock, false);
    }

    /**
     * Opens Orbit on a data directory, read-only when asked ({@code --read-only}) or when the
     * directory cannot be written to (checked by creating a file in it: permission bits alone do
     * not stop root). Read-only, every change is refused and {@link #notice()} says why.
     */
    public static Orbit open(Path dataDirectory, Clock clock, boolean readOnlyAsked) {
        return open(dataDirectory, clock, readOnlyAsked, PassphraseSource.NONE);
    }

    /**
     * Opens Orbit, asking {@code passphrase} for the passphrase when the database is encrypted
     * (docs/decisions/0013-encryption-at-rest.md).
     *
     * @throws OrbitException also {@code error.passphrase.wrong}, with every file left as it was,
     *     and {@code error.passphrase.needed} from a source that has none
     */
    public static Orbit open(Path dataDirectory, Clock clock, boolean readOnlyAsked, PassphraseSource passphrase) {
        boolean writable = DataDirectory.writable(dataDirectory);
        boolean readOnly = readOnlyAsked || !writable;
        OrbitException notice = !readOnly ? null : writable
                ? new OrbitException("notice.readOnly.asked", dataDirectory.toAbsolutePath())
                : new OrbitException("notice.readOnly.notWritable", dataDirectory.toAbsolutePath());
        if (!Database.exists(dataDirectory)) {
            // Backups but no database: the file went missing. Starting empty would hide that.
            Optional<Backup> latest = lastGoodBackup(dataDirectory);
            if (latest.isPresent()) {
                throw new OrbitException("backup.missing", Database.databaseFile(dataDirectory).toAbsolutePath(),
                        latest.get().fileName(), day(latest.get(), clock));
            }
        }
        Database database;
        try {
            database = Database.open(dataDirectory, passphrase,
                    BackupFiles.beforeMigration(dataDirectory, clock::instant), readOnly);
        } catch (OrbitException e) {
            throw offeringLatestBackup(e, dataDirectory, clock);
        }
        Orbit orbit = new Orbit(dataDirectory, clock, database, notice);
        if (!readOnly) {
            BackupFiles.removeLeftovers(dataDirectory);
        }
        return orbit;
    }

    /**
     * Holds back the week's plan's reading of the network's offers on a thread of its own until
     * {@code start} completes: the window completes it once it is shown.
     */
    public void holdReadingAheadUntil(java.util.concurrent.CompletableFuture<?> start) {
        suggestions.holdAheadUntil(start);
    }

    /** Why this Orbit is read-only (a message to show once, in the window and on the command line), if it is. */
    public Optional<OrbitException> notice() {
        return Optional.ofNullable(notice);
    }

    /**
     * Reads the whole database and checks every row's text against its check value
     * (docs/decisions/0011-damage-detection.md). Damage found stops writes; the exception names
     * the last good backup. The window runs it on its worker after the daily backup.
     *
     * @throws OrbitException {@code backup.damagedNow} or {@code error.database.damagedNow}
     */
    public void verify() {
        if (database == null) {
            return; // A server checks its own pages (docs/decisions/0015).
        }
        if (database.damaged()) {
            throw damagedNow(null);
        }
        long start = System.nanoTime();
        var report = database.verify();
        LOG.info("Verified the database in {} ms: {}", (System.nanoTime() - start) / 1_000_000, report.summary());
    }

    /** Damage found while Orbit runs: writes have stopped; the message offers the last good backup. */
    private OrbitException damagedNow(Throwable cause) {
        Path file = Database.databaseFile(dataDirectory).toAbsolutePath();
        return lastGoodBackup(dataDirectory).<OrbitException>map(b -> new OrbitException(cause, "backup.damagedNow",
                file, b.fileName(), day(b, clock))).orElseGet(() -> new OrbitException(cause,
                "error.database.damagedNow", file));
    }

    /**
     * The start-up backup: taken when none was taken today (and the database was not just
     * created), then old backups are rotated out. Front ends call it once after opening — the
     * window on its worker right after it is shown, so a large database's backup does not delay
     * the first window; the command line after its command ({@link #closeWithDailyBackup}). Never throws: a failed backup must
     * not keep the user out of their data, it is logged and retried at the next start.
     */
    public Optional<Backup> dailyBackup() {
        if (database == null) {
            return backupIfDueQuietly();
        }
        if (database.createdNow() || database.readOnly() || database.damaged()) {
            return Optional.empty();
        }
        try {
            return backups.backupIfDue();
        } catch (OrbitException e) {
            LOG.warn("The daily backup failed", e);
            return Optional.empty();
        }
    }

    /** A shared database's daily JSON backup on this computer (written while the server is still open). */
    private Optional<Backup> backupIfDueQuietly() {
        try {
            return backups.backupIfDue();
        } catch (OrbitException e) {
            LOG.warn("The daily backup failed", e);
            return Optional.empty();
        }
    }

    /**
     * Closes Orbit, then takes the start-up backup if one is due: how a command ends. The command
     * never waits for it (its output is out), and the backup zips the file as the close left it,
     * compacted when it was mostly garbage — live data, not the garbage a long session wrote.
     */
    public Optional<Backup> closeWithDailyBackup() {
        // Nothing to back up in a new database; nothing may be written next to a read-only or damaged
        // one. A shared database's JSON backup is read from the server, so before closing.
        if (database == null) {
            Optional<Backup> taken = backupIfDueQuietly();
            close();
            return taken;
        }
        boolean skip = database.createdNow() || database.readOnly() || database.damaged();
        close();
        if (skip) {
            return Optional.empty();
        }
        try {
            return offline(dataDirectory, clock, database.key(), BackupService::backupIfDue);
        } catch (OrbitException e) {
            LOG.warn("The daily backup failed", e);
            return Optional.empty();
        }
    }

    /**
     * Rewrites the database file with only its live data now (the file is otherwise compacted on
     * its own when mostly garbage: after imports, every hundred commits, at close). For the
     * benchmark and the crash harness; returns false when called inside a transaction.
     */
    public boolean compactNow() {
        return database != null && database.compactNow();
    }

    /** A damaged database gets a message naming the latest backup, when there is one. */
    private static OrbitException offeringLatestBackup(OrbitException e, Path dataDirectory, Clock clock) {
        if (!e.key().equals("error.database.damaged")) {
            return e;
        }
        Optional<Backup> latest = lastGoodBackup(dataDirectory);
        return latest.<OrbitException>map(b -> new OrbitException(e, "backup.damaged",
                Database.databaseFile(dataDirectory).toAbsolutePath(), b.fileName(), day(b, clock))).orElse(e);
    }

    private static LocalDate day(Backup b, Clock clock) {
        return LocalDate.ofInstant(b.takenAt(), clock.getZone());
    }

    /** The newest backup in a data directory, readable even when Orbit cannot open. */
    public static Optional<Backup> latestBackup(Path dataDirectory) {
        List<Backup> all = BackupFiles.listIn(dataDirectory);
        return all.stream().findFirst();
    }

    /**
     * The backup to offer when the database is damaged or missing: the newest one verified good
     * ({@link Backup#lastGood}), readable even when Orbit cannot open.
     */
    public static Optional<Backup> lastGoodBackup(Path dataDirectory) {
        return Backup.lastGood(BackupFiles.listIn(dataDirectory));
    }

    /**
     * Runs work with the backup service of a closed data directory, which it locks meanwhile:
     * how {@code orbit restore} restores, even when the database cannot be opened.
     *
     * @throws OrbitException {@code error.dataDir.inUse} when an Orbit has it open
     */
    public static <T> T offline(Path dataDirectory, Clock clock, Function<BackupService, T> work) {
        return offline(dataDirectory, clock, DatabaseKey.NONE, work);
    }

    /**
     * Runs work with the backup service of a closed data directory whose files are encrypted,
     * asking the passphrase only when they are.
     */
    public static <T> T offline(Path dataDirectory, Clock clock, PassphraseSource passphrase,
                                Function<BackupService, T> work) {
        if (!Encryption.encrypted(dataDirectory)) {
            return offline(dataDirectory, clock, DatabaseKey.NONE, work);
        }
        return offline(dataDirectory, clock, passphrase.unlock(dataDirectory), work);
    }

    private static <T> T offline(Path dataDirectory, Clock clock, DatabaseKey key, Function<BackupService, T> work) {
        try (DataDirLock lock = DataDirLock.acquire(dataDirectory)) {
            Encryption.finishInterrupted(dataDirectory);
            BackupFiles.removeLeftovers(dataDirectory);
            return work.apply(new BackupService(BackupFiles.offline(dataDirectory, lock, key), clock));
        }
    }

    /**
     * Opens Orbit on a shared PostgreSQL database ({@code postgresql://[user@]host[:port]/database},
     * the password from ~/.pgpass): the same services on the server's tables, migrated first. The
     * local data directory keeps only this computer's JSON backups of it (the server's operator
     * backs the server up): no file lock, no encryption at rest (the server's).
     *
     * @throws OrbitException {@code migrateTo.badAddress}, {@code migrateTo.passwordInAddress},
     *     {@code migrateTo.unreachable}
     */
    public static Orbit openShared(String address, Path localDirectory, Clock clock) {
        Store store = StoreAddress.open(address);
        if (store instanceof Database local) {
            return new Orbit(local.directory(), clock, local, local, null, null);
        }
        return new Orbit(localDirectory, clock, store, null, null, address);
    }

    /**
     * On a shared server, follows the other clients' writes from now on: their changes reach this
     * Orbit's search and, through the change notifier, its open screens (the window calls it; a
     * command, which ends at once, does not). Settings are read again too. Nothing on H2.
     */
    public void followOtherClients() {
        if (store instanceof PostgresStore shared) {
            shared.followOtherClients(settings::reload);
        }
    }

    /** Whether the database in a data directory is encrypted (then it opens only with its passphrase). */
    public static boolean encrypted(Path dataDirectory) {
        return Encryption.encrypted(dataDirectory);
    }

    /** Whether this Orbit's database is encrypted: exports then say that they are plain text. */
    public boolean encrypted() {
        return database != null && database.encrypted();
    }

    /**
     * Encrypts the database of a closed data directory and every backup with a key derived from the
     * passphrase (Argon2id, 64 MiB, passes calibrated to about half a second on this computer).
     *
     * @throws OrbitException {@code error.encryption.already}, {@code error.passphrase.short},
     *     {@code error.dataDir.inUse}, {@code error.encryption.failed} (nothing changed)
     */
    public static EncryptionChange encrypt(Path dataDirectory, char[] passphrase) {
        Encryption.checkNewPassphrase(passphrase);
        try (DataDirLock lock = DataDirLock.acquire(dataDirectory)) {
            refuseDamaged(dataDirectory);
            if (Encryption.encrypted(dataDirectory)) {
                throw new OrbitException("error.encryption.already", dataDirectory.toAbsolutePath());
            }
            return Encryption.encrypt(dataDirectory, lock, passphrase, KeyDerivation.calibrate());
        }
    }

    /** Changes the passphrase of an encrypted data directory (closed): a new salt and key for every file. */
    public static EncryptionChange changePassphrase(Path dataDirectory, char[] current, char[] next) {
        Encryption.checkNewPassphrase(next);
        try (DataDirLock lock = DataDirLock.acquire(dataDirectory)) {
            refuseDamaged(dataDirectory);
            DatabaseKey key = unlockEncrypted(dataDirectory, current);
            return Encryption.change(dataDirectory, lock, key, next, KeyDerivation.calibrate());
        }
    }

    /** Decrypts an encrypted data directory (closed): the database and its backups become plain files again. */
    /**
     * {@code orbit migrate-to}: copies the data directory's network into the empty store at
     * {@code target} ({@code postgresql://…} or {@code h2:DIR}), all or nothing; this directory
     * is only read. Returns the rows copied per table.
     */
    public static java.util.Map<String, Long> migrateTo(Path dataDirectory, String target, PassphraseSource passphrase) {
        if (!Database.exists(dataDirectory)) {
            throw new OrbitException("error.encryption.noDatabase", dataDirectory.toAbsolutePath());
        }
        try (Database source = Database.open(dataDirectory, passphrase, Database.Migrations.NONE, true);
             Store to = StoreAddress.open(target)) {
            return app.orbit.store.TableCopy.copy(source, to);
        }
    }

    public static EncryptionChange decrypt(Path dataDirectory, char[] current) {
        try (DataDirLock lock = DataDirLock.acquire(dataDirectory)) {
            refuseDamaged(dataDirectory);
            return Encryption.decrypt(dataDirectory, lock, unlockEncrypted(dataDirectory, current));
        }
    }

    /**
     * The key of an encrypted data directory from its passphrase (half a second of Argon2id); reads
     * only. The window derives it once and opens with it, and keeps it for a restore at start-up.
     *
     * @throws OrbitException {@code error.passphrase.wrong}
     */
    public static DatabaseKey unlock(Path dataDirectory, char[] passphrase) {
        return Encryption.unlock(dataDirectory, passphrase);
    }

    /** Checks that this is the passphrase of this Orbit's (open) database, before it is closed to be rewritten. */
    public void checkPassphrase(char[] passphrase) {
        Encryption.unlock(dataDirectory, passphrase);
    }

    /** Checks that a passphrase is long enough to encrypt with. */
    public static void checkNewPassphrase(char[] passphrase) {
        Encryption.checkNewPassphrase(passphrase);
    }

    private static DatabaseKey unlockEncrypted(Path dataDirectory, char[] passphrase) {
        Encryption.finishInterrupted(dataDirectory);
        if (!Database.exists(dataDirectory)) {
            throw new OrbitException("error.encryption.noDatabase", dataDirectory.toAbsolutePath());
        }
        if (!Encryption.encrypted(dataDirectory)) {
            throw new OrbitException("error.encryption.notEncrypted", dataDirectory.toAbsolutePath());
        }
        return Encryption.unlock(dataDirectory, passphrase);
    }

    /** A damaged database is not rewritten under a new key: it is restored first. */
    private static void refuseDamaged(Path dataDirectory) {
        if (Files.exists(dataDirectory.resolve(Database.DAMAGE_MARKER))) {
            throw new OrbitException("error.database.damaged", Database.databaseFile(dataDirectory).toAbsolutePath());
        }
        if (!Database.exists(dataDirectory)) {
            throw new OrbitException("error.encryption.noDatabase", dataDirectory.toAbsolutePath());
        }
    }

    /**
     * Restores a backup from a running Orbit (the Settings screen): closes this Orbit, backs the
     * current database up, puts the backup in its place and opens it again. The returned Orbit
     * replaces this one, whose services must no longer be used. When the restore fails the
     * database is left as it was, closed: the caller opens it again with {@link #open}.
     */
    public Orbit restore(Backup backup) {
        if (database == null) {
            throw new OrbitException("backup.onServer");
        }
        DatabaseKey key = database.key();
        close();
        try {
            offline(dataDirectory, clock, key, b -> b.restore(backup));
        } catch (OrbitException e) {
            LOG.warn("Restore from {} failed", backup.fileName(), e);
            throw e;
        }
        return open(dataDirectory, clock, false, key);
    }

    /** Opens again with the key this Orbit already holds (after a restore: the backups share the database's key). */
    private static Orbit open(Path dataDirectory, Clock clock, boolean readOnly, DatabaseKey key) {
        return open(dataDirectory, clock, readOnly, key.encrypted() ? PassphraseSource.unlocked(key)
                : PassphraseSource.NONE);
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The shared server this Orbit runs on, as its address was given; empty on this computer's database. */
    public Optional<String> server() {
        return Optional.ofNullable(server);
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

    /** Backups of this (open) database; restoring goes through {@link #restore(Backup)}. */
    public BackupService backups() {
        return backups;
    }

    /** The weekly reconnect plan: open, refresh, snooze, skip, undo, history. */
    public PlanService planner() {
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

    /** Meetings read from the user's calendars, proposed as interactions to log. */
    public CalendarService calendar() {
        return calendar;
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

    /** Whether changes are refused: the database was opened read-only, or damage was found in it. */
    public boolean readOnly() {
        return database != null && (database.readOnly() || database.damaged());
    }

    @Override
    public void close() {
        store.close();
        if (database != null && !database.readOnly()) {
            // Files a backup created since start-up become owner-only too.
            OwnerOnly.tree(dataDirectory);
        }
    }
}
