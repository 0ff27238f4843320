package app.orbit.store;

import app.orbit.service.Transactions;

/**
 * What the repositories need of a database, whichever engine holds it: H2's file on this
 * computer ({@link Database}) or a shared PostgreSQL server ({@link PostgresStore}).
 */
public interface Store extends Transactions, AutoCloseable {

    /** The SQL this engine speaks where the two differ. */
    Dialect dialect();

    /** Runs JDBC work inside the current transaction, or in one of its own. */
    <T> T withConnection(SqlWork<T> work);

    /** The in-memory contact search index shared by the repositories of this store. */
    ContactSearchIndex searchIndex();

    /** Notes that the current transaction did something {@code key} cares about; forgotten when it ends. */
    void markInTransaction(Object key);

    boolean markedInTransaction(Object key);

    /**
     * The first of {@code count} keys that the caller gives its next rows of {@code table} itself
     * (its {@code id} column, in the order written), or -1 when the engine numbers them. Only a
     * fill into a new H2 file hands them out ({@link Database#fill}): H2 returning each batch's
     * generated keys took a sixth of a large restore's rows.
     */
    default long keysAhead(java.sql.Connection conn, String table, int count) {
        return -1;
    }

    @Override
    void close();
}
