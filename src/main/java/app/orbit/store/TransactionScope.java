package app.orbit.store;

import java.sql.Connection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The transaction each thread is in, for one store: its connection, the actions to run once it
 * commits, and what it marked (the search index's pending refresh). H2's file and a PostgreSQL
 * server keep their transactions the same way.
 */
final class TransactionScope {

    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private final ThreadLocal<Set<Runnable>> afterCommit = new ThreadLocal<>();
    private final ThreadLocal<Set<Object>> marks = new ThreadLocal<>();

    /** The connection of this thread's transaction, or null outside one. */
    Connection current() {
        return current.get();
    }

    void begin(Connection c) {
        current.set(c);
        afterCommit.set(new LinkedHashSet<>());
        marks.set(new HashSet<>());
    }

    /** Leaves the transaction; returns the actions queued for after its commit. */
    Set<Runnable> end() {
        Set<Runnable> queued = afterCommit.get();
        current.remove();
        afterCommit.remove();
        marks.remove();
        return queued;
    }

    /** Runs the action after the commit of this thread's transaction, or now outside one; once however often queued. */
    void afterCommit(Runnable action) {
        Set<Runnable> queued = afterCommit.get();
        if (queued == null) {
            action.run();
        } else {
            queued.add(action);
        }
    }

    void mark(Object key) {
        Set<Object> m = marks.get();
        if (m != null) {
            m.add(key);
        }
    }

    boolean marked(Object key) {
        Set<Object> m = marks.get();
        return m != null && m.contains(key);
    }
}
