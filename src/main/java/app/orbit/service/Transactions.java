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

    /**
     * After a large write (an import): rewrites the store's file with only its live data when it
     * is mostly garbage, so the file stays proportional to the data. Returns whether it did;
     * does nothing inside a transaction.
     */
    default boolean compactIfWasteful() {
        return false;
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
