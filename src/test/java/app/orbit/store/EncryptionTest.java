package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest on real H2 files: encrypt, open, refuse, back up, compact, change, decrypt, kills. */
class EncryptionTest {

    /** 64 MiB like the real thing, one pass to keep the tests' time down (the calibration picks more). */
    static final KeyDerivation.Params TEST_KDF = KeyDerivation.fresh(KeyDerivation.MIN_MEMORY_KIB, 1, 0);
    static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    private static final char[] OTHER = "another long passphrase".toCharArray();

    @TempDir
    Path dir;

    /** What a SIGKILL does to the rewrite: it stops, and nothing of it cleans up. */
    private static final class Killed extends Error {
        Killed(Encryption.Step step) {
            super("killed after " + step);
        }
    }

    private static void write(Database db, int from, int count) {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        for (int i = from; i < from + count; i++) {
            settings.put("key" + (i % 50), "value " + i + " " + "x".repeat(200));
        }
    }

    private static void assertHoldsTheLastWrites(Database db, int upTo) {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        for (int i = upTo - 50; i < upTo; i++) {
            assertThat(settings.get("key" + (i % 50))).hasValue("value " + i + " " + "x".repeat(200));
        }
    }

    private Path file() {
        return Database.databaseFile(dir);
    }

    private static Database open(Path dir, char[] passphrase) {
        return Database.open(dir, PassphraseSource.of(passphrase), Database.Migrations.NONE, false);
    }

    private void encrypt(char[] passphrase) {
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.encrypt(dir, lock, passphrase, TEST_KDF);
        }
    }

    private static boolean containsText(byte[] bytes, String text) {
        String all = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        return all.contains(text);
    }

    @Test
    void encrypt_thenOpenWithThePassphrase_holdsEveryRowAndNoTextInTheFile() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 100);
        }
        assertThat(containsText(Files.readAllBytes(file()), "value 99")).as("plain before").isTrue();

        encrypt(PASSPHRASE);

        assertThat(Encryption.encrypted(dir)).isTrue();
        assertThat(Files.exists(dir.resolve(Encryption.KEY_FILE))).isTrue();
        byte[] raw = Files.readAllBytes(file());
        assertThat(containsText(raw, "value 99")).as("text readable in the encrypted file").isFalse();
        assertThat(containsText(raw, "H:2,")).as("H2's header readable in the encrypted file").isFalse();
        try (Database db = open(dir, PASSPHRASE)) {
            assertThat(db.encrypted()).isTrue();
            assertHoldsTheLastWrites(db, 100);
            write(db, 100, 10);
            assertHoldsTheLastWrites(db, 110);
        }
        try (Database db = open(dir, PASSPHRASE)) {
            assertHoldsTheLastWrites(db, 110);
        }
    }

    @Test
    void open_wrongOrNoPassphrase_refusedWithTheFilesByteForByteUnchanged() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
        }
        encrypt(PASSPHRASE);
        byte[] before = Files.readAllBytes(file());
        byte[] keyBefore = Files.readAllBytes(dir.resolve(Encryption.KEY_FILE));

        assertThatThrownBy(() -> open(dir, OTHER)).isInstanceOf(OrbitException.class)
                .extracting(e -> ((OrbitException) e).key()).isEqualTo("error.passphrase.wrong");
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(OrbitException.class)
                .extracting(e -> ((OrbitException) e).key()).isEqualTo("error.passphrase.needed");

        assertThat(Arrays.equals(Files.readAllBytes(file()), before)).as("database file unchanged").isTrue();
        assertThat(Files.readAllBytes(dir.resolve(Encryption.KEY_FILE))).isEqualTo(keyBefore);
        try (Database db = open(dir, PASSPHRASE)) {
            assertHoldsTheLastWrites(db, 60);
        }
    }

    @Test
    void open_plainFileWithAKeyFileLeftBeside_opensWithoutAPassphrase() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
        }
        encrypt(PASSPHRASE);
        Path keyFile = dir.resolve(Encryption.KEY_FILE);
        byte[] key = Files.readAllBytes(keyFile);
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.decrypt(dir, lock, Encryption.unlock(dir, PASSPHRASE));
        }
        Files.write(keyFile, key);

        assertThat(Encryption.encrypted(dir)).as("a plain file is plain, whatever lies beside it").isFalse();
        try (Database db = Database.open(dir)) {
            assertHoldsTheLastWrites(db, 60);
        }
    }

    @Test
    void h2_withoutTheKey_cannotOpenTheEncryptedFile() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
        }
        encrypt(PASSPHRASE);

        assertThatThrownBy(() -> DriverManager.getConnection(Database.url(dir) + ";ACCESS_MODE_DATA=r", "orbit", "")
                .close()).isInstanceOf(SQLException.class);
    }

    @Test
    void backup_ofAnEncryptedDatabase_isEncryptedVerifiedAndRestoresWithTheKey() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
        }
        encrypt(PASSPHRASE);
        app.orbit.service.Backup backup;
        try (Database db = open(dir, PASSPHRASE)) {
            backup = BackupFiles.online(db).create(app.orbit.service.Backup.Kind.MANUAL, Instant.parse("2026-11-26T10:00:00Z"));
            write(db, 60, 10);
        }
        assertThat(backup.verified()).as("verified with the key").isTrue();
        Path zip = BackupFiles.folder(dir).resolve(backup.fileName());
        byte[] entry;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            z.getNextEntry();
            entry = z.readAllBytes();
        }
        assertThat(new String(entry, 0, 10, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("H2encrypt\n");
        assertThat(containsText(entry, "value 59")).isFalse();
        Path copy = Files.createDirectories(dir.resolveSibling("copy"));
        Files.write(copy.resolve("orbit.mv.db"), entry);
        assertThatThrownBy(() -> DriverManager.getConnection(Database.url(copy) + ";ACCESS_MODE_DATA=r", "orbit", "")
                .close()).as("the backup opened without the key").isInstanceOf(SQLException.class);

        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            BackupFiles.offline(dir, lock, Encryption.unlock(dir, PASSPHRASE)).restore(backup);
        }
        try (Database db = open(dir, PASSPHRASE)) {
            assertHoldsTheLastWrites(db, 60);
            assertThat(new JdbcSettingsRepository(db).get("key10")).as("the write after the backup is gone")
                    .hasValue("value 10 " + "x".repeat(200));
        }
    }

    @Test
    void compaction_ofAnEncryptedDatabase_staysEncryptedAndWhole() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 20);
        }
        encrypt(PASSPHRASE);
        try (Database db = open(dir, PASSPHRASE)) {
            write(db, 20, 300);
            long before = Files.size(file());
            assertThat(db.compactNow()).isTrue();
            assertThat(Files.size(file())).isLessThan(before / 2);
            assertHoldsTheLastWrites(db, 320);
        }
        byte[] raw = Files.readAllBytes(file());
        assertThat(Encryption.isEncryptedFile(file())).isTrue();
        assertThat(containsText(raw, "value 319")).isFalse();
        try (Database db = open(dir, PASSPHRASE)) {
            assertHoldsTheLastWrites(db, 320);
        }
    }

    @Test
    void change_thenDecrypt_newPassphraseOpensOldDoesNotThenPlainAgainWithBackups() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
            BackupFiles.online(db).create(app.orbit.service.Backup.Kind.MANUAL, Instant.parse("2026-11-25T10:00:00Z"));
        }
        encrypt(PASSPHRASE);
        Path zip = BackupFiles.listIn(dir).stream().map(b -> BackupFiles.folder(dir).resolve(b.fileName()))
                .findFirst().orElseThrow();
        assertThat(zipEntryHead(zip)).as("old backup rewritten encrypted").isEqualTo("H2encrypt\n");

        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.change(dir, lock, Encryption.unlock(dir, PASSPHRASE), OTHER, TEST_KDF);
        }
        assertThatThrownBy(() -> open(dir, PASSPHRASE)).isInstanceOf(OrbitException.class);
        try (Database db = open(dir, OTHER)) {
            assertHoldsTheLastWrites(db, 60);
        }
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            BackupFiles.offline(dir, lock, Encryption.unlock(dir, OTHER))
                    .restore(BackupFiles.listIn(dir).get(0));
        }

        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.decrypt(dir, lock, Encryption.unlock(dir, OTHER));
        }
        assertThat(Encryption.encrypted(dir)).isFalse();
        assertThat(Files.exists(dir.resolve(Encryption.KEY_FILE))).isFalse();
        assertThat(zipEntryHead(zip)).as("backup plain again").startsWith("H:2,");
        try (Database db = Database.open(dir)) {
            assertHoldsTheLastWrites(db, 60);
        }
    }

    @Test
    void encrypt_killedAfterEachStep_leavesTheOldOrTheNewStateWhole() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
            BackupFiles.online(db).create(app.orbit.service.Backup.Kind.MANUAL, Instant.parse("2026-11-25T10:00:00Z"));
        }
        Path pristine = Files.createDirectories(dir.resolveSibling("pristine"));
        copyTree(dir, pristine);
        byte[] old = Files.readAllBytes(file());
        for (Encryption.Step step : Encryption.Step.values()) {
            deleteTree(dir);
            copyTree(pristine, dir);

            try (DataDirLock lock = DataDirLock.acquire(dir)) {
                assertThatThrownBy(() -> Encryption.rewrite(dir, lock, DatabaseKey.NONE, PASSPHRASE, TEST_KDF, s -> {
                    if (s == step) {
                        throw new Killed(s);
                    }
                })).isInstanceOf(Killed.class);
            }

            boolean swapped = step.compareTo(Encryption.Step.SWAPPED) >= 0;
            if (!swapped) {
                assertThat(Arrays.equals(Files.readAllBytes(file()), old)).as("old file untouched after %s", step)
                        .isTrue();
            }
            assertThat(Encryption.isEncryptedFile(file())).as("encrypted after a kill after %s", step)
                    .isEqualTo(swapped);
            // The next open finishes or undoes it: no leftover, the backups under the database's key.
            try (Database db = swapped ? open(dir, PASSPHRASE) : Database.open(dir)) {
                assertHoldsTheLastWrites(db, 60);
            }
            try (var files = Files.walk(dir)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("leftovers after a kill after %s", step)
                        .noneMatch(n -> n.endsWith(".rekey") || n.endsWith(".part") || n.endsWith(".next")
                                || n.equals(Encryption.JOURNAL));
            }
            Path zip = BackupFiles.folder(dir).resolve(BackupFiles.listIn(dir).get(0).fileName());
            assertThat(zipEntryHead(zip).startsWith("H2encrypt")).as("backup encrypted after %s", step)
                    .isEqualTo(swapped);
            assertThat(Files.exists(dir.resolve(Encryption.KEY_FILE))).isEqualTo(swapped);
        }
    }

    private static String zipEntryHead(Path zip) throws Exception {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            z.getNextEntry();
            return new String(z.readNBytes(10), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals(Database.LOCK_FILE)) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        try (var all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
