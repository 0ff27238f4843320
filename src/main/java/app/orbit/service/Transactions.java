package app.orbit.service;

import java.util.function.Consumer;
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

    /**
     * Runs a large write that may find the store empty (an import, a restore): {@code rows} adds
     * the rows, then {@code afterRows} works out what is derived from them. All of it is stored, or
     * none, as with {@link #inTransaction}. A store may run it faster when it holds no contact yet
     * (H2 writes the rows into a new file, its indexes built after them, and swaps the file in);
     * {@code rows} must then only insert and look rows up by their key, and leave whatever
     * reads many rows to {@code afterRows}. Called inside a transaction, it runs inside that one.
     */
    default <T> T fill(Supplier<T> rows, Consumer<T> afterRows) {
        return inTransaction(() -> {
            T result = rows.get();
            afterRows.accept(result);
            return result;
        });
    }

    /**
     * Between two batches of {@link #fill}'s rows: a store that writes them into a new file may
     * commit there (the file is swapped in whole or dropped); nothing otherwise.
     */
    default void checkpoint() {
    }

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
