package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Transactions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orbit's embedded H2 database in a data directory: locked against a second Orbit, migrated by
 * Flyway, opened with WRITE_DELAY=0 so an acknowledged commit survives a killed process, with no
 * server, console or network listener. Also the {@link Transactions} of the application.
 */
public final class Database implements Transactions, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Base name of the H2 files: orbit.mv.db. */
    public static final String FILE_NAME = "orbit";
    public static final String LOCK_FILE = "orbit.lock";
    private static final String USER = "orbit";
    /** Smaller than H2's two 4 KiB file headers: not a database H2 could have written. */
    private static final long MIN_FILE_SIZE = 8192;

    /** Commits between two looks at how much of the file is garbage (a look costs microseconds). */
    private static final int COMPACTION_CHECK_EVERY = 100;

    private final Path directory;
    private volatile JdbcConnectionPool pool;
    /**
     * Transactions hold it shared; a compaction, which closes H2 for a moment to swap its file,
     * holds it alone.
     */
    private final ReentrantReadWriteLock gate = new ReentrantReadWriteLock();
    private int commitsSinceCheck;
    private final DataDirLock lock;
    private final boolean createdNow;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<Set<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<Set<Object>> marks = new ThreadLocal<>();
    private final ContactSearchIndex searchIndex = new ContactSearchIndex(this);

    private Database(Path directory, DataDirLock lock, boolean createdNow) {
        this.directory = directory;
        this.lock = lock;
        this.createdNow = createdNow;
    }

    /** The JDBC URL of the database in a data directory. */
    public static String url(Path directory) {
        // WRITE_DELAY=0: commit to the file at once (H2's default waits 500 ms).
        // DB_CLOSE_ON_EXIT=FALSE: Orbit closes the database itself, after its last write.
        return "jdbc:h2:file:" + directory.toAbsolutePath().resolve(FILE_NAME)
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
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
        DataDirLock lock = DataDirLock.acquire(directory);
        try {
            String url = url(directory);
            Compaction.removeLeftover(databaseFile(directory));
            boolean existed = exists(directory);
            if (existed) {
                checkReadable(directory);
            }
            migrate(directory, url, hook);
            Database db = new Database(directory, lock, !existed);
            db.connect();
            OwnerOnly.tree(directory);
            return db;
        } catch (OrbitException e) {
            lock.close();
            throw e;
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw new OrbitException(e, "error.database.damaged", databaseFile(directory).toAbsolutePath());
        }
    }

    /** Opens H2 on the file: the keep-alive connection first, then the pool. */
    private void connect() throws SQLException {
        String url = url(directory);
        // Keep one connection open so the database stays open between uses. Not a pooled one: the
        // pool's close would roll back on the database SHUTDOWN just closed, and H2 would write
        // that failure to a trace file in the data directory.
        keepAlive = DriverManager.getConnection(url, USER, "");
        appendOnly(keepAlive);
        JdbcConnectionPool p = JdbcConnectionPool.create(url, USER, "");
        p.setMaxConnections(8);
        pool = p;
    }

    /**
     * H2 quietly starts an empty store in a file too short to hold its header, which would look
     * like a fresh Orbit with everything gone: such a file is damaged, not new.
     */
    private static void checkReadable(Path directory) {
        Path file = databaseFile(directory);
        try {
            long size = Files.size(file);
            if (size < MIN_FILE_SIZE || endsBeforeItsLastChunk(file, size)) {
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
        byte[] head = new byte[256];
        int n;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String header = new String(head, 0, n, StandardCharsets.ISO_8859_1);
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
     * Rewrites the file with only its live data when it has grown past {@link Compaction#MAX_RATIO}
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
        if (current.get() != null || gate.getReadHoldCount() > 0) {
            return false;
        }
        gate.writeLock().lock();
        try {
            if (keepAlive == null || onlyIfWasteful && !fileStats().wasteful()) {
                return false; // Closed, or not worth it.
            }
            closeH2();
            try {
                Compaction.compact(databaseFile(directory));
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

    /** Every {@link #COMPACTION_CHECK_EVERY} commits, a look at the garbage in the file. */
    private void checkGarbage() {
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

    private volatile Connection keepAlive;

    /**
     * The version of the newest migration in {@code db/migration} (DatabaseTest checks that they
     * agree). A database already at it opens without Flyway, whose scan of the migrations and of
     * the history cost 0.7 s of a cold start at 30,000 contacts (docs/benchmarks.md).
     */
    static final int SCHEMA_VERSION = 8;

    private static void migrate(Path directory, String url, Migrations hook) throws SQLException {
        boolean existed = exists(directory);
        if (existed && appliedCleanly(url + ";ACCESS_MODE_DATA=r") == SCHEMA_VERSION) {
            return;
        }
        if (existed) {
            // Look before touching: read-only, so a damaged or newer file is left byte for byte as it was.
            MigrationInfo[] applied = flyway(url + ";ACCESS_MODE_DATA=r").info().applied();
            if (Arrays.stream(applied).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                    || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new OrbitException("error.database.newer", databaseFile(directory).toAbsolutePath());
            }
        }
        Flyway flyway = flyway(url);
        int pending = flyway.info().pending().length;
        if (pending > 0) {
            if (existed && flyway.info().applied().length > 0) {
                hook.beforeMigrate(url, USER);
            }
            LOG.info("Migrating the database to the latest schema ({} pending)", pending);
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                throw new OrbitException(e, "error.database.migration", databaseFile(directory).toAbsolutePath());
            }
        }
    }

    /**
     * The newest schema version applied, read-only, when every migration in the history
     * succeeded; -1 when there is no history or a failed migration (Flyway then decides).
     */
    private static int appliedCleanly(String readOnlyUrl) throws SQLException {
        try (Connection c = DriverManager.getConnection(readOnlyUrl, USER, "");
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

    private static Flyway flyway(String url) {
        return Flyway.configure()
                .dataSource(url, USER, "")
                .locations("classpath:db/migration")
                .cleanDisabled(true)
                .load();
    }

    public Path directory() {
        return directory;
    }

    /** A connection from the pool, for the store's own use; the caller closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Connection bound = current.get();
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
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            current.set(c);
            afterCommit.set(new LinkedHashSet<>());
            marks.set(new HashSet<>());
            T result;
            Set<Runnable> actions;
            try {
                result = work.get();
                c.commit();
                actions = afterCommit.get();
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                marks.remove();
                c.setAutoCommit(true);
            }
            actions.forEach(Runnable::run);
            return result;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        Set<Runnable> queued = afterCommit.get();
        if (queued == null) {
            action.run();
        } else {
            queued.add(action);
        }
    }

    /** Notes that the current transaction did something {@code key} cares about; forgotten when it ends. */
    void markInTransaction(Object key) {
        Set<Object> m = marks.get();
        if (m != null) {
            m.add(key);
        }
    }

    boolean markedInTransaction(Object key) {
        Set<Object> m = marks.get();
        return m != null && m.contains(key);
    }

    /** The in-memory contact search index shared by the repositories of this database. */
    ContactSearchIndex searchIndex() {
        return searchIndex;
    }

    /** Runs JDBC work inside the current transaction, or in one of its own. */
    <T> T withConnection(SqlWork<T> work) {
        Connection bound = current.get();
        if (bound != null) {
            return run(work, bound);
        }
        return inTransaction(() -> run(work, current.get()));
    }

    private static <T> T run(SqlWork<T> work, Connection c) {
        try {
            return work.apply(c);
        } catch (SQLException e) {
            throw new StoreException(e);
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
            Compaction.FileStats stats = keepAlive == null ? null : fileStats();
            closeH2();
            // Still holding the data directory's lock: no other Orbit can open the file meanwhile.
            if (stats != null && stats.wasteful()) {
                try {
                    Compaction.compact(databaseFile(directory));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Compaction at close failed, the database file stays as it was: {}", e.toString());
                }
            }
        } finally {
            if (exclusive) {
                gate.writeLock().unlock();
            }
            lock.close();
        }
    }

    private void closeH2() {
        // The pool's idle connections first, while the database is still open.
        pool.dispose();
        if (keepAlive != null) {
            try (var st = keepAlive.createStatement()) {
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                LOG.warn("Database shutdown: {}", e.getMessage());
            }
            closeQuietly(keepAlive);
            keepAlive = null;
        }
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
        Migrations NONE = (url, user) -> { };

        void beforeMigrate(String url, String user);
    }
}
