package app.orbit.ui.settings;

import java.util.Optional;

/**
 * Where this Orbit's network is, and the shared server it opens on at the next starts: kept on
 * this computer (the data directory), never with a password. Reading and writing it touch a file:
 * off the JavaFX thread.
 */
public interface SharedDatabase {

    /** The server this Orbit runs on now, masked as it is shown; empty when it runs on this computer's folder. */
    Optional<String> currentServer();

    /** This computer's data directory (its database when no server is used; its logs and JSON backups always). */
    String folder();

    /** The server address saved for the next starts, as the user wrote it. */
    Optional<String> saved();

    /**
     * Saves the address for the next starts.
     *
     * @throws app.orbit.domain.ValidationException {@code shared.badAddress} or
     *     {@code migrateTo.passwordInAddress}, with nothing saved
     */
    void save(String address);

    /** The next starts open this computer's data again. */
    void clear();
}
