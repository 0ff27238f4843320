package app.orbit.cli;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.orbit.app.Orbit;
import app.orbit.cli.CliRunner.Run;
import app.orbit.service.Backup;
import app.orbit.store.BackupFiles;
import app.orbit.store.Database;
import app.orbit.testing.Damage;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line on damaged and read-only data: one line on standard error, exit 1, nothing written. */
class TrustCliTest {

    @TempDir
    Path data;

    private CliRunner cli;
    private CliRunner cliFr;

    @BeforeEach
    void fill() {
        cli = new CliRunner(data, Locale.ENGLISH);
        cliFr = new CliRunner(data, Locale.FRENCH);
        try (Orbit orbit = TestOrbit.open(data)) {
            for (int i = 0; i < 12; i++) {
                orbit.contacts().create(person("Person" + i, "Trust").notes("bulk note " + i + " kept").build());
            }
        }
    }

    @Test
    void backup_ofADamagedDatabase_isRefusedAndTheGoodBackupSurvives() throws Exception {
        Run first = cli.orbit("backup");
        assertThat(first.code()).as(first.err()).isZero();
        Backup good = Orbit.latestBackup(data).orElseThrow();
        assertThat(good.verified()).isTrue();
        Damage.flipBitInside(Database.databaseFile(data), "bulk note 4 kept", 6);

        Run refused = cli.orbit("--today", "2026-11-27", "backup");

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().lines()).singleElement().asString()
                .startsWith("Orbit found damage in its database").contains(good.fileName(), "2026")
                .doesNotContain("unchanged", "Exception");
        // The day after: the start-up backup is refused as well; the good one is still the only one.
        try (Orbit next = TestOrbit.open(data, TestOrbit.TODAY.plusDays(2))) {
            next.dailyBackup();
        } catch (app.orbit.domain.OrbitException alreadyFound) {
            assertThat(alreadyFound.key()).isEqualTo("backup.damaged");
        }
        Run log = cli.orbit("log", "--with", "1");
        assertThat(log.code()).isEqualTo(1);
        assertThat(log.err().lines()).singleElement().asString().contains(good.fileName());
        assertThat(BackupFiles.listIn(data)).containsExactly(good);
        assertThat(data.resolve("orbit.trace.db")).doesNotExist();
    }

    @Test
    void export_ofADatabaseWithAFlippedBit_isRefusedInsteadOfWritingTheChangedNote() throws Exception {
        Damage.flipBitInside(Database.databaseFile(data), "bulk note 7 kept", 6);

        Run export = cliFr.orbit("export", "--format", "json");

        assertThat(export.code()).isEqualTo(1);
        assertThat(export.out()).isEmpty();
        assertThat(export.err().lines()).singleElement().asString()
                .startsWith("Orbit a trouvé des dommages dans sa base de données");
    }

    @Test
    void readOnly_listsContactsWithANotice_andRefusesChanges() throws Exception {
        byte[] before = Files.readAllBytes(Database.databaseFile(data));

        Run list = cli.orbit("--read-only", "contacts", "list", "--format", "json");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.json()).hasSize(12);
        assertThat(list.err().lines()).singleElement().asString().startsWith("Orbit opened your data read-only");

        Run add = cli.orbit("--read-only", "contacts", "add", "--name", "Nope Never");
        assertThat(add.code()).isEqualTo(1);
        assertThat(add.err().lines()).hasSize(2).last().asString().startsWith("Orbit opened your data read-only (");
        Run log = cliFr.orbit("--read-only", "log", "--with", "1");
        assertThat(log.code()).isEqualTo(1);
        assertThat(log.err()).contains("en lecture seule");

        assertThat(Files.readAllBytes(Database.databaseFile(data))).isEqualTo(before);
        assertThat(BackupFiles.listIn(data)).isEmpty();
        assertThat(cli.orbit("contacts", "list", "--format", "json").json()).hasSize(12);
    }

    @Test
    void aFolderThatIsNotWritable_opensReadOnlyWithoutBeingAsked() throws Exception {
        assumeThat(System.getProperty("user.name")).as("root writes anywhere; see readOnly_ test above")
                .isNotEqualTo("root");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-x------"));
        try {
            Run list = cli.orbit("contacts", "list", "--format", "json");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.json()).hasSize(12);
            assertThat(list.err()).contains("is not writable");
            assertThat(cli.orbit("contacts", "add", "--name", "Nope Never").code()).isEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
