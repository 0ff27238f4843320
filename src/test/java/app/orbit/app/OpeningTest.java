package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's opening on its own thread, from the command line's options, as {@code launchWith} starts it. */
class OpeningTest {

    @TempDir
    Path dir;

    @Test
    void inBackground_fromTheOptions_opensThatDirectoryOnThatDay() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
        }

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString(), "--today", "2030-01-15")).await();

        try (Orbit orbit = r.orbit()) {
            assertThat(r.failure()).isNull();
            assertThat(r.dataDirectory()).isEqualTo(dir);
            assertThat(orbit.planner().today()).isEqualTo(java.time.LocalDate.of(2030, 1, 15));
            assertThat(orbit.contacts().count()).isEqualTo(1);
        }
    }

    @Test
    void inBackground_aBadDate_isAFailureToShowNotAnException() {
        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString(), "--today", "someday")).await();

        assertThat(r.orbit()).isNull();
        assertThat(r.failure().key()).isEqualTo("error.option.today");
    }

    @Test
    void inBackground_aDamagedDatabase_offersTheLatestBackup() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
            orbit.backups().backupNow();
        }
        Files.write(Database.databaseFile(dir), new byte[20_000]);

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString())).await();

        assertThat(r.orbit()).isNull();
        assertThat(r.failure().key()).isEqualTo("backup.damaged");
        assertThat(r.offeredBackup()).isNotNull();
    }
}
