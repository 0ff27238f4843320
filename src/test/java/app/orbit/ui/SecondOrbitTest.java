package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.app.OrbitApplication;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A second Orbit on a data directory that is already open: a clear message, nothing damaged. */
class SecondOrbitTest extends FxRobot {

    @TempDir
    Path dir;

    @Test
    void launch_whileAnotherOrbitHasTheDirectory_saysSoAndChangesNothing() throws Exception {
        try (Orbit first = TestOrbit.open(dir)) {
            first.contacts().create(person("Ann", "Archer").build());
            FxToolkit.registerPrimaryStage();
            OrbitApplication second = (OrbitApplication) FxToolkit.setupApplication(
                    () -> new OrbitApplication(dir, TestOrbit.clockAt(TestOrbit.TODAY)));

            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lookup("#openFailure").tryQuery().isPresent());
            DialogPane pane = lookup("#openFailure").query();
            assertThat(pane.getContentText()).contains("already open on").contains(dir.toString());
            assertThat(second.orbit()).isNull();
            assertThat(first.contacts().count()).isEqualTo(1);
            first.contacts().create(person("Ben", "Baker").build());

            clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));
            FxToolkit.cleanupApplication(second);
            FxToolkit.cleanupStages();
        }
        try (Orbit again = TestOrbit.open(dir)) {
            assertThat(again.contacts().count()).isEqualTo(2);
        }
    }
}
