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
}
