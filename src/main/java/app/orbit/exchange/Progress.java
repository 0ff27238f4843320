package app.orbit.exchange;

/**
 * How a long import or export reports how far it got, and learns that the user cancelled.
 * The UI adapts a JavaFX Task to it; the command line passes {@link #NONE}.
 */
public interface Progress {

    /** Reports nothing and never cancels. */
    Progress NONE = (done, total) -> { };

    /** {@code done} of {@code total} units (rows, cards, records); total may grow while reading. */
    void update(long done, long total);

    /** Whether the user asked to stop; the work then ends with {@link ImportCancelledException}. */
    default boolean isCancelled() {
        return false;
    }

    /** Throws when cancelled: checked between rows, so a cancelled import writes nothing. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new ImportCancelledException();
        }
    }
}
