package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Log;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Orbit's store on a shared PostgreSQL server (issue 13): the same repositories and the same
 * Flyway history as on H2 ({@code db/common} and PostgreSQL's own {@code db/postgresql}). The
 * server keeps what it acknowledged and is backed up by its operator (pg_dump); nothing here
 * manages files. Each transaction runs on a connection of its own from the data source.
 */
public final class PostgresStore implements Store {

    private static final Log LOG = Log.of(PostgresStore.class);

    /** PostgreSQL's migrations: its own folder and the one it shares with H2. */
    public static final String[] MIGRATIONS = {"classpath:db/postgresql", "classpath:db/common"};

    private final PooledConnections source;
    private final TransactionScope scope = new TransactionScope();
    private final ContactSearchIndex searchIndex = new ContactSearchIndex(this);
    private final ServerChanges changes;

    private PostgresStore(DataSource source) {
        this.source = new PooledConnections(source);
        this.changes = new ServerChanges(source, searchIndex);
    }

    /**
     * Opens Orbit's store on a PostgreSQL database, migrating it first (an empty database gets
     * the whole schema; one at an older version, the missing steps, in Flyway's transactions).
     *
     * @throws OrbitException {@code error.database.migration} when a migration fails
     */
    public static PostgresStore open(DataSource source) {
        try {
            Flyway.configure().dataSource(source).locations(MIGRATIONS).cleanDisabled(true).load().migrate();
        } catch (FlywayException e) {
            LOG.warn("Migrating the PostgreSQL database failed", Integrity.forLog(e));
            throw new OrbitException(e, "error.database.migration", "PostgreSQL");
        }
        return new PostgresStore(source);
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (scope.current() != null) {
            return work.get();
        }
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            scope.begin(c);
            T result;
            Set<Runnable> actions;
            try {
                result = work.get();
                changes.announce(c, searchIndex.changedInTransaction());
                c.commit();
            } catch (RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } catch (SQLException e) {
                rollback(c, e);
                throw new StoreException(e);
            } finally {
                actions = scope.end();
                restoreAutoCommit(c);
            }
            actions.forEach(Runnable::run);
            return result;
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Back to auto-commit, so the pool keeps the connection for the next transaction. */
    private static void restoreAutoCommit(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            LOG.debug("A connection could not go back to auto-commit; the pool drops it: {}", e.getMessage());
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
    public void afterCommit(Runnable action) {
        scope.afterCommit(action);
    }

    @Override
    public <T> T withConnection(SqlWork<T> work) {
        Connection bound = scope.current();
        if (bound == null) {
            return inTransaction(() -> withConnection(work));
        }
        try {
            return work.apply(bound);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @Override
    public ContactSearchIndex searchIndex() {
        return searchIndex;
    }

    @Override
    public void markInTransaction(Object key) {
        scope.mark(key);
    }

    @Override
    public boolean markedInTransaction(Object key) {
        return scope.marked(key);
    }

    /**
     * Follows the other clients' writes from now on (the window does; a command does not need to):
     * their contacts are refreshed in the search index, then {@code onChange} runs, on a thread of
     * its own, within about a second of their commit (docs/decisions/0015).
     */
    public void followOtherClients(Runnable onChange) {
        changes.listen(onChange);
    }

    /** The listener of other clients' writes (tests). */
    ServerChanges changes() {
        return changes;
    }

    /** Closes the connections kept open; the data source itself belongs to the caller. */
    @Override
    public void close() {
        changes.close();
        source.close();
    }
}
