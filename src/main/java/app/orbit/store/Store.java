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

    /**
     * Runs {@code work}, which writes rows, on another connection beside {@code conn}'s transaction
     * when the engine can, after the work handed over before; else on {@code conn}, now. Only a fill
     * into a new H2 file runs it beside, on the other core: what it writes is then seen once the
     * rows are all written, and a failure is thrown at the next hand-over or at the end of the rows.
     */
    default void beside(java.sql.Connection conn, SqlWork<?> work) throws java.sql.SQLException {
        work.apply(conn);
    }

    @Override
    void close();
}
