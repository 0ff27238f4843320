package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.service.Backup;
import app.orbit.store.BackupFiles;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandBackupTest {

    @TempDir
    Path dir;

    @Test
    void closeWithDailyBackup_existingDatabase_backsUpAfterTheCommandOnceADay() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
        }
        Orbit orbit = TestOrbit.open(dir);
        orbit.contacts().create(person("Grace", "Hopper").build());
        assertThat(BackupFiles.listIn(dir)).as("nothing before the command is done").isEmpty();

        assertThat(orbit.closeWithDailyBackup()).get().extracting(Backup::kind).isEqualTo(Backup.Kind.DAILY);

        assertThat(TestOrbit.open(dir).closeWithDailyBackup()).as("one a day").isEmpty();
        assertThat(BackupFiles.listIn(dir)).singleElement();
        // The backup holds the command's own write.
        Orbit.offline(dir, TestOrbit.clockAt(TestOrbit.TODAY), s -> s.restore(BackupFiles.listIn(dir).get(0)));
        try (Orbit restored = TestOrbit.open(dir)) {
            assertThat(restored.contacts().count()).isEqualTo(2);
        }
    }

    @Test
    void closeWithDailyBackup_brandNewDatabase_takesNone() {
        assertThat(TestOrbit.open(dir).closeWithDailyBackup()).isEmpty();
        assertThat(BackupFiles.listIn(dir)).isEmpty();
    }

    @Test
    void closeWithDailyBackup_readOnlyDatabase_takesNoneAndWritesNothing() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
        }
        byte[] before = java.nio.file.Files.readAllBytes(app.orbit.store.Database.databaseFile(dir));

        Orbit orbit = Orbit.open(dir, TestOrbit.clockAt(TestOrbit.TODAY.plusDays(1)), true);
        assertThat(orbit.closeWithDailyBackup()).isEmpty();

        assertThat(BackupFiles.listIn(dir)).isEmpty();
        assertThat(java.nio.file.Files.readAllBytes(app.orbit.store.Database.databaseFile(dir))).isEqualTo(before);
    }

    @Test
    void closeWithDailyBackup_damageFound_takesNone() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").notes("a note to damage").build());
        }
        app.orbit.testing.Damage.flipBitInside(app.orbit.store.Database.databaseFile(dir), "a note to damage", 6);
        Orbit orbit = TestOrbit.open(dir, TestOrbit.TODAY.plusDays(1));
        org.assertj.core.api.Assertions.assertThatThrownBy(orbit::verify)
                .isInstanceOf(app.orbit.domain.OrbitException.class);
        assertThat(orbit.readOnly()).isTrue();

        assertThat(orbit.closeWithDailyBackup()).isEmpty();
        assertThat(BackupFiles.listIn(dir)).isEmpty();
    }
}
