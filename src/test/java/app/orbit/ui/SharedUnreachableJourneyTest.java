package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** A shared server that cannot be reached at start: a message naming it (masked), then this computer's data on request. */
class SharedUnreachableJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    @Override
    String database() {
        // Port 1 on this computer: nothing listens there, the connection is refused at once.
        return "postgresql://ana@localhost:1/orbit";
    }

    @Test
    void start_serverUnreachable_saysWhichAndOpensThisComputersDataOnRequest() {
        await(() -> showing("#openFailure"));
        DialogPane failure = lookup("#openFailure").query();
        assertThat(failure.getContentText())
                .startsWith("Orbit could not reach the shared database postgresql://…@localhost:1/orbit.")
                .doesNotContain("ana@").doesNotContain("Exception");

        clickOn("Open this computer's data");

        await(() -> orbit() != null && showing("#weekView"));
        assertThat(orbit().server()).isEmpty();
        assertThat(orbit().contacts().count()).isPositive();
    }
}
