package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.service.Backup;
import app.orbit.store.Database;
import java.nio.file.Files;
import java.util.Random;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** A damaged database at start-up: the window offers the latest backup, restores it and opens normally. */
class StartFailureJourneyTest extends OrbitUiTest {

    private byte[] garbage;

    @Override
    void prepare(Orbit orbit) {
        orbit.contacts().create(person("Hélène", "Garnier").build());
        orbit.contacts().create(person("Marc", "Olivier").build());
        orbit.backups().backupNow();
    }

    @Override
    void prepareFiles() throws Exception {
        garbage = new byte[64 * 1024];
        new Random(5).nextBytes(garbage);
        Files.write(Database.databaseFile(dataDir), garbage);
    }

    @Test
    void start_damagedDatabase_offersTheLatestBackup_andRestoringItOpensTheWindow() throws Exception {
        await(() -> showing("#openFailure"));
        DialogPane failure = lookup("#openFailure").query();
        assertThat(failure.getContentText()).contains("cannot be read").contains("latest backup");
        assertThat(Files.readAllBytes(Database.databaseFile(dataDir))).as("the damaged file is untouched")
                .isEqualTo(garbage);

        clickOn("Restore the latest backup");

        await(() -> orbit() != null && showing("#weekView"));
        assertThat(orbit().contacts().count()).isEqualTo(2);
        assertThat(text("#fileNotice")).startsWith("Restored from orbit-");
        assertThat(orbit().backups().list()).as("the damaged database is kept as a backup")
                .anyMatch(b -> b.kind() == Backup.Kind.PRE_RESTORE && b.size() > 0);
    }
}
