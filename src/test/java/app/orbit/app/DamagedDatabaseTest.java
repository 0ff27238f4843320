package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.store.BackupFiles;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A damaged database file at start-up: a clear message offering the latest backup, never a
 * silent empty start, and the damaged file left byte for byte as it was.
 */
class DamagedDatabaseTest {

    private static final int PEOPLE = 20;

    @TempDir
    Path dir;

    @BeforeEach
    void fill() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            for (int i = 0; i < PEOPLE; i++) {
                orbit.contacts().create(person("Person" + i, "Damaged").notes("note " + i).build());
            }
        }
    }

    static Stream<Arguments> damages() {
        return Stream.of(
                Arguments.of("empty file", (UnaryOperator<byte[]>) b -> new byte[0]),
                Arguments.of("one byte", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 1)),
                Arguments.of("headers only", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 8192)),
                Arguments.of("first chunk only", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, 12288)),
                Arguments.of("truncated to half", (UnaryOperator<byte[]>) b -> Arrays.copyOf(b, b.length / 2)),
                Arguments.of("all zeros", (UnaryOperator<byte[]>) b -> new byte[b.length]),
                Arguments.of("garbage", (UnaryOperator<byte[]>) b -> {
                    byte[] g = new byte[b.length];
                    new Random(17).nextBytes(g);
                    return g;
                }),
                Arguments.of("both headers overwritten", (UnaryOperator<byte[]>) b -> {
                    byte[] g = b.clone();
                    byte[] noise = new byte[8192];
                    new Random(19).nextBytes(noise);
                    System.arraycopy(noise, 0, g, 0, noise.length);
                    return g;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void open_damagedFileWithoutBackup_isRefusedAndLeftUntouched(String what, UnaryOperator<byte[]> damage)
            throws Exception {
        byte[] damaged = damage.apply(Files.readAllBytes(Database.databaseFile(dir)));
        Files.write(Database.databaseFile(dir), damaged);
        if (what.startsWith("truncated")) {
            try (Orbit orbit = TestOrbit.open(dir)) {
                assertThat(orbit.contacts().count()).as("opened after %s", what).isEqualTo(PEOPLE);
                return;
            } catch (OrbitException refused) {
                assertThat(refused.key()).isEqualTo("error.database.damaged");
            }
        }

        assertThatThrownBy(() -> TestOrbit.open(dir))
                .isInstanceOfSatisfying(OrbitException.class,
                        e -> assertThat(e.key()).isEqualTo("error.database.damaged"));

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(damaged);
        assertThat(BackupFiles.listIn(dir)).isEmpty();
    }

    /**
     * Damages that keep both headers and some chunks: H2 may still find a whole version of the
     * data (its chunks are copy-on-write). Then Orbit opens with everything; otherwise it refuses.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("damages")
    void open_damagedFileWithBackups_offersTheLatestBackupOrOpensWhole(String what, UnaryOperator<byte[]> damage)
            throws Exception {
        BackupAndRestoreTest.start(dir, TestOrbit.TODAY);
        Backup older = Orbit.latestBackup(dir).orElseThrow();
        BackupAndRestoreTest.start(dir, TestOrbit.TODAY.plusDays(1));
        Backup latest = Orbit.latestBackup(dir).orElseThrow();
        assertThat(latest).isNotEqualTo(older);
        byte[] damaged = damage.apply(Files.readAllBytes(Database.databaseFile(dir)));
        Files.write(Database.databaseFile(dir), damaged);

        boolean mayOpenWhole = what.startsWith("truncated");
        if (mayOpenWhole) {
            try (Orbit orbit = TestOrbit.open(dir, TestOrbit.TODAY.plusDays(2))) {
                assertThat(orbit.contacts().count()).as("opened after %s", what).isEqualTo(PEOPLE);
                return;
            } catch (OrbitException refused) {
                assertThat(refused.key()).isEqualTo("backup.damaged");
            }
        }
        assertThatThrownBy(() -> TestOrbit.open(dir, TestOrbit.TODAY.plusDays(2)))
                .isInstanceOfSatisfying(OrbitException.class, e -> {
                    assertThat(e.key()).isEqualTo("backup.damaged");
                    assertThat(e.args()).contains(latest.fileName(), TestOrbit.TODAY.plusDays(1));
                });

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(damaged);
        assertThat(BackupFiles.listIn(dir)).extracting(Backup::fileName)
                .containsExactly(latest.fileName(), older.fileName());
    }

    @Test
    void open_aDamagedStart_thenRestoringTheOfferedBackup_bringsEverythingBack() throws Exception {
        BackupAndRestoreTest.start(dir, TestOrbit.TODAY);
        Files.write(Database.databaseFile(dir), new byte[100]);
        Backup offered = Orbit.latestBackup(dir).orElseThrow();

        Orbit.offline(dir, TestOrbit.clockAt(TestOrbit.TODAY), s -> s.restore(offered));

        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(orbit.contacts().count()).isEqualTo(PEOPLE);
            assertThat(orbit.contacts().search("person19", false, 5)).hasSize(1);
        }
        List<Backup> all = BackupFiles.listIn(dir);
        assertThat(all).extracting(Backup::kind).contains(Backup.Kind.PRE_RESTORE);
    }
}
