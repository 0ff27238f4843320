package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.EncryptionChange;
import app.orbit.service.Log;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Encryption at rest (docs/decisions/0013-encryption-at-rest.md): whether a data directory's
 * database is encrypted (read from the file itself), its key from a passphrase (Argon2id with the
 * salt and parameters of {@code orbit.key.json}; a wrong passphrase is told before H2 touches
 * the file), and the rewrite that encrypts, decrypts or changes the passphrase. The rewrite
 * copies the database and every backup under their new key beside the old files, then swaps the
 * database in one atomic rename recorded in a journal: a process killed at any moment leaves the
 * old state or the new one, and the next open finishes or undoes what the journal says.
 */
public final class Encryption {

    private static final Log LOG = Log.of(Encryption.class);
    /** Salt, Argon2id parameters and a check value of the key; nothing secret. */
    public static final String KEY_FILE = "orbit.key.json";
    static final String NEXT_KEY_FILE = KEY_FILE + ".next";
    /** Written just before the swap: the hash of the new file's first block, to tell which one is in place. */
    static final String JOURNAL = "orbit.rekey";
    static final String PART_SUFFIX = ".rekey.part";
    /** A backup rewritten under the new key, waiting for the swap. */
    static final String BACKUP_SUFFIX = ".rekey";
    private static final byte[] ENCRYPTED_MAGIC = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    /** How the header of H2 2.x's plain files begins. */
    private static final byte[] PLAIN_MAGIC = "H:2,".getBytes(StandardCharsets.US_ASCII);
    private static final int HEAD_BYTES = 4096;
    private static final int MIN_PASSPHRASE = 8;
    /** Made when a key file is read or written: a plain database's every start does without Jackson. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The steps of a rewrite, in order; a test stops between two to play a kill. */
    enum Step { KEY_WRITTEN, BACKUPS_COPIED, DATABASE_COPIED, JOURNALED, SWAPPED, FINISHED }

    /** Called after each step; a test throws from it to stop there, as a kill would. */
    @FunctionalInterface
    interface StepListener {
        StepListener NONE = step -> { };

        void after(Step step) throws IOException;
    }

    private Encryption() {
    }

    /**
     * Whether the data directory's database is encrypted: its file says so, or its key file is
     * there (which a rewrite only puts in place together with an encrypted file) and the file does
     * not begin as a plain one: a file whose encryption header was damaged is still encrypted, and
     * its backups still need the key; with no database, the key file says it for the backups.
     */
    public static boolean encrypted(Path dataDir) {
        Path db = Database.databaseFile(dataDir);
        boolean keyFile = Files.exists(dataDir.resolve(KEY_FILE));
        if (!Files.exists(db)) {
            return keyFile;
        }
        // A file that begins as H2's plain files do is plain, whatever key file lies beside it.
        return isEncryptedFile(db) || keyFile && !startsWith(db, PLAIN_MAGIC);
    }

    private static boolean startsWith(Path file, byte[] magic) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(magic.length), magic);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a file begins as H2's encrypted files do. */
    static boolean isEncryptedFile(Path file) {
        return startsWith(file, ENCRYPTED_MAGIC);
    }

    /** Whether the passphrase is long enough to be one (checked before encrypting with it). */
    public static void checkNewPassphrase(char[] passphrase) {
        int letters = 0;
        for (char c : passphrase) {
            if (!Character.isWhitespace(c)) {
                letters++;
            }
        }
        if (letters < MIN_PASSPHRASE) {
            throw new OrbitException("error.passphrase.short", MIN_PASSPHRASE);
        }
    }

    /**
     * The key of an encrypted data directory, from its passphrase. Reads only: a wrong passphrase
     * leaves every file as it was.
     *
     * @throws OrbitException {@code error.passphrase.wrong}, {@code error.encryption.keyFile}
     */
    public static DatabaseKey unlock(Path dataDir, char[] passphrase) {
        return accept(derive(dataDir, passphrase), false);
    }

    /**
     * One derivation of a data directory's key: the key (null when the passphrase is wrong), the
     * key file's bytes it was derived under, the parameters and the time it took. Nothing secret
     * but the key.
     */
    record Derivation(DatabaseKey key, byte[] keyFile, KeyDerivation.Params params, long millis) {
    }

    /**
     * Derives the key from the passphrase and checks it, reading only the key file; logs nothing,
     * so that {@link KeyAhead} can run it before the log has a file to go to.
     *
     * @throws OrbitException {@code error.encryption.keyFile}
     */
    static Derivation derive(Path dataDir, char[] passphrase) {
        Path file = dataDir.resolve(KEY_FILE);
        byte[] bytes = keyFileBytes(dataDir);
        if (bytes == null) {
            throw new OrbitException("error.encryption.keyFile", file.toAbsolutePath());
        }
        KeyDerivation.Params params = readParams(file, bytes);
        long start = System.nanoTime();
        byte[] key = KeyDerivation.derive(passphrase, params);
        try {
            DatabaseKey right = KeyDerivation.matches(key, params) ? DatabaseKey.of(key) : null;
            return new Derivation(right, bytes, params, (System.nanoTime() - start) / 1_000_000);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    /**
     * The key of a derivation, logged, or {@code error.passphrase.wrong}; {@code ahead} when it
     * ran while Orbit started (see {@link KeyAhead}).
     */
    static DatabaseKey accept(Derivation derivation, boolean ahead) {
        if (derivation.key() == null) {
            LOG.info("A wrong passphrase was given for the encrypted database");
            throw new OrbitException("error.passphrase.wrong");
        }
        LOG.info("Derived the database key in {} ms ({} KiB, {} passes){}", derivation.millis(),
                derivation.params().memoryKiB(), derivation.params().iterations(),
                ahead ? ", while Orbit started" : "");
        return derivation.key();
    }

    /** The key file's bytes as they are now, or null when there is none or it cannot be read. */
    static byte[] keyFileBytes(Path dataDir) {
        try {
            return Files.readAllBytes(dataDir.resolve(KEY_FILE));
        } catch (IOException e) {
            return null;
        }
    }

    /** Encrypts a plain data directory (the caller holds its lock, the database is closed). */
    public static EncryptionChange encrypt(Path dataDir, DataDirLock lock, char[] passphrase,
                                           KeyDerivation.Params kdf) {
        return rewrite(dataDir, lock, DatabaseKey.NONE, passphrase, kdf, StepListener.NONE);
    }

    /** Changes the passphrase of an encrypted data directory: a new salt and key, every file rewritten. */
    public static EncryptionChange change(Path dataDir, DataDirLock lock, DatabaseKey current, char[] passphrase,
                                          KeyDerivation.Params kdf) {
        return rewrite(dataDir, lock, current, passphrase, kdf, StepListener.NONE);
    }

    /** Decrypts an encrypted data directory: the database and its backups back to plain files. */
    public static EncryptionChange decrypt(Path dataDir, DataDirLock lock, DatabaseKey current) {
        return rewrite(dataDir, lock, current, null, null, StepListener.NONE);
    }

    /**
     * Rewrites the database and its backups from key {@code from} to the key of
     * {@code passphrase} (plain when null).
     */
    static EncryptionChange rewrite(Path dataDir, DataDirLock lock, DatabaseKey from, char[] passphrase,
                           KeyDerivation.Params kdf, StepListener listener) {
        if (lock == null) {
            throw new IllegalArgumentException("the data directory must be locked");
        }
        finishInterrupted(dataDir);
        Path db = Database.databaseFile(dataDir);
        if (!Files.exists(db)) {
            throw new OrbitException("error.encryption.noDatabase", dataDir.toAbsolutePath());
        }
        if (isEncryptedFile(db) != from.encrypted()) {
            throw new IllegalStateException("the database file is not under the key given");
        }
        Path part = db.resolveSibling(db.getFileName() + PART_SUFFIX);
        List<Path> rewritten = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        long deriveMillis = 0;
        DatabaseKey to = DatabaseKey.NONE;
        try {
            if (passphrase != null) {
                long start = System.nanoTime();
                byte[] key = KeyDerivation.derive(passphrase, kdf);
                deriveMillis = (System.nanoTime() - start) / 1_000_000;
                to = DatabaseKey.of(key);
                writeParams(dataDir.resolve(NEXT_KEY_FILE), kdf.withCheck(KeyDerivation.check(key)));
                Arrays.fill(key, (byte) 0);
            }
            listener.after(Step.KEY_WRITTEN);
            for (Path zip : backups(dataDir)) {
                Path copy = zip.resolveSibling(zip.getFileName() + BACKUP_SUFFIX);
                try {
                    BackupFiles.rekey(zip, copy, from, to);
                    rewritten.add(copy);
                } catch (IOException | RuntimeException e) {
                    if (Integrity.isDiskFull(e)) {
                        throw e;
                    }
                    // Left as it is: the user is told it stays under the old key (or plain).
                    LOG.warn("Could not rewrite the backup {}: {}", zip.getFileName(), e.toString());
                    Files.deleteIfExists(copy);
                    unreadable.add(zip.getFileName().toString());
                }
            }
            listener.after(Step.BACKUPS_COPIED);
            Files.deleteIfExists(part);
            BackupFiles.createOwnerOnly(part);
            copy(db, from, part, to);
            listener.after(Step.DATABASE_COPIED);
            Path journal = dataDir.resolve(JOURNAL);
            Path journalPart = dataDir.resolve(JOURNAL + ".part");
            BackupFiles.createOwnerOnly(journalPart);
            Files.writeString(journalPart, headHash(part) + "\n");
            Durably.move(journalPart, journal);
            listener.after(Step.JOURNALED);
            Durably.move(part, db);
            listener.after(Step.SWAPPED);
            finish(dataDir, passphrase != null);
            listener.after(Step.FINISHED);
        } catch (IOException | RuntimeException e) {
            if (Files.exists(dataDir.resolve(JOURNAL))) {
                // Past the journal: the next open (or the step below) finishes or undoes it from the files.
                finishInterrupted(dataDir);
            } else {
                undo(dataDir);
            }
            if (e instanceof OrbitException oe) {
                throw oe;
            }
            if (Integrity.isDiskFull(e)) {
                throw new OrbitException(e, "error.encryption.diskFull", dataDir.toAbsolutePath(),
                        Database.megabytes(DiskSpace.usable(dataDir)));
            }
            throw new OrbitException(e, "error.encryption.failed", dataDir.toAbsolutePath(), e.getMessage());
        }
        OwnerOnly.tree(dataDir);
        LOG.info("Rewrote the database {} ({} backups, {} left as they were)", passphrase == null ? "without encryption"
                : "encrypted", rewritten.size(), unreadable.size());
        return new EncryptionChange(kdf == null ? 0 : kdf.memoryKiB(), kdf == null ? 0 : kdf.iterations(),
                deriveMillis, rewritten.size(), unreadable);
    }

    /**
     * Finishes or undoes a rewrite a kill cut short; the caller holds the lock. The journal, written
     * just before the swap, holds the hash of the new file's first block: the database file has it
     * when the swap happened (finish: the new key file and backups take their places), not otherwise (undo).
     */
    public static void finishInterrupted(Path dataDir) {
        Path journal = dataDir.resolve(JOURNAL);
        try {
            if (Files.exists(journal)) {
                String expected = Files.readString(journal).strip();
                Path db = Database.databaseFile(dataDir);
                boolean swapped = Files.exists(db) && expected.equals(headHash(db));
                if (swapped) {
                    LOG.info("Finishing a change of encryption that was cut short");
                    finish(dataDir, isEncryptedFile(db));
                    return;
                }
                LOG.info("Undoing a change of encryption that was cut short before its swap");
            }
            undo(dataDir);
        } catch (IOException e) {
            throw new OrbitException(e, "error.encryption.failed", dataDir.toAbsolutePath(), e.getMessage());
        }
    }

    /** After the swap: the new key file (or none), the rewritten backups in place of the old, the journal gone. */
    private static void finish(Path dataDir, boolean encrypted) throws IOException {
        Path next = dataDir.resolve(NEXT_KEY_FILE);
        if (encrypted) {
            if (Files.exists(next)) {
                Durably.move(next, dataDir.resolve(KEY_FILE));
            }
        } else {
            Files.deleteIfExists(dataDir.resolve(KEY_FILE));
            Files.deleteIfExists(next);
        }
        Path folder = BackupFiles.folder(dataDir);
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "*.zip" + BACKUP_SUFFIX)) {
                for (Path copy : copies) {
                    String name = copy.getFileName().toString();
                    Durably.move(copy, copy.resolveSibling(name.substring(0, name.length() - BACKUP_SUFFIX.length())));
                }
            }
        }
        Files.deleteIfExists(dataDir.resolve(JOURNAL));
        Durably.forceDirectory(dataDir);
    }

    /** Before the swap: everything the rewrite wrote goes, the old files were never touched. */
    private static void undo(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(NEXT_KEY_FILE));
            Files.deleteIfExists(Database.databaseFile(dataDir).resolveSibling(Database.FILE_NAME + ".mv.db"
                    + PART_SUFFIX));
            Files.deleteIfExists(dataDir.resolve(JOURNAL + ".part"));
            Path folder = BackupFiles.folder(dataDir);
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, "*.zip" + BACKUP_SUFFIX)) {
                    for (Path copy : copies) {
                        Files.deleteIfExists(copy);
                    }
                }
            }
            Files.deleteIfExists(dataDir.resolve(JOURNAL));
        } catch (IOException e) {
            LOG.warn("Could not remove what an unfinished change of encryption left: {}", e.getMessage());
        }
    }

    private static List<Path> backups(Path dataDir) throws IOException {
        Path folder = BackupFiles.folder(dataDir);
        List<Path> out = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            try (DirectoryStream<Path> zips = Files.newDirectoryStream(folder, "orbit-*.zip")) {
                zips.forEach(out::add);
            }
        }
        out.sort(null);
        return out;
    }

    /** Copies a database file from one key to another (either may be none), forcing the copy to the disk. */
    static void copy(Path from, DatabaseKey fromKey, Path to, DatabaseKey toKey) throws IOException {
        try (FileChannel in = channel(from, fromKey, StandardOpenOption.READ);
             FileChannel out = channel(to, toKey, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = in.size();
            ByteBuffer buffer = ByteBuffer.allocate(1 << 20);
            long position = 0;
            while (position < size) {
                buffer.clear();
                // H2's decryption reads whole blocks and fails past the end: never ask for more than is left.
                buffer.limit((int) Math.min(buffer.capacity(), size - position));
                int n = in.read(buffer, position);
                if (n <= 0) {
                    throw new IOException("the database file ended early");
                }
                buffer.flip();
                long at = position;
                while (buffer.hasRemaining()) {
                    at += out.write(buffer, at);
                }
                position += n;
            }
            out.force(true);
        }
    }

    /** The file as H2 sees it: through the decryption of H2's format when the key is one. */
    static FileChannel channel(Path file, DatabaseKey key, OpenOption... options) throws IOException {
        FileChannel raw = FileChannel.open(file, options);
        if (!key.encrypted()) {
            return raw;
        }
        byte[] fileKey = key.fileKey();
        try {
            return new XtsFileChannel(file.toString(), fileKey, raw, () -> { });
        } finally {
            Arrays.fill(fileKey, (byte) 0);
        }
    }

    /** The first bytes of the database as H2 reads them (decrypted with the key). */
    static byte[] head(Path file, DatabaseKey key, int length) throws IOException {
        try (FileChannel in = channel(file, key, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(length, in.size()));
            while (buffer.hasRemaining() && in.read(buffer, buffer.position()) > 0) {
                // Reads until full or the end of the file.
            }
            return Arrays.copyOf(buffer.array(), buffer.position());
        }
    }

    /** The logical size of the database (without the encryption's own header). */
    static long size(Path file, DatabaseKey key) throws IOException {
        try (FileChannel in = channel(file, key, StandardOpenOption.READ)) {
            return in.size();
        }
    }

    private static String headHash(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(head));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyDerivation.Params readParams(Path file) {
        if (!Files.exists(file)) {
            throw new OrbitException("error.encryption.keyFile", file.toAbsolutePath());
        }
        try {
            return readParams(file, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new OrbitException(e, "error.encryption.keyFile", file.toAbsolutePath());
        }
    }

    /** The parameters in a key file's bytes ({@code file} names it in the message). */
    private static KeyDerivation.Params readParams(Path file, byte[] bytes) {
        try {
            KeyDerivation.Params params = Json.MAPPER.readValue(bytes, KeyDerivation.Params.class);
            if (params == null || !params.usable()) {
                throw new OrbitException("error.encryption.keyFile", file.toAbsolutePath());
            }
            return params;
        } catch (IOException e) {
            throw new OrbitException(e, "error.encryption.keyFile", file.toAbsolutePath());
        }
    }

    private static void writeParams(Path file, KeyDerivation.Params params) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        BackupFiles.createOwnerOnly(part);
        Files.write(part, Json.MAPPER.writeValueAsBytes(params));
        Durably.move(part, file);
    }
}
