package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The key derived ahead, while Orbit starts, from a passphrase known at start (ORBIT_PASSPHRASE_FILE). */
class KeyAheadTest {

    private static final char[] PASSPHRASE = EncryptionTest.PASSPHRASE;
    private static final char[] OTHER = "another long passphrase".toCharArray();

    @TempDir
    Path dir;

    /** A passphrase known without asking anyone, as the file gives it; remembers each array it gave and on which thread. */
    private static final class Known implements PassphraseSource {
        volatile char[] passphrase;
        final List<char[]> given = new CopyOnWriteArrayList<>();
        final List<String> threads = new CopyOnWriteArrayList<>();

        Known(char[] passphrase) {
            this.passphrase = passphrase;
        }

        @Override
        public char[] passphrase() {
            char[] copy = passphrase.clone();
            given.add(copy);
            threads.add(Thread.currentThread().getName());
            return copy;
        }

        boolean allWiped() {
            return given.stream().allMatch(c -> new String(c).chars().allMatch(ch -> ch == 0));
        }
    }

    private void encryptedDatabase(char[] passphrase) {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("greeting", "bonjour");
        }
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.encrypt(dir, lock, passphrase, EncryptionTest.TEST_KDF);
        }
    }

    private static Database open(Path dir, PassphraseSource passphrase) {
        return Database.open(dir, passphrase, Database.Migrations.NONE, false);
    }

    /** Every file under the data directory, by its relative path. */
    private Map<String, byte[]> files() throws IOException {
        return app.orbit.testing.DataFiles.under(dir);
    }

    @Test
    void unlock_theRightPassphrase_derivedOnceOnItsOwnThreadThenOpens() throws Exception {
        encryptedDatabase(PASSPHRASE);
        Known known = new Known(PASSPHRASE);

        KeyAhead ahead = KeyAhead.start(dir, known, () -> true);
        ahead.awaitDerivation();
        assertThat(known.threads).as("read once, ahead").containsExactly("orbit-key");

        try (Database db = open(dir, ahead)) {
            assertThat(db.encrypted()).isTrue();
            assertThat(new JdbcSettingsRepository(db).get("greeting")).hasValue("bonjour");
        }
        assertThat(known.threads).as("no second derivation at the opening").hasSize(1);
        assertThat(known.allWiped()).as("the passphrase's characters wiped once derived").isTrue();
    }

    @Test
    void unlock_aWrongPassphrase_refusedWithEveryFileByteForByteUnchanged() throws Exception {
        encryptedDatabase(PASSPHRASE);
        Map<String, byte[]> before = files();
        Known known = new Known(OTHER);

        KeyAhead ahead = KeyAhead.start(dir, known, () -> true);

        assertThatThrownBy(() -> open(dir, ahead)).isInstanceOf(OrbitException.class)
                .extracting(e -> ((OrbitException) e).key()).isEqualTo("error.passphrase.wrong");
        Map<String, byte[]> after = files();
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        assertThat(known.threads).containsExactly("orbit-key");
        assertThat(known.allWiped()).isTrue();
    }

    @Test
    void unlock_theKeyFileChangedAfterTheDerivation_derivesAgainFromTheSource() throws Exception {
        encryptedDatabase(PASSPHRASE);
        Known known = new Known(PASSPHRASE);
        KeyAhead ahead = KeyAhead.start(dir, known, () -> true);
        ahead.awaitDerivation();

        // The passphrase changed meanwhile (another Orbit's `orbit passphrase`): a new salt and key file.
        try (DataDirLock lock = DataDirLock.acquire(dir)) {
            Encryption.change(dir, lock, Encryption.unlock(dir, PASSPHRASE), OTHER, EncryptionTest.TEST_KDF);
        }
        known.passphrase = OTHER;

        try (Database db = open(dir, ahead)) {
            assertThat(new JdbcSettingsRepository(db).get("greeting")).hasValue("bonjour");
        }
        assertThat(known.threads).hasSize(2);
        assertThat(known.threads.get(1)).isEqualTo(Thread.currentThread().getName());
        assertThat(known.allWiped()).isTrue();
    }

    @Test
    void start_aPlainDatabase_neverReadsThePassphrase() throws Exception {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("greeting", "bonjour");
        }
        Known known = new Known(PASSPHRASE);

        KeyAhead ahead = KeyAhead.start(dir, known, () -> true);
        ahead.awaitDerivation();
        try (Database db = open(dir, ahead)) {
            assertThat(db.encrypted()).isFalse();
        }

        assertThat(known.threads).isEmpty();
    }

    @Test
    void start_notTheDatabaseThatOpens_derivesNothingAhead_andOnlyWhenAsked() throws Exception {
        encryptedDatabase(PASSPHRASE);
        Known known = new Known(PASSPHRASE);

        KeyAhead ahead = KeyAhead.start(dir, known, () -> false);
        ahead.awaitDerivation();
        assertThat(known.threads).isEmpty();

        try (Database db = open(dir, ahead)) {
            assertThat(db.encrypted()).isTrue();
        }
        assertThat(known.threads).containsExactly(Thread.currentThread().getName());
    }
}
