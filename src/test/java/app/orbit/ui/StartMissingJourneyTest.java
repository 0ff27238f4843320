package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.store.Database;
import java.nio.file.Files;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** A database file gone missing beside its backups: never an empty start; the latest backup is offered. */
class StartMissingJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.contacts().create(person("Hélène", "Garnier").build());
        orbit.backups().backupNow();
    }

    @Override
    void prepareFiles() throws Exception {
        Files.delete(Database.databaseFile(dataDir));
    }

    @Test
    void start_missingDatabase_offersTheLatestBackup_andRestoringItOpensTheWindow() {
        await(() -> showing("#openFailure"));
        DialogPane failure = lookup("#openFailure").query();
        assertThat(failure.getContentText()).contains("is missing");
        assertThat(Files.exists(Database.databaseFile(dataDir))).as("no empty database was created").isFalse();

        clickOn("Restore the latest backup");

        await(() -> orbit() != null && showing("#weekView"));
        assertThat(orbit().contacts().count()).isEqualTo(1);
    }
}
