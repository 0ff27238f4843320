package app.orbit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A second connection to the copy a fill writes ({@link Database#fill}), with a thread of its own:
 * rows handed to it are written on the other core, in the order given, while the fill's own
 * connection goes on with the next ones. A fill numbers its rows itself ({@link Store#keysAhead}),
 * so rows that name others (an interaction's participants) need not wait for them. Its work is
 * committed as it goes: the copy is kept whole or not at all, so its transactions do not matter.
 * The first failure is thrown at the next hand-over or at {@link #finish}, which waits for the rest.
 */
final class FillBeside implements AutoCloseable {

    private final Connection connection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "orbit-fill-beside");
        t.setDaemon(true);
        return t;
    });
    private volatile Throwable failure;

    FillBeside(Connection connection) throws SQLException {
        this.connection = connection;
        try (java.sql.Statement st = connection.createStatement()) {
            // Its reads may wait for an index the fill's own connection is building (a table lock).
            st.execute("SET LOCK_TIMEOUT 600000");
        }
        connection.setAutoCommit(false);
    }

    /** Runs {@code work} after what was handed before, for its result; its failure is the future's. */
    <T> java.util.concurrent.Future<T> ask(SqlWork<T> work) throws SQLException {
        rethrow();
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (SQLException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }, thread);
    }

    /** Waits for everything handed over so far, the thread kept for more; throws the first failure. */
    void drain() throws SQLException {
        try {
            ask(c -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while the rows were written", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new SQLException(e.getCause());
        }
        rethrow();
    }

    /** Hands {@code work} over, to run after what was handed before. */
    void submit(SqlWork<?> work) throws SQLException {
        rethrow();
        thread.execute(() -> {
            if (failure != null) {
                return;
            }
            try {
                work.apply(connection);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
            }
        });
    }

    /** Waits for everything handed over; throws the first failure. */
    void finish() throws SQLException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // Rows are still being written: a large restore takes seconds, not minutes, but waits.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            thread.shutdownNow();
            throw new SQLException("interrupted while the rows were written", e);
        }
        rethrow();
    }

    private void rethrow() throws SQLException {
        Throwable f = failure;
        if (f instanceof SQLException e) {
            throw e;
        }
        if (f instanceof RuntimeException e) {
            throw e;
        }
        if (f instanceof Error e) {
            throw e;
        }
    }

    /** Stops what is left (after a failure of the fill itself) and closes the connection. */
    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The copy is dropped next, whatever its connection did.
        }
    }
}
