package app.orbit.service;

import java.util.List;

/**
 * What encrypting, decrypting or changing the passphrase did: the Argon2id parameters of the new
 * key and how long it took to derive (zero when decrypting), the backups rewritten with the
 * database, and those that could not be read and were left as they were (named to the user).
 */
public record EncryptionChange(int memoryKiB, int iterations, long deriveMillis, int backupsRewritten,
                               List<String> backupsLeftAsTheyWere) {

    public EncryptionChange {
        backupsLeftAsTheyWere = List.copyOf(backupsLeftAsTheyWere);
    }
}
