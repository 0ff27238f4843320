package app.orbit.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Row writes of a fill ({@link Database#fill}) run in order on a second connection to the new
 * file, on a thread of their own, beside the filling thread: a restore's 600,000 participant rows
 * while the next interactions are written (a quarter of the rows' CPU moved off the filling
 * thread, docs/benchmarks.md). Nothing reads them before the rows end ({@link #finish}); a failure
 * of any fails the fill, whose file is then dropped whole, so all or nothing holds.
 */
final class Beside {

    /** Writes between two commits of this connection, as the filling thread commits every 8 batches. */
    private static final int TASKS_PER_COMMIT = 8;

    private final Connection connection;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "orbit-fill-beside");
        t.setDaemon(true);
        return t;
    });
    private volatile Throwable failure;
    private volatile boolean aborted;
    private int tasks;
    private volatile long cpuNanos;

    Beside(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
    }

    /** Queues a write; throws at once when an earlier one failed. */
    void submit(SqlWork<?> work) {
        if (failure != null) {
            throw failed();
        }
        thread.execute(() -> {
            if (failure != null || aborted) {
                return;
            }
            try {
                work.apply(connection);
                if (++tasks % TASKS_PER_COMMIT == 0) {
                    connection.commit();
                }
            } catch (SQLException | RuntimeException | Error e) {
                failure = e;
            }
            cpuNanos = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        });
    }

    /** Waits for every write and commits them; throws the first failure (an SQLException as it came, for translation). */
    void finish() throws SQLException {
        try {
            await();
            Throwable f = failure;
            if (f instanceof SQLException e) {
                throw e;
            } else if (f != null) {
                throw failed();
            }
            connection.commit();
        } finally {
            close();
        }
    }

    /** Skips the writes not started, waits for the one running (never interrupted: H2 would close its file). */
    void abort() {
        aborted = true;
        try {
            await();
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            // The file it wrote into is dropped whole.
        } finally {
            close();
        }
    }

    /** The CPU time of the thread beside until its last write, for the fill's log. */
    long cpuMillis() {
        return cpuNanos / 1_000_000;
    }

    private void await() {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // A write of thousands of rows takes well under a second; keep waiting rather than leave it running.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rows were written beside a fill", e);
        }
    }

    private void close() {
        try {
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            // Closed with the copy's database in any case.
        }
    }

    private RuntimeException failed() {
        Throwable f = failure;
        if (f instanceof RuntimeException e) {
            return e;
        }
        if (f instanceof Error e) {
            throw e;
        }
        return new StoreException((SQLException) f);
    }
}
