package app.orbit.store;

import app.orbit.domain.OrbitException;

/**
 * Where the passphrase of an encrypted database comes from, asked only when the file is
 * encrypted: a terminal prompt or {@code ORBIT_PASSPHRASE_FILE} for a command, a dialog for the
 * window. The caller wipes the characters once the key is derived.
 */
@FunctionalInterface
public interface PassphraseSource {

    /** No passphrase at hand: an encrypted database is refused with {@code error.passphrase.needed}. */
    PassphraseSource NONE = () -> {
        throw new OrbitException("error.passphrase.needed");
    };

    /** A passphrase known already (the window's dialog); a copy is handed out, so it can be wiped. */
    static PassphraseSource of(char[] passphrase) {
        return passphrase::clone;
    }

    char[] passphrase();
}
