package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/** Settings › Shared database on this computer's data: the address saved for the next start, read back, cleared. */
class SharedDatabaseJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    private Path file() {
        return dataDir.resolve("shared-database.properties");
    }

    private void openSettings() {
        clickOn("#navSettings");
        await(() -> showing("#settingsView"));
        reveal("#saveSharedAddress");
    }

    private void saveAddress(String address) {
        TextField field = lookup("#sharedAddress").query();
        interact(() -> field.setText(address));
        clickOn("#saveSharedAddress");
    }

    @Test
    void sharedDatabase_savedForTheNextStart_readBackAndCleared() throws Exception {
        await(() -> showing("#weekView"));
        openSettings();
        assertThat(text("#sharedWhere")).isEqualTo("This network is on this computer, in "
                + dataDir.toAbsolutePath() + ".");
        assertThat(lookup("#sharedAddress").<TextField>query().getText()).isEmpty();
        assertThat(showing("#encryptionSection")).isTrue();

        saveAddress("postgresql://ana:secret@db.example.org/orbit");
        await(() -> text("#sharedStatus").contains("holds a password"));
        assertThat(text("#sharedStatus")).doesNotContain("secret");
        saveAddress("db.example.org/orbit");
        await(() -> text("#sharedStatus").startsWith("Shared database: \"db.example.org/orbit\" is not a server address"));
        assertThat(file()).doesNotExist();

        saveAddress("postgresql://ana@db.example.org:5432/orbit");
        await(() -> text("#sharedStatus").equals(
                "Saved: Orbit opens on postgresql://…@db.example.org:5432/orbit at its next start."));
        assertThat(Files.readString(file())).contains("postgresql\\://ana@db.example.org\\:5432/orbit");

        clickOn("#navWeek");
        await(() -> showing("#weekView"));
        openSettings();
        await(() -> "postgresql://ana@db.example.org:5432/orbit".equals(
                lookup("#sharedAddress").<TextField>query().getText()));

        clickOn("#clearSharedAddress");
        await(() -> text("#sharedStatus").startsWith("Cleared"));
        assertThat(file()).doesNotExist();
        assertThat(lookup("#sharedAddress").<TextField>query().getText()).isEmpty();
    }
}
