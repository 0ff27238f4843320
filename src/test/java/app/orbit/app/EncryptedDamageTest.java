package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Damage to an encrypted database file: found (at the open, or by the full read that follows),
 * said with the last good backup, never a silent empty start; a file refused at the open is left
 * byte for byte as it was, and the backup restores with the passphrase.
 */
class EncryptedDamageTest {

    private static final int PEOPLE = 30;

    @TempDir
    Path dir;

    private Backup good;

    @BeforeEach
    void fill() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            for (int i = 0; i < PEOPLE; i++) {
                orbit.contacts().create(person("Person" + i, "Damaged").notes("note " + i).build());
            }
        }
        TestOrbit.encrypt(dir);
        BackupAndRestoreTest.start(dir, TestOrbit.TODAY);
        good = Orbit.latestBackup(dir).orElseThrow();
        assertThat(good.verified()).isTrue();
    }

    /** Noise over {@code length} bytes at {@code fraction} of the file (past the encryption's own header). */
    private static UnaryOperator<byte[]> noiseAt(double fraction, int length, int seed) {
        return b -> {
            byte[] g = b.clone();
            byte[] noise = new byte[length];
            new Random(seed).nextBytes(noise);
            int at = Math.max(4096, (int) (b.length * fraction)) & ~15;
            System.arraycopy(noise, 0, g, at, Math.min(length, g.length - at));
            return g;
        };
    }

    /**
     * 32 bytes of noise in every 4 KiB block from {@code fraction} of the file on: H2 writes at the
     * end of its file, so most of it is older chunks no longer read; this reaches the live ones.
     */
    private static UnaryOperator<byte[]> noiseEvery(double fraction, int seed) {
        return b -> {
            byte[] g = b.clone();
            Random random = new Random(seed);
            byte[] noise = new byte[32];
            for (int at = Math.max(4096, (int) (b.length * fraction)) & ~4095; at + 4096 <= g.length; at += 4096) {
                random.nextBytes(noise);
                System.arraycopy(noise, 0, g, at + 1024, noise.length);
            }
            return g;
        };
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("encryption header overwritten", (UnaryOperator<byte[]>) b -> {
                    byte[] g = b.clone();
                    byte[] noise = new byte[4096];
                    new Random(23).nextBytes(noise);
                    System.arraycopy(noise, 0, g, 0, noise.length);
                    return g;
                }),
                Arguments.of("H2 headers overwritten inside the encryption", noiseAt(0, 8192, 29)),
                Arguments.of("truncated to half", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2)),
                Arguments.of("noise in every block of the second half", noiseEvery(0.5, 41)),
                Arguments.of("noise in every block", noiseEvery(0, 43)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void open_damagedEncryptedFile_isFoundAndTheBackupRestoresWithThePassphrase(String what,
            UnaryOperator<byte[]> damage) throws Exception {
        byte[] damaged = damage.apply(Files.readAllBytes(Database.databaseFile(dir)));
        Files.write(Database.databaseFile(dir), damaged);

        OrbitException found = null;
        try (Orbit orbit = TestOrbit.open(dir, TestOrbit.TODAY.plusDays(1))) {
            try {
                orbit.verify();
                assertThat(what).as("opened whole after damage").startsWith("truncated");
                assertThat(orbit.contacts().count()).isEqualTo(PEOPLE);
            } catch (OrbitException later) {
                found = later;
            }
        } catch (OrbitException atOpen) {
            found = atOpen;
            assertThat(Files.readAllBytes(Database.databaseFile(dir))).as("file refused at open untouched")
                    .isEqualTo(damaged);
        }
        if (found != null) {
            assertThat(found.key()).as("%s: %s", what, found.key()).isIn("backup.damaged", "backup.damagedNow");
            assertThat(List.of(found.args())).as(what).contains(good.fileName());
        }

        Main.restoreFromBackup(dir, TestOrbit.clockAt(TestOrbit.TODAY.plusDays(1)), good.fileName(),
                () -> TestOrbit.PASSPHRASE.toCharArray());
        try (Orbit orbit = TestOrbit.open(dir, TestOrbit.TODAY.plusDays(1))) {
            assertThat(orbit.encrypted()).isTrue();
            orbit.verify();
            assertThat(orbit.contacts().count()).isEqualTo(PEOPLE);
        }
    }
}
