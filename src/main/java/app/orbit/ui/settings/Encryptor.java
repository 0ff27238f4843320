package app.orbit.ui.settings;

import app.orbit.domain.OrbitException;
import java.util.function.Consumer;

/**
 * Encrypts, decrypts or changes the passphrase for the window: the application checks the
 * passphrases while Orbit stays open ({@code refused} on the JavaFX thread when one is wrong or
 * too short, so the dialog can ask again), then closes the database, rewrites it and its backups
 * off the JavaFX thread, opens it again and rebuilds the window on it.
 */
public interface Encryptor {

    /** Whether the database is encrypted now. */
    boolean encrypted();

    void encrypt(char[] next, Consumer<OrbitException> refused, Runnable accepted);

    void changePassphrase(char[] current, char[] next, Consumer<OrbitException> refused, Runnable accepted);

    void decrypt(char[] current, Consumer<OrbitException> refused, Runnable accepted);
}
