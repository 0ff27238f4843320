package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window on a shared PostgreSQL database ({@code orbit --database postgresql://…}): it opens on
 * the server's network, says where it is, and shows another computer's new contact without a restart.
 */
class SharedWindowJourneyTest extends OrbitUiTest {

    @TempDir
    Path otherComputer;
    /** Not dropped after the test: the window still holds connections then; the server goes with the JVM. */
    private String databaseName;
    private String address;

    @Override
    String database() throws Exception {
        databaseName = TestPostgres.newDatabase();
        address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + databaseName;
        try (Orbit other = Orbit.openShared(address, otherComputer, TestOrbit.clockAt(TODAY))) {
            other.sampleNetwork().load();
        }
        return address;
    }

    @Test
    void window_onASharedDatabase_showsItsNetworkAndAnotherComputersNewContactLive() {
        await(() -> showing("#weekView"));
        String masked = "postgresql://…@localhost:" + address.substring(address.lastIndexOf(':') + 1);
        assertThat(((Stage) lookup("#weekView").query().getScene().getWindow()).getTitle())
                .isEqualTo("Orbit \u2014 " + masked);
        assertThat(orbit().server()).contains(address);
        // The network is on the server: no H2 file was written for it (the base class's own aside).
        assertThat(Files.exists(otherComputer.resolve("orbit.mv.db"))).isFalse();

        clickOn("#navContacts");
        await(() -> showing("#contactsTable"));
        TableView<?> table = lookup("#contactsTable").query();
        int before = table.getItems().size();
        assertThat(before).isPositive();

        try (Orbit other = Orbit.openShared(address, otherComputer, TestOrbit.clockAt(TODAY))) {
            other.contacts().create(person("Zoé", "Livewire").build());
        }
        await(() -> table.getItems().size() == before + 1);

        clickOn("#navSettings");
        await(() -> showing("#settingsView"));
        reveal("#sharedWhere");
        assertThat(text("#sharedWhere")).startsWith("This network is on the shared database " + masked + ".");
        assertThat(lookup("#encryptionSection").tryQuery()).isEmpty();
    }
}
