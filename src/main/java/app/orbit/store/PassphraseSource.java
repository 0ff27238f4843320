package app.orbit.store;

import app.orbit.domain.OrbitException;
import java.nio.file.Path;
import java.util.Arrays;

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

    /** A key derived already (reopening after a restore): no second half-second derivation. */
    static PassphraseSource unlocked(DatabaseKey key) {
        return new PassphraseSource() {
            @Override
            public char[] passphrase() {
                throw new IllegalStateException("the key is known");
            }

            @Override
            public DatabaseKey unlock(Path dataDir) {
                return key;
            }
        };
    }

    char[] passphrase();

    /** The key of the data directory's database, from this source's passphrase (wiped once derived). */
    default DatabaseKey unlock(Path dataDir) {
        char[] chars = passphrase();
        try {
            return Encryption.unlock(dataDir, chars);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }
}
