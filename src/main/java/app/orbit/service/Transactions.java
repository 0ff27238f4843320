package app.orbit.service;

import java.util.function.Supplier;

/** Port: runs several repository calls as one transaction — all of it is stored, or none. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs the action once the current transaction commits (not at all if it rolls back), or at
     * once outside a transaction. The same action queued twice in one transaction runs once.
     */
    void afterCommit(Runnable action);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
