package app.orbit.store;

import java.util.Arrays;
import java.util.HexFormat;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * The key of an encrypted database (derived from the passphrase by Argon2id), or none for a plain
 * one: what H2 is given to open the file, and what Orbit's own copies of it (compaction, backups,
 * a change of passphrase) encrypt and decrypt with.
 */
public final class DatabaseKey {

    /** A database without encryption. */
    public static final DatabaseKey NONE = new DatabaseKey(null);

    /**
     * H2's file password: the derived key in hex (H2's file encryption then runs ten PBKDF2-SHA256
     * rounds on it with the file's own salt). Null when plain.
     */
    private final String filePassword;

    private DatabaseKey(String filePassword) {
        this.filePassword = filePassword;
    }

    static DatabaseKey of(byte[] derived) {
        return new DatabaseKey(HexFormat.of().formatHex(derived));
    }

    public boolean encrypted() {
        return filePassword != null;
    }

    /** What the JDBC URL adds: H2's AES file encryption. */
    String urlSuffix() {
        return encrypted() ? ";CIPHER=AES" : "";
    }

    /** The JDBC password: "filePassword userPassword"; the user password is empty. */
    String jdbcPassword() {
        return encrypted() ? filePassword + " " : "";
    }

    /**
     * The key H2 hands its file store for this file password (as {@code ConnectionInfo} and
     * {@code Store} of H2 2.5 pass it on), so that Orbit's copies read and write what H2 does.
     * EncryptionTest opens such copies through H2: a change in H2's way fails it.
     */
    char[] storeKey() {
        byte[] bytes = FilePathEncrypt.getPasswordBytes(filePassword.toCharArray());
        char[] key = new char[bytes.length / 2];
        for (int i = 0; i < key.length; i++) {
            // As H2's Store.decodePassword does it: the high byte is shifted out of the char.
            key[i] = (char) (((bytes[i + i] & 255) << 16) | (bytes[i + i + 1] & 255));
        }
        Arrays.fill(bytes, (byte) 0);
        return key;
    }

    /** The bytes {@link org.h2.store.fs.encrypt.FileEncrypt} takes. */
    byte[] fileKey() {
        return FilePathEncrypt.getPasswordBytes(storeKey());
    }

    @Override
    public String toString() {
        return encrypted() ? "DatabaseKey[AES]" : "DatabaseKey[none]";
    }
}
