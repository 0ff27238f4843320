package app.orbit.store;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
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

    /** What names this key's files to H2 (see {@link EncryptedFilePath}); set at first use. */
    private String prefix;

    private DatabaseKey(String filePassword) {
        this.filePassword = filePassword;
    }

    static DatabaseKey of(byte[] derived) {
        return new DatabaseKey(HexFormat.of().formatHex(derived));
    }

    public boolean encrypted() {
        return filePassword != null;
    }

    /**
     * The name H2 is given for a database file (without {@code .mv.db}) or any file of it:
     * {@code file:/path} when plain; when encrypted, the path under Orbit's own encrypted file
     * system, which reads and writes H2's {@code CIPHER=AES} format with the JDK's AES
     * (docs/decisions/0018-jce-aes.md). The key stays in memory: the name holds a random handle.
     */
    String h2Name(Path file) {
        String path = file.toAbsolutePath().toString();
        if (!encrypted()) {
            return "file:" + path;
        }
        synchronized (this) {
            if (prefix == null) {
                synchronized (EncryptedFilePath.class) {
                    String handle = EncryptedFilePath.handleOf(this);
                    if (handle == null) {
                        byte[] random = new byte[12];
                        new SecureRandom().nextBytes(random);
                        handle = HexFormat.of().formatHex(random);
                    }
                    prefix = EncryptedFilePath.prefix(handle, this);
                }
            }
            return prefix + path;
        }
    }

    /** Whether both are the same key (compared in constant time). */
    boolean sameKey(DatabaseKey other) {
        return encrypted() && other.encrypted() && MessageDigest.isEqual(
                filePassword.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                other.filePassword.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** The JDBC password: the user password, empty (the file key goes through {@link #h2Name}). */
    String jdbcPassword() {
        return "";
    }

    /** What H2's own {@code CIPHER=AES} needs, for tests that open Orbit's files with H2's AES. */
    String h2CipherUrlSuffix() {
        return encrypted() ? ";CIPHER=AES" : "";
    }

    /** The password H2's own {@code CIPHER=AES} takes ("filePassword userPassword"), for the same tests. */
    String h2CipherPassword() {
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
