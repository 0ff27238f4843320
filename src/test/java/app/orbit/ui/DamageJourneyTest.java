package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.service.Backup;
import app.orbit.store.Database;
import app.orbit.testing.Damage;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/**
 * A bit flipped in a note, which H2 opens without a word: the window's check after start-up finds
 * it and says so in a dialog naming the last good backup; changes are refused from then on.
 */
class DamageJourneyTest extends OrbitUiTest {

    private Backup good;

    @Override
    void prepare(Orbit orbit) {
        for (int i = 0; i < 8; i++) {
            orbit.contacts().create(person("Person" + i, "Journey").notes("bulk note " + i + " here").build());
        }
        // Taken today: no daily backup is due, so the window reads the database itself after start-up.
        good = orbit.backups().backupNow();
    }

    @Override
    void prepareFiles() throws Exception {
        Damage.flipBitInside(Database.databaseFile(dataDir), "bulk note 5 here", 6);
    }

    @Test
    void start_aNoteDamagedOnDisk_aDialogNamesTheLastGoodBackup_andChangesAreRefused() {
        await(() -> showing("#errorDialog"));
        DialogPane dialog = lookup("#errorDialog").query();
        assertThat(dialog.getContentText()).startsWith("Orbit found damage in its database")
                .contains(good.fileName(), "Settings").doesNotContain("unchanged", "Exception", "at app.");
        assertThat(orbit().readOnly()).isTrue();
    }
}
