package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.BackupRotation;
import app.orbit.service.BackupService;
import app.orbit.store.BackupFiles;
import app.orbit.store.Database;
import app.orbit.testing.MutableClock;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupAndRestoreTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    @TempDir
    Path dir;

    private static List<String> names(Orbit orbit) {
        return orbit.contacts().search("", true, 1000).stream().map(ContactSummary::displayName).toList();
    }

    private void addPerson(Orbit orbit, String first) {
        var c = orbit.contacts().create(person(first, "Backup").build());
        orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(c.id()), "Call", "",
                Exchange.NONE, null));
    }

    /** Opens Orbit as a front end does at start-up: open, then the daily backup. */
    static void start(Path dir, LocalDate day) {
        try (Orbit orbit = TestOrbit.open(dir, day)) {
            orbit.dailyBackup();
        }
    }

    @Test
    void dailyBackup_brandNewDatabase_takesNoBackup() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(orbit.dailyBackup()).isEmpty();
            assertThat(orbit.backups().list()).isEmpty();
        }
    }

    @Test
    void dailyBackup_existingDatabase_backsUpAtMostOnceADay() {
        start(dir, TODAY);
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(orbit.backups().list()).isEmpty();
            assertThat(orbit.dailyBackup()).get().extracting(Backup::kind).isEqualTo(Backup.Kind.DAILY);
            assertThat(orbit.dailyBackup()).isEmpty();
        }
        start(dir, TODAY);
        assertThat(Orbit.latestBackup(dir)).isPresent();
        assertThat(BackupFiles.listIn(dir)).hasSize(1);

        start(dir, TODAY.plusDays(1));
        assertThat(BackupFiles.listIn(dir)).hasSize(2);
    }

    @Test
    void backupIfDue_twoMonthsOfDailyStarts_keepsSevenDailyAndFourWeekly() {
        MutableClock clock = new MutableClock(TestOrbit.clockAt(LocalDate.of(2026, 1, 5)).instant());
        TestOrbit.open(dir).close();
        try (Database db = Database.open(dir)) {
            BackupService backups = new BackupService(BackupFiles.online(db), clock);
            for (int day = 0; day < 60; day++) {
                backups.backupIfDue();
                backups.backupIfDue();
                clock.advance(Duration.ofDays(1));
            }
            List<LocalDate> days = backups.list().stream()
                    .map(b -> LocalDate.ofInstant(b.takenAt(), clock.getZone())).sorted().toList();
            assertThat(days).hasSize(9).startsWith(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 22))
                    .endsWith(LocalDate.of(2026, 3, 5));
            assertThat(days.size()).isLessThanOrEqualTo(BackupRotation.DAILY + BackupRotation.WEEKLY);
        }
    }

    @Test
    void backups_areOwnerOnlyZipFiles() throws Exception {
        TestOrbit.open(dir).close();
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.backups().backupNow();
        }
        Path folder = BackupFiles.folder(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertThat(all).isNotEmpty().allSatisfy(f -> {
                // A verified backup's side file (its row counts) sits next to it.
                assertThat(f.getFileName().toString()).matches(".*\\.zip(\\.check)?");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
            });
        }
    }

    @Test
    void restore_fromARunningOrbit_bringsBackTheBackupAndKeepsTheReplacedDatabase() {
        Orbit orbit = TestOrbit.open(dir);
        addPerson(orbit, "Before");
        Backup backup = orbit.backups().backupNow();
        addPerson(orbit, "After");

        Orbit restored = orbit.restore(backup);
        try {
            assertThat(names(restored)).containsExactly("Before Backup");
            assertThat(restored.interactions().timeline(restored.contacts().search("Before", true, 1).get(0).id()))
                    .hasSize(1);
            Backup preRestore = restored.backups().list().stream()
                    .filter(b -> b.kind() == Backup.Kind.PRE_RESTORE).findFirst().orElseThrow();
            // The replaced database is itself restorable: nothing is ever lost by a restore.
            Orbit again = restored.restore(preRestore);
            restored = again;
            assertThat(names(again)).containsExactlyInAnyOrder("Before Backup", "After Backup");
        } finally {
            restored.close();
        }
    }

    @Test
    void restore_whileAnotherOrbitHasTheDirectory_isRefused() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            addPerson(orbit, "Open");
            Backup b = orbit.backups().backupNow();

            assertThatThrownBy(() -> Orbit.offline(dir, TestOrbit.clockAt(TODAY), s -> s.restore(b)))
                    .isInstanceOfSatisfying(OrbitException.class,
                            e -> assertThat(e.key()).isEqualTo("error.dataDir.inUse"));
            assertThat(names(orbit)).containsExactly("Open Backup");
        }
    }

    @Test
    void restore_damagedBackup_isRefusedAndTheDatabaseIsUnchanged() throws Exception {
        Backup b;
        try (Orbit orbit = TestOrbit.open(dir)) {
            addPerson(orbit, "Kept");
            b = orbit.backups().backupNow();
        }
        byte[] junk = new byte[5000];
        new Random(3).nextBytes(junk);
        Files.write(BackupFiles.folder(dir).resolve(b.fileName()), junk);
        byte[] before = Files.readAllBytes(Database.databaseFile(dir));

        assertThatThrownBy(() -> Orbit.offline(dir, TestOrbit.clockAt(TODAY), s -> s.restore(b)))
                .isInstanceOfSatisfying(OrbitException.class,
                        e -> assertThat(e.key()).isEqualTo("backup.restore.unreadable"));

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(before);
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(names(orbit)).containsExactly("Kept Backup");
        }
    }

    @Test
    void open_damagedDatabaseWithBackups_offersTheLatestAndRestoringItWorks() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            addPerson(orbit, "Saved");
            orbit.backups().backupNow();
        }
        byte[] garbage = new byte[64 * 1024];
        new Random(11).nextBytes(garbage);
        Files.write(Database.databaseFile(dir), garbage);
        Backup latest = Orbit.latestBackup(dir).orElseThrow();

        assertThatThrownBy(() -> TestOrbit.open(dir))
                .isInstanceOfSatisfying(OrbitException.class, e -> {
                    assertThat(e.key()).isEqualTo("backup.damaged");
                    assertThat(e.args()).contains(latest.fileName());
                });
        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(garbage);

        Optional<Backup> damagedCopy = Orbit.offline(dir, TestOrbit.clockAt(TODAY), s -> s.restore(latest));
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(names(orbit)).containsExactly("Saved Backup");
        }
        assertThat(damagedCopy).isPresent();
        assertThat(BackupFiles.folder(dir).resolve(damagedCopy.get().fileName())).exists();
    }

    @Test
    void open_databaseMissingButBackupsPresent_refusesToStartEmpty() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            addPerson(orbit, "Gone");
            orbit.backups().backupNow();
        }
        Files.delete(Database.databaseFile(dir));

        assertThatThrownBy(() -> TestOrbit.open(dir))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(e.key()).isEqualTo("backup.missing"));
        assertThat(Database.databaseFile(dir)).doesNotExist();

        Orbit.offline(dir, TestOrbit.clockAt(TODAY), s -> s.restore(s.latest().orElseThrow()));
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(names(orbit)).containsExactly("Gone Backup");
        }
    }

    @Test
    void beforeMigration_backsUpTheOldDatabaseReadyToRestore() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            addPerson(orbit, "Old");
        }
        BackupFiles.beforeMigration(dir, () -> TestOrbit.clockAt(TODAY).instant())
                .beforeMigrate(Database.url(dir), "orbit", "", app.orbit.store.DatabaseKey.NONE);

        Backup pre = Orbit.latestBackup(dir).orElseThrow();
        assertThat(pre.kind()).isEqualTo(Backup.Kind.PRE_MIGRATION);
        try (Orbit orbit = TestOrbit.open(dir)) {
            addPerson(orbit, "New");
        }
        Orbit.offline(dir, TestOrbit.clockAt(TODAY), s -> s.restore(pre));
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(names(orbit)).containsExactly("Old Backup");
        }
    }
}
