package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Log;
import app.orbit.service.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStore;

/**
 * Orbit's embedded H2 database in a data directory: locked against a second Orbit, migrated by
 * Flyway, opened with WRITE_DELAY=0 so an acknowledged commit survives a killed process, with no
 * server, console or network listener. Also the {@link Transactions} of the application.
 */
public final class Database implements Store {

    static {
        H2Settings.beforeH2Loads(); // For the tests and benchmarks, which do not start in Main.
    }

    private static final Log LOG = Log.of(Database.class);
    /** Base name of the H2 files: orbit.mv.db. */
    public static final String FILE_NAME = "orbit";
    public static final String LOCK_FILE = "orbit.lock";
    /**
     * Left in the data directory when damage was found, so that the next start (a command, the
     * window) refuses to write to the file too, until a restore replaces it.
     */
    public static final String DAMAGE_MARKER = "orbit.damaged";
    static final String USER = "orbit";
    /** Smaller than H2's two 4 KiB file headers: not a database H2 could have written. */
    private static final long MIN_FILE_SIZE = 8192;

    /**
     * Commits between two looks at how much of the file is garbage (a look costs microseconds). A
     * hundred let the file pass 1.5× its data by up to 6 MB at 30,000 contacts.
     */
    private static final int COMPACTION_CHECK_EVERY = 20;

    private final Path directory;
    /**
     * Replaced after a compaction, and by a read-only one when damage is found; null when even
     * that could not open.
     */
    private volatile JdbcConnectionPool pool;
    /**
     * Transactions hold it shared; a compaction, which closes H2 for a moment to swap its file,
     * holds it alone; so does replacing the pool when damage is found, unless the thread that
     * found it is inside a transaction (then shared is enough to keep compactions out).
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private int commitsSinceCheck;
    private volatile boolean closed;
    private final DataDirLock lock;
    private final boolean createdNow;
    private final boolean readOnly;
    /** The file's key (H2's CIPHER=AES with a key derived from the passphrase), or none. */
    private final DatabaseKey key;
    /** The first damage found in this session; from then on no transaction may change anything. */
    private volatile Throwable damage;
    private volatile Function<Throwable, OrbitException> damageReport;
    private final TransactionScope scope = new TransactionScope();
    private final ContactSearchIndex searchIndex = new ContactSearchIndex(this);

    private Database(Path directory, DataDirLock lock, boolean createdNow, boolean readOnly, DatabaseKey key) {
        this.directory = directory;
        this.key = key;
        this.lock = lock;
        this.createdNow = createdNow;
        this.readOnly = readOnly;
        this.damageReport = cause -> new StoreException(cause, "error.database.damagedNow",
                databaseFile(directory).toAbsolutePath());
    }

    /** The JDBC URL of the database in a data directory. */
    public static String url(Path directory) {
        return url(directory, DatabaseKey.NONE);
    }

    /**
     * The URL of the database under a key: when there is one, the file is named under Orbit's
     * encrypted file system (H2's AES format, the JDK's AES; docs/decisions/0018-jce-aes.md).
     */
    static String url(Path directory, DatabaseKey key) {
        // WRITE_DELAY=0: commit to the file at once (H2's default waits 500 ms).
        // DB_CLOSE_ON_EXIT=FALSE: Orbit closes the database itself, after its last write.
        // TRACE_LEVEL_FILE=0: no orbit.trace.db, where H2 wrote SQL and stack traces on damage;
        // Orbit logs what it needs, without personal data (Integrity.forLog).
        return "jdbc:h2:" + key.h2Name(directory.toAbsolutePath().resolve(FILE_NAME))
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    }

    /**
     * The URL of a copy being written before it is renamed over the file (an import into an
     * empty Orbit, a migration, a new database): nothing in it needs to reach the disk before
     * its SHUTDOWN, which stores everything, so a commit does not store a chunk (a one-minute
     * write delay instead of none; H2 keeps it in the file, and {@link #url} sets it back to
     * none at the next open, FillTest checks). With a delay H2 also serializes the pages it
     * stores on a thread of its own, beside the one writing the rows (docs/benchmarks.md,
     * "Imports into an empty Orbit: H2's writes beside the rows").
     */
    static String stagingUrl(Path directory, DatabaseKey key) {
        return url(directory, key).replace(";WRITE_DELAY=0;", ";WRITE_DELAY=" + STAGING_WRITE_DELAY_MS + ";");
    }

    private static final int STAGING_WRITE_DELAY_MS = 60_000;

    /**
     * H2's page cache is 16 MB; while a copy is filled it gets 128 MB (an eighth of the heap when
     * that is less), which keeps the tables read while the indexes are built after the rows: H2
     * reads the whole table twice for each. Set on the store itself, so that nothing of it is
     * kept in the file.
     */
    private static void largerCacheWhileFilling(Connection c) throws SQLException {
        MVStore store = mvStore(c);
        if (store != null) {
            long kb = Math.max(16 * 1024, Math.min(128 * 1024, Runtime.getRuntime().maxMemory() / 8 / 1024));
            store.setCacheSize((int) kb);
        }
    }

    public static Path databaseFile(Path directory) {
        return directory.resolve(FILE_NAME + ".mv.db");
    }

    /**
     * Opens (creating if needed) the database in the directory and migrates it to the latest schema.
     *
     * @throws OrbitException {@code error.dataDir.inUse} when another Orbit has it open,
     *     {@code error.database.newer} when a newer Orbit wrote it, {@code error.database.damaged}
     *     when H2 cannot read it
     */
    public static Database open(Path directory) {
        return open(directory, Migrations.NONE);
    }

    /** Opens the database, calling {@code beforeMigrate} first when a migration is about to run. */
    public static Database open(Path directory, Migrations hook) {
        return open(directory, hook, false);
    }

    /**
     * Opens the database; read-only ({@code ACCESS_MODE_DATA=r}: H2 writes nothing, every change
     * is refused) when the data directory cannot be written to, or when asked.
     *
     * @throws OrbitException also {@code error.readOnly.empty} or {@code error.readOnly.upgrade}
     *     when a read-only database is missing or needs a migration it cannot get
     */
    public static Database open(Path directory, Migrations hook, boolean readOnly) {
        return open(directory, PassphraseSource.NONE, hook, readOnly);
    }

    /**
     * Opens the database, asking {@code passphrase} for the passphrase when the file is encrypted
     * (docs/decisions/0013-encryption-at-rest.md); a wrong one is refused before H2 reads the file.
     *
     * @throws OrbitException also {@code error.passphrase.wrong}, and what the source throws when
     *     it has no passphrase to give
     */
    public static Database open(Path directory, PassphraseSource passphrase, Migrations hook, boolean readOnly) {
        StoreWarmUp.await();
        DataDirLock lock = readOnly ? DataDirLock.acquireIfWritable(directory) : DataDirLock.acquire(directory);
        try {
            if (!readOnly) {
                // A change of encryption, a compaction or a migration cut short; a read-only open writes nothing.
                Encryption.finishInterrupted(directory);
                Compaction.removeLeftover(databaseFile(directory));
                removeUnfinishedMigration(directory);
                removeUnfinishedFill(directory);
            }
            DatabaseKey key = DatabaseKey.NONE;
            if (Encryption.encrypted(directory) && exists(directory)) {
                key = passphrase.unlock(directory);
            }
            String url = url(directory, key);
            boolean existed = exists(directory);
            if (existed) {
                checkReadable(directory, key);
                if (Files.exists(directory.resolve(DAMAGE_MARKER))) {
                    LOG.warn("The database was found damaged earlier ({}): not opening it", DAMAGE_MARKER);
                    throw new OrbitException("error.database.damaged", databaseFile(directory).toAbsolutePath());
                }
            }
            if (readOnly) {
                url = readOnlyChecks(directory, url, existed, key);
            } else {
                migrate(directory, url, hook, key);
            }
            Database db = new Database(directory, lock, !existed, readOnly, key);
            db.connect();
            if (!readOnly) {
                OwnerOnly.tree(directory);
            }
            return db;
        } catch (OrbitException e) {
            closeQuietly(lock);
            throw e;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(lock);
            LOG.warn("The database could not be opened", Integrity.forLog(e));
            throw new OrbitException(e, "error.database.damaged", databaseFile(directory).toAbsolutePath());
        }
    }

    /**
     * Opens H2 on the file: the keep-alive connection first, then the pool. Read-only
     * ({@code ACCESS_MODE_DATA=r}) when the database was opened so or damage was found.
     */
    private void connect() throws SQLException {
        connect(directory);
    }

    /** The same on the file in {@code dir}: this database's, or the copy {@link #fill} writes. */
    private void connect(Path dir) throws SQLException {
        connectTo(url(dir, key));
    }

    /** The same through a file's URL ({@link #url} or {@link #stagingUrl}). */
    private void connectTo(String fileUrl) throws SQLException {
        boolean writable = !readOnly && damage == null;
        String url = writable ? fileUrl : fileUrl + ";ACCESS_MODE_DATA=r";
        // Keep one connection open so the database stays open between uses. Not a pooled one: the
        // pool's close would roll back on the database SHUTDOWN just closed, and H2 would write
        // that failure to a trace file in the data directory.
        Connection alive = h2(url, key);
        if (writable) {
            appendOnly(alive);
        }
        keepAlive = alive;
        JdbcConnectionPool p = JdbcConnectionPool.create(url, USER, key.jdbcPassword());
        p.setMaxConnections(8);
        pool = p;
    }

    /** A read-only database must exist and be at this Orbit's schema: it cannot be created or migrated. */
    private static String readOnlyChecks(Path directory, String url, boolean existed, DatabaseKey key)
            throws SQLException {
        if (!existed) {
            throw new OrbitException("error.readOnly.empty", directory.toAbsolutePath());
        }
        String readOnlyUrl = url + ";ACCESS_MODE_DATA=r";
        int applied = SchemaStamp.matches(directory, SCHEMA_VERSION) ? SCHEMA_VERSION
                : appliedCleanly(readOnlyUrl, key);
        if (applied > SCHEMA_VERSION) {
            throw new OrbitException("error.database.newer", databaseFile(directory).toAbsolutePath());
        }
        if (applied != SCHEMA_VERSION) {
            throw new OrbitException("error.readOnly.upgrade", directory.toAbsolutePath());
        }
        return readOnlyUrl;
    }

    /**
     * H2 quietly starts an empty store in a file too short to hold its header, which would look
     * like a fresh Orbit with everything gone: such a file is damaged, not new.
     */
    private static void checkReadable(Path directory, DatabaseKey key) {
        Path file = databaseFile(directory);
        try {
            long size = Files.size(file);
            // An encrypted file is read through its decryption: H2's header is inside.
            if (size < MIN_FILE_SIZE || endsBeforeItsLastChunk(Encryption.head(file, key, 256),
                    Encryption.size(file, key))) {
                throw new OrbitException("error.database.damaged", file.toAbsolutePath());
            }
        } catch (IOException e) {
            throw new OrbitException(e, "error.database.damaged", file.toAbsolutePath());
        }
    }

    /**
     * Whether the file is shorter than the chunk its header names as the latest. H2 writes new
     * data at the end of the file ({@link #appendOnly}), so a file cut short still holds older
     * complete states, which H2 would open as if nothing were missing; the header, written after
     * the chunk it names, tells that it was cut.
     */
    static boolean endsBeforeItsLastChunk(Path file, long size) throws IOException {
        return endsBeforeItsLastChunk(Encryption.head(file, DatabaseKey.NONE, 256), size);
    }

    private static boolean endsBeforeItsLastChunk(byte[] head, long size) {
        String header = new String(head, StandardCharsets.ISO_8859_1);
        if (!header.startsWith("H:2,")) {
            return false; // Not a header H2 2.x would read: opening reports it.
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : header.split("[,\\x00]")) {
            int colon = field.indexOf(':');
            if (colon > 0) {
                fields.put(field.substring(0, colon), field.substring(colon + 1));
            }
        }
        try {
            long block = Long.parseLong(fields.getOrDefault("block", "0"), 16);
            long blockSize = Long.parseLong(fields.getOrDefault("blockSize", "1000"), 16);
            return block > 0 && (block + 1) * blockSize > size;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Has H2 write new data at the end of the file instead of into space freed earlier. With
     * reuse (H2's default), a process killed while writing could come back without commits that
     * had returned: on a copy of the 30,000-contact network, 21 of 1,811 acknowledged logged
     * interactions over 25 kills; 0 of 1,669 with this (docs/reliability.md). A setting of the
     * open store (every connection shares it), not of the file: set at every open.
     */
    private static void appendOnly(Connection c) throws SQLException {
        MVStore store = mvStore(c);
        if (store != null) {
            store.setReuseSpace(false);
        }
    }

    private static MVStore mvStore(Connection c) throws SQLException {
        Session session = c.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.getDatabase().getStore() != null) {
            return local.getDatabase().getStore().getMvStore();
        }
        return null;
    }

    /** How big the file is and how much of it is live data. */
    Compaction.FileStats fileStats() {
        try {
            MVStore store = mvStore(keepAlive);
            if (store == null || store.isClosed()) {
                return new Compaction.FileStats(0, 1);
            }
            return Compaction.FileStats.of(store);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Rewrites the file with only its live data when it has grown past {@link Compaction#TRIGGER_RATIO}
     * times that (an import, months of logging): H2 is closed for the moment of the swap, the
     * transactions of other threads wait for it. Returns whether it compacted. Skipped (false)
     * when called inside a transaction.
     */
    @Override
    public boolean compactIfWasteful() {
        return compact(true);
    }

    /** Compacts the file now, however little garbage it holds (tests, the benchmark, the crash harness). */
    public boolean compactNow() {
        return compact(false);
    }

    private boolean compact(boolean onlyIfWasteful) {
        if (readOnly || damage != null || scope.current() != null || gate.getReadHoldCount() > 0) {
            return false; // A read-only or damaged file is never rewritten.
        }
        gate.writeLock().lock();
        try {
            if (closed || damage != null || keepAlive == null || onlyIfWasteful && !fileStats().wasteful()) {
                return false; // Closed, damaged meanwhile, or not worth it.
            }
            shutdown("SHUTDOWN");
            try {
                Compaction.compact(databaseFile(directory), key);
            } catch (IOException | RuntimeException e) {
                // The old file is whole (the swap is atomic): carry on with it.
                LOG.warn("Compaction failed, the database file stays as it was: {}", e.toString());
            }
            try {
                connect();
            } catch (SQLException e) {
                throw new StoreException(e);
            }
            return true;
        } finally {
            gate.writeLock().unlock();
        }
    }

    /** The folder where {@link #fill} writes a new file; removed at the next open when a kill left it. */
    public static final String FILLING = "fill.part";

    /** The connection {@link #fill}'s rows are written through, while they are; null otherwise. */
    private volatile Connection filling;

    /**
     * Into an empty database, the rows are written into a copy of the file with its secondary
     * indexes and foreign keys dropped, which are then built once over all the rows (H2 sorts
     * instead of inserting into seven B-trees row by row), with a commit every batch
     * ({@link #checkpoint}); {@code afterRows} runs there with the indexes back, and the copy is
     * renamed over the file in one atomic step, as a compaction does. A kill or a failure at any
     * moment leaves the old file (empty) or the new one, each whole. Other threads' transactions
     * wait meanwhile. Anywhere else (rows there already, read-only, damaged, inside a
     * transaction), one plain transaction.
     */
    @Override
    public <T> T fill(Supplier<T> rows, java.util.function.Consumer<T> afterRows) {
        if (!readOnly && damage == null && scope.current() == null && gate.getReadHoldCount() == 0) {
            gate.writeLock().lock();
            try {
                if (!closed && damage == null && keepAlive != null && holdsNoContact()) {
                    return fillANewFile(rows, afterRows);
                }
            } finally {
                gate.writeLock().unlock();
            }
        }
        return Store.super.fill(rows, afterRows);
    }

    /**
     * {@link #fill} commits at each checkpoint (a hundredth of the rows). The copy's commits store
     * nothing (its write delay), and H2 keeps a transaction's undo log until it commits: with a
     * commit every eighth checkpoint, the undo log's pages were written into the file beside the
     * rows, which took 1.3 to 3.5 s of the 30,000-contact backup's 18 to 19 s and left the file
     * 2.4 times its data, to be compacted (docs/benchmarks.md).
     */
    @Override
    public void checkpoint() {
        Connection c = filling;
        if (c != null && c == scope.current()) {
            try {
                c.commit();
            } catch (SQLException e) {
                throw translate(e);
            }
        }
    }

    /** The fill's second connection and thread ({@link #beside}); null outside a fill. */
    private volatile FillBeside besideTheFill;

    @Override
    public void beside(Connection conn, SqlWork<?> work) throws SQLException {
        FillBeside b = besideTheFill;
        if (b == null || conn == null || conn != filling) {
            work.apply(conn);
        } else {
            b.submit(work);
        }
    }

    /** The next key of each table whose rows the fill numbers itself ({@link #keysAhead}); only its thread uses it. */
    private final Map<String, Long> fillKeys = new java.util.LinkedHashMap<>();

    @Override
    public long keysAhead(Connection conn, String table, int count) {
        if (conn == null || conn != filling) {
            return -1;
        }
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException(table);
        }
        Long next = fillKeys.get(table);
        if (next == null) {
            // After every key the table's identity gave, and every key in it (none, in a new file).
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("SELECT GREATEST(IDENTITY_BASE, (SELECT COALESCE(MAX(id), 0) + 1 FROM "
                         + table + ")) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = '"
                         + table.toUpperCase(Locale.ROOT) + "' AND COLUMN_NAME = 'ID'")) {
                if (!rs.next()) {
                    throw new IllegalArgumentException(table + " has no id column");
                }
                next = rs.getLong(1);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        fillKeys.put(table, next + count);
        return next;
    }

    /** The identity of each table the fill numbered goes on after the keys it gave. */
    private void restartKeysAfterTheFill() throws SQLException {
        try (Statement st = keepAlive.createStatement()) {
            for (Map.Entry<String, Long> e : fillKeys.entrySet()) {
                st.execute("ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + e.getValue());
            }
        }
        fillKeys.clear();
    }

    private boolean holdsNoContact() {
        try (Statement st = keepAlive.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM contact) AND NOT EXISTS "
                     + "(SELECT 1 FROM interaction)")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private <T> T fillANewFile(Supplier<T> rows, java.util.function.Consumer<T> afterRows) {
        long start = System.nanoTime();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long startCpu = threads.getCurrentThreadCpuTime();
        Path staging = directory.resolve(FILLING);
        Path copy = databaseFile(staging);
        shutdown("SHUTDOWN");
        boolean swapped = false;
        try {
            deleteTree(staging);
            OwnerOnly.directory(staging);
            Files.copy(databaseFile(directory), copy);
            connectTo(stagingUrl(staging, key));
            largerCacheWhileFilling(keepAlive);
            List<String> rebuild = SecondaryIndexes.drop(keepAlive);
            T result;
            try (Connection c = borrow()) {
                besideTheFill = new FillBeside(h2(stagingUrl(staging, key), key));
                filling = c;
                result = transaction(c, rows);
                besideTheFill.drain();
            } finally {
                filling = null;
            }
            restartKeysAfterTheFill();
            long rowsDone = System.nanoTime();
            long rowsCpu = threads.getCurrentThreadCpuTime();
            // The keys' checks read beside the index builds.
            SecondaryIndexes.create(keepAlive, rebuild, besideTheFill);
            besideTheFill.finish();
            besideTheFill.close(); // Before the copy's SHUTDOWN.
            besideTheFill = null;
            long indexed = System.nanoTime();
            long indexedCpu = threads.getCurrentThreadCpuTime();
            transaction(() -> {
                afterRows.accept(result);
                return null;
            });
            shutdown("SHUTDOWN");
            OwnerOnly.file(copy);
            Durably.move(copy, databaseFile(directory));
            swapped = true;
            // This thread's CPU beside each wall time: on a shared machine only the CPU compares (docs/benchmarks.md).
            LOG.info("Filled a new file in {} ms: rows {} ms (CPU {} ms), indexes {} ms (CPU {} ms), the rest {} ms",
                    (System.nanoTime() - start) / 1_000_000, (rowsDone - start) / 1_000_000,
                    (rowsCpu - startCpu) / 1_000_000, (indexed - rowsDone) / 1_000_000,
                    (indexedCpu - rowsCpu) / 1_000_000, (System.nanoTime() - indexed) / 1_000_000);
            return result;
        } catch (IOException | SQLException e) {
            throw translate(e);
        } finally {
            fillKeys.clear();
            if (besideTheFill != null) {
                besideTheFill.close();
                besideTheFill = null;
            }
            if (!swapped) {
                shutdown("SHUTDOWN IMMEDIATELY"); // The copy, when it was open: dropped below.
            }
            try {
                deleteTree(staging);
            } catch (IOException e) {
                LOG.warn("Could not remove the copy an import was written into: {}", e.getMessage());
            }
            try {
                connect(); // The new file, or the old one as it was.
            } catch (SQLException e) {
                throw translate(e);
            }
        }
    }

    private static void removeUnfinishedFill(Path directory) {
        try {
            if (Files.exists(directory.resolve(FILLING))) {
                deleteTree(directory.resolve(FILLING));
                LOG.info("Removed an unfinished import's copy");
            }
        } catch (IOException e) {
            LOG.warn("Could not remove an unfinished import's copy: {}", e.getMessage());
        }
    }

    /** Every {@link #COMPACTION_CHECK_EVERY} commits, a look at the garbage in the file. */
    private void checkGarbage() {
        if (readOnly || damage != null) {
            return;
        }
        boolean due;
        synchronized (gate) {
            due = ++commitsSinceCheck >= COMPACTION_CHECK_EVERY;
            if (due) {
                commitsSinceCheck = 0;
            }
        }
        if (due) {
            compactIfWasteful();
        }
    }

    /** Whether this open created the database (an empty, brand-new Orbit). */
    public boolean createdNow() {
        return createdNow;
    }

    /** Whether the database was opened read-only: it can be read, every change is refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /** Whether damage was found in this session: reads go on where they can, changes are refused. */
    public boolean damaged() {
        return damage != null;
    }

    /** How damage found later (by a read, a write, a verification) is told to the user: the composition root names the backup. */
    public void onDamage(Function<Throwable, OrbitException> report) {
        this.damageReport = report;
    }

    /**
     * Reads every row of every table and checks each row's text against its check value
     * ({@link Integrity#verify}). Damage found stops writes and is reported (the exception of
     * {@link #onDamage}); returns the row counts otherwise. At 30,000 contacts it takes about a
     * second (docs/reliability.md): the window runs it on its worker after start-up.
     */
    public Integrity.Report verify() {
        gate.readLock().lock();
        try (Connection c = borrow()) {
            Integrity.Report report = Integrity.verify(c);
            if (!report.intact()) {
                Integrity.DamageFound found = new Integrity.DamageFound(report);
                markDamaged(found);
                throw damageReport.apply(found);
            }
            return report;
        } catch (SQLException | RuntimeException e) {
            throw translate(e);
        } finally {
            gate.readLock().unlock();
        }
    }

    /** Damage found outside this class (a backup of this database failed its verification). */
    public OrbitException damageFound(Throwable cause) {
        markDamaged(cause);
        return damageReport.apply(cause);
    }

    private void markDamaged(Throwable cause) {
        synchronized (this) {
            if (damage != null) {
                return;
            }
            damage = cause == null ? new IllegalStateException("damage") : cause;
        }
        LOG.error("Damage found in the database: changes are refused from now on", Integrity.forLog(damage));
        if (!readOnly) {
            reopenReadOnly();
            try {
                Files.writeString(directory.resolve(DAMAGE_MARKER), "damage found " + Instant.now() + "\n");
                OwnerOnly.file(directory.resolve(DAMAGE_MARKER));
            } catch (IOException e) {
                LOG.warn("Could not leave the damage marker: {}", e.getMessage());
            }
        }
    }

    /**
     * Closes the database without writing anything more (a plain SHUTDOWN compacts; and H2 stores
     * even a change about to be rolled back), and opens it again read-only, so that what can still
     * be read can be, and nothing is written to the damaged file from now on. Under the gate, so
     * that no compaction swaps the file meanwhile: alone, or shared when this thread found the
     * damage inside a transaction (it cannot wait for itself to finish).
     */
    private void reopenReadOnly() {
        boolean exclusive = gate.getReadHoldCount() == 0;
        if (exclusive) {
            gate.writeLock().lock();
        }
        try {
            if (closed) {
                return;
            }
            shutdown("SHUTDOWN IMMEDIATELY");
            try {
                connect();
            } catch (SQLException | RuntimeException e) {
                LOG.warn("The damaged database cannot be opened again, even read-only", Integrity.forLog(e));
                closeQuietly(keepAlive);
                keepAlive = null;
                pool = null;
            }
        } finally {
            if (exclusive) {
                gate.writeLock().unlock();
            }
        }
    }

    /** A connection to read or write through; none once damage has closed the database for good. */
    private Connection borrow() throws SQLException {
        JdbcConnectionPool p = pool;
        if (p == null) {
            throw damageReport.apply(damage);
        }
        return p.getConnection();
    }

    /**
     * What the user reads for a failure of the store: damage (writes stop from now on), a full
     * disk with the space there is, a write to a read-only database; other failures as they are.
     */
    private RuntimeException translate(Throwable e) {
        if (e instanceof OrbitException oe && !(e instanceof StoreException)) {
            return oe;
        }
        if (Integrity.isDiskFull(e)) {
            LOG.warn("The disk is full", Integrity.forLog(e));
            long size = sizeOf(databaseFile(directory));
            return new StoreException(e, "error.diskFull", directory.toAbsolutePath(),
                    megabytes(DiskSpace.usable(directory)), megabytes(Math.max(20L << 20, size / 10)));
        }
        if (Integrity.isDamage(e)) {
            markDamaged(e);
            return damageReport.apply(e);
        }
        if (Integrity.isReadOnly(e)) {
            if (damage != null) {
                return damageReport.apply(damage);
            }
            if (readOnly) {
                return readOnlyRefusal();
            }
        }
        if (damage != null && e instanceof StoreException) {
            // The database was closed under a transaction when the damage was found.
            return damageReport.apply(damage);
        }
        if (e instanceof RuntimeException re) {
            return re;
        }
        return new StoreException(e);
    }

    private OrbitException readOnlyRefusal() {
        return new StoreException(null, "error.readOnly.write", directory.toAbsolutePath());
    }

    /** Megabytes, for messages ({0,number,0.0} MB). */
    static double megabytes(long bytes) {
        return Math.round(bytes / 1e5) / 10.0;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Changes made in a read-only or damaged database are rolled back, never committed. */
    private void refuseChangesWhenStopped(Connection c) throws SQLException {
        if (!readOnly && damage == null) {
            return;
        }
        Session session = c.unwrap(JdbcConnection.class).getSession();
        if (session instanceof SessionLocal local && local.hasPendingTransaction()) {
            throw readOnly ? readOnlyRefusal() : damageReport.apply(damage);
        }
    }

    private volatile Connection keepAlive;

    /**
     * The version of the newest migration in {@code db/migration} and {@code db/common} (DatabaseTest checks that they
     * agree). A database already at it opens without Flyway, whose scan of the migrations and of
     * the history cost 0.7 s of a cold start at 30,000 contacts (docs/benchmarks.md).
     */
    static final int SCHEMA_VERSION = 18;

    private static void migrate(Path directory, String url, Migrations hook, DatabaseKey key) throws SQLException {
        boolean existed = exists(directory);
        if (existed && (SchemaStamp.matches(directory, SCHEMA_VERSION)
                || appliedCleanly(url + ";ACCESS_MODE_DATA=r", key) == SCHEMA_VERSION)) {
            return;
        }
        if (existed) {
            // Look before touching: read-only, so a damaged or newer file is left byte for byte as it was.
            MigrationInfo[] applied = flyway(url + ";ACCESS_MODE_DATA=r", key).info().applied();
            if (Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new OrbitException("error.database.newer", databaseFile(directory).toAbsolutePath());
            }
        }
        // A new database is made by one script (NEW_DATABASE), without Flyway.
        Flyway flyway = existed ? flyway(url, key) : null;
        int pending = existed ? flyway.info().pending().length : -1;
        if (pending != 0) {
            if (existed && flyway.info().applied().length > 0) {
                hook.beforeMigrate(url, USER, key.jdbcPassword(), key);
            }
            if (existed) {
                LOG.info("Migrating the database to the latest schema ({} pending)", pending);
            } else {
                LOG.info("Creating the database at the latest schema");
            }
            try {
                migrateACopy(directory, existed, key);
            } catch (FlywayException | IOException e) {
                throw new OrbitException(e, "error.database.migration", databaseFile(directory).toAbsolutePath());
            }
        }
    }

    /**
     * A new database is made by one script: the schema every migration leads to, with their
     * history, as H2 writes it out ({@code SCRIPT}). Flyway's scan of the migrations and its 17
     * runs took 0.35 s of the first start's 0.6 s (docs/benchmarks.md). NewDatabaseScriptTest
     * fails when the script is not what the migrations make, and says how to write it again.
     */
    public static final String NEW_DATABASE = "db/h2-new-database.sql";

    /** The folder where a migration runs on a copy of the file; removed at the next open when a kill left it. */
    static final String MIGRATING = "migrate.part";

    /**
     * Runs Flyway on a copy of the file (the new database's script on an empty one) and renames the
     * migrated copy over the file in one atomic step, as a compaction does. H2 commits each DDL statement
     * on its own: killed while Flyway ran on the file itself, a database kept the first columns of
     * a migration without its history row, and the next open failed on "duplicate column"
     * (CrashSafetyTest, migrate mode at 30,000 contacts). Now a kill leaves the old file or the
     * migrated one, each whole.
     */
    private static void migrateACopy(Path directory, boolean existed, DatabaseKey key)
            throws IOException, SQLException {
        Path staging = directory.resolve(MIGRATING);
        deleteTree(staging);
        OwnerOnly.directory(staging);
        Path copy = databaseFile(staging);
        try {
            if (existed) {
                Files.copy(databaseFile(directory), copy);
            }
            // An encrypted file stays under its key: the copy is the same bytes, opened with it.
            String stagingUrl = stagingUrl(staging, key);
            if (existed) {
                flyway(stagingUrl, key).migrate();
            }
            try (Connection c = h2(stagingUrl, key);
                 Statement st = c.createStatement()) {
                if (!existed) {
                    st.execute("RUNSCRIPT FROM 'classpath:/" + NEW_DATABASE + "'");
                }
                st.execute("SHUTDOWN");
            }
            OwnerOnly.file(copy);
            Durably.move(copy, databaseFile(directory));
        } finally {
            deleteTree(staging);
        }
    }

    private static void removeUnfinishedMigration(Path directory) {
        try {
            if (Files.exists(directory.resolve(MIGRATING))) {
                deleteTree(directory.resolve(MIGRATING));
                LOG.info("Removed an unfinished migration's copy");
            }
        } catch (IOException e) {
            LOG.warn("Could not remove an unfinished migration's copy: {}", e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * The newest schema version applied, read-only, when every migration in the history
     * succeeded; -1 when there is no history or a failed migration (Flyway then decides).
     */
    private static int appliedCleanly(String readOnlyUrl, DatabaseKey key) throws SQLException {
        try (Connection c = h2(readOnlyUrl, key);
             Statement st = c.createStatement()) {
            try (ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
                if (!tables.next()) {
                    return -1;
                }
            }
            int newest = -1;
            try (ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                    + "WHERE \"version\" IS NOT NULL")) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        return -1;
                    }
                    try {
                        newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
                    } catch (NumberFormatException e) {
                        return -1;
                    }
                }
            }
            return newest;
        }
    }

    /**
     * Where H2's migrations are: its own folder, and the one shared with PostgreSQL
     * ({@code db/postgresql} holds PostgreSQL's twins of H2's own; MigrationsOnPostgresTest keeps
     * the two histories the same).
     */
    public static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:db/common"};

    private static Flyway flyway(String url, DatabaseKey key) {
        return Flyway.configure()
                .dataSource(url, USER, key.jdbcPassword())
                .locations(MIGRATIONS)
                .cleanDisabled(true)
                .load();
    }

    public Path directory() {
        return directory;
    }

    /** The key the file is under (none when plain): backups are copies of the file, under the same key. */
    public DatabaseKey key() {
        return key;
    }

    /** Whether the database file is encrypted. */
    public boolean encrypted() {
        return key.encrypted();
    }

    /** A connection from the pool, for the store's own use; the caller closes it. */
    Connection connection() throws SQLException {
        return borrow();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Connection bound = scope.current();
        if (bound != null) {
            return work.get();
        }
        T result;
        gate.readLock().lock();
        try {
            result = transaction(work);
        } finally {
            gate.readLock().unlock();
        }
        checkGarbage();
        return result;
    }

    private <T> T transaction(Supplier<T> work) {
        try (Connection c = borrow()) {
            return transaction(c, work);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private <T> T transaction(Connection c, Supplier<T> work) {
        try {
            c.setAutoCommit(false);
            scope.begin(c);
            T result;
            Set<Runnable> actions;
            try {
                result = work.get();
                refuseChangesWhenStopped(c);
                c.commit();
            } catch (RuntimeException e) {
                rollback(c, e);
                throw translate(e);
            } catch (SQLException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                actions = scope.end();
                restoreAutoCommit(c);
            }
            actions.forEach(Runnable::run);
            return result;
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        scope.afterCommit(action);
    }

    @Override
    public Dialect dialect() {
        return Dialect.H2;
    }

    @Override
    public void markInTransaction(Object key) {
        scope.mark(key);
    }

    @Override
    public boolean markedInTransaction(Object key) {
        return scope.marked(key);
    }

    @Override
    public ContactSearchIndex searchIndex() {
        return searchIndex;
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) {
        Connection bound = scope.current();
        if (bound != null) {
            return run(work, bound);
        }
        return inTransaction(() -> run(work, scope.current()));
    }

    private static <T> T run(SqlWork<T> work, Connection c) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Back to auto-commit for the pool; quietly when damage found meanwhile has closed the connection. */
    private void restoreAutoCommit(Connection c) throws SQLException {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            if (damage == null) {
                throw e;
            }
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        // Waits for other threads' transactions; a close from inside one (not done) must not deadlock.
        boolean exclusive = gate.getReadHoldCount() == 0;
        if (exclusive) {
            gate.writeLock().lock();
        }
        try {
            if (closed) {
                return;
            }
            closed = true;
            // Neither a read-only nor a damaged database is rewritten.
            boolean mayCompact = !readOnly && damage == null;
            boolean wasOpen = keepAlive != null;
            Compaction.FileStats stats = !wasOpen || !mayCompact ? null : fileStats();
            boolean clean = shutdown(damage != null ? "SHUTDOWN IMMEDIATELY" : "SHUTDOWN");
            // Still holding the data directory's lock: no other Orbit can open the file meanwhile.
            if (stats != null && stats.wasteful() && damage == null) {
                try {
                    Compaction.compact(databaseFile(directory), key);
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Compaction at close failed, the database file stays as it was: {}", e.toString());
                }
            }
            if (wasOpen && mayCompact && clean && damage == null) {
                SchemaStamp.record(directory, SCHEMA_VERSION);
            }
        } finally {
            if (exclusive) {
                gate.writeLock().unlock();
            }
            closeQuietly(lock);
        }
    }

    /**
     * Closes H2: the pool's idle connections first, while the database is still open, then the
     * keep-alive connection with {@code command} (a damaged file gets SHUTDOWN IMMEDIATELY: a
     * plain SHUTDOWN compacts, rewriting chunks).
     */
    private boolean shutdown(String command) {
        JdbcConnectionPool p = pool;
        if (p != null) {
            p.dispose();
        }
        Connection alive = keepAlive;
        boolean done = true;
        if (alive != null) {
            try (var st = alive.createStatement()) {
                st.execute(command);
            } catch (SQLException e) {
                done = false;
                LOG.warn("Database shutdown: {}", e.getMessage());
            }
            closeQuietly(alive);
            keepAlive = null;
        }
        return done;
    }

    /**
     * Loads H2's engine and runs it once on an empty in-memory database ({@link StoreWarmUp}).
     * Nothing is written anywhere.
     */
    static void warmUpH2() {
        try (Connection c = new org.h2.Driver().connect("jdbc:h2:mem:;TRACE_LEVEL_FILE=0", new Properties());
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES")) {
                rs.next();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debug("Warming up H2 failed: {}", e.toString());
        }
    }

    /**
     * A connection from H2's driver itself: {@code DriverManager} would first load every JDBC
     * driver on the class path (PostgreSQL's too) at the first connection of a start.
     */
    private static Connection h2(String url, DatabaseKey key) throws SQLException {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("password", key.jdbcPassword());
        return new org.h2.Driver().connect(url, credentials);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.debug("close failed", e);
            }
        }
    }

    /** Whether a data directory already holds an Orbit database. */
    public static boolean exists(Path directory) {
        return Files.exists(databaseFile(directory));
    }

    /** What to do right before a migration of an existing database (the backup issue takes a backup here). */
    @FunctionalInterface
    public interface Migrations {
        Migrations NONE = (url, user, password, key) -> { };

        /** The URL, user and password to connect with, and the key the file (and so its backup) is under. */
        void beforeMigrate(String url, String user, String password, DatabaseKey key);
    }
}
