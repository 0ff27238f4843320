package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.Progress;
import app.orbit.service.Backup;
import app.orbit.store.BackupFiles;
import app.orbit.store.Database;
import app.orbit.testing.Damage;
import app.orbit.testing.TestOrbit;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damage that lets H2 open the file and shows later — in the text of a note (a flipped bit H2
 * cannot see), or in a page read after start-up: reported as damage naming the last good backup,
 * writes stopped, never "unchanged", no backup of it taken, no trace file from H2.
 */
class DamageFoundLaterTest {

    private static final LocalDate DAY1 = TestOrbit.TODAY;
    private static final LocalDate DAY2 = DAY1.plusDays(1);
    private static final int PEOPLE = 40;

    @TempDir
    Path dir;

    private Backup good;

    @BeforeEach
    void fill() {
        try (Orbit orbit = TestOrbit.open(dir, DAY1)) {
            for (int i = 0; i < PEOPLE; i++) {
                var c = orbit.contacts().create(person("Person" + i, "Damaged").notes("bulk note " + i + " about them")
                        .build());
                orbit.interactions().log(Interaction.of(DAY1, InteractionKind.CALL, List.of(c.id()), "Call " + i,
                        "talked " + i, Exchange.NONE, null));
            }
        }
        BackupAndRestoreTest.start(dir, DAY1);
        good = Orbit.latestBackup(dir).orElseThrow();
        assertThat(good.verified()).as("the daily backup of a sound database is verified").isTrue();
    }

    private static void assertNamesTheGoodBackup(Throwable e, Backup good) {
        assertThat(e).isInstanceOfSatisfying(OrbitException.class, oe -> {
            assertThat(oe.key()).isEqualTo("backup.damagedNow");
            assertThat(oe.args()).contains(good.fileName(), DAY1);
        });
    }

    @Test
    void verify_aBitFlippedInsideANote_isFoundAndStopsWrites() throws Exception {
        Damage.flipBitInside(Database.databaseFile(dir), "bulk note 17 about", 6);

        try (Orbit orbit = TestOrbit.open(dir, DAY2)) {
            // H2 reads the changed note without complaint: only the row's check value tells.
            assertThat(orbit.contacts().search("person17", true, 5)).hasSize(1);
            assertThatThrownBy(orbit::verify).satisfies(e -> assertNamesTheGoodBackup(e, good));
            assertThatThrownBy(() -> orbit.contacts().create(person("New", "One").build()))
                    .satisfies(e -> assertNamesTheGoodBackup(e, good));
            assertThatThrownBy(() -> orbit.backups().backupNow()).satisfies(e -> assertNamesTheGoodBackup(e, good));
            assertThat(orbit.dailyBackup()).isEmpty();
        }
        assertThat(BackupFiles.listIn(dir)).containsExactly(good);
        assertThat(dir.resolve("orbit.trace.db")).doesNotExist();
    }

    @Test
    void export_aBitFlippedInsideANote_isRefusedAsDamage() throws Exception {
        Damage.flipBitInside(Database.databaseFile(dir), "bulk note 3 about", 6);

        try (Orbit orbit = TestOrbit.open(dir, DAY2)) {
            // The command line verifies before it exports (ExportCommand); the window after start-up.
            assertThatThrownBy(() -> {
                orbit.verify();
                orbit.exporter().export(ExportFormat.JSON, ContactFilter.ALL, new ByteArrayOutputStream(),
                        Progress.NONE);
            }).satisfies(e -> assertNamesTheGoodBackup(e, good));
        }
    }

    @Test
    void read_aDamagedPage_saysDamageNotUnchanged_andStopsWrites() throws Exception {
        Damage.noiseBefore(Database.databaseFile(dir), "bulk note 21 about", 40);
        byte[] atOpen;

        try (Orbit orbit = TestOrbit.open(dir, DAY2)) {
            atOpen = Files.readAllBytes(Database.databaseFile(dir));
            Throwable failure = null;
            try {
                orbit.exporter().export(ExportFormat.JSON, ContactFilter.ALL, new ByteArrayOutputStream(),
                        Progress.NONE);
                orbit.verify();
            } catch (OrbitException e) {
                failure = e;
            }
            assertThat(failure).as("the damaged page is found").isNotNull();
            assertNamesTheGoodBackup(failure, good);
            assertThat(orbit.readOnly()).isTrue();
            assertThatThrownBy(() -> orbit.interactions().log(Interaction.of(DAY2, InteractionKind.CALL,
                    List.of(1L), "Again", "", Exchange.NONE, null)))
                    .satisfies(e -> assertNamesTheGoodBackup(e, good));
            assertThatThrownBy(() -> orbit.backups().backupNow()).satisfies(e -> assertNamesTheGoodBackup(e, good));
        }

        // Nothing written after the damage was found: no compaction at close, no log, no backup.
        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(atOpen);
        assertThat(BackupFiles.listIn(dir)).containsExactly(good);
        assertThat(dir.resolve("orbit.trace.db")).doesNotExist();
        // The next start refuses too, offering the same backup; restoring it brings everyone back.
        assertThatThrownBy(() -> TestOrbit.open(dir, DAY2)).isInstanceOfSatisfying(OrbitException.class, e -> {
            assertThat(e.key()).isEqualTo("backup.damaged");
            assertThat(e.args()).contains(good.fileName());
        });
        Orbit.offline(dir, TestOrbit.clockAt(DAY2), s -> s.restore(good));
        try (Orbit orbit = TestOrbit.open(dir, DAY2)) {
            assertThat(orbit.contacts().count()).isEqualTo(PEOPLE);
            orbit.verify();
            orbit.contacts().create(person("After", "Restore").build());
        }
    }

    @Test
    void dailyBackup_ofADamagedDatabase_isRefusedAndTheGoodOneSurvives() throws Exception {
        Damage.flipBitInside(Database.databaseFile(dir), "bulk note 30 about", 6);

        // The next days' starts: the daily backup's verification finds the damage in its copy.
        BackupAndRestoreTest.start(dir, DAY2);
        assertThat(BackupFiles.listIn(dir)).containsExactly(good);
        assertThatThrownBy(() -> BackupAndRestoreTest.start(dir, DAY2.plusDays(1)))
                .isInstanceOfSatisfying(OrbitException.class, e -> {
                    assertThat(e.key()).isEqualTo("backup.damaged");
                    assertThat(e.args()).contains(good.fileName());
                });
        assertThat(BackupFiles.listIn(dir)).containsExactly(good);
        assertThat(dir.resolve("orbit.trace.db")).doesNotExist();
    }
}
