package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.app.OrbitApplication;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The window opens at a comfortable size the first time, then where it was left (issue 10). */
class WindowPlacementJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }


    @Test
    void firstOpening_isLargeAndCentred_thenTheWindowComesBackWhereItWasLeft() throws Exception {
        await(() -> showing("#weekView"));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage stage = mainStage();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(Math.min(900, screen.getWidth()))
                .isLessThanOrEqualTo(screen.getWidth());
        assertThat(stage.getHeight()).isGreaterThanOrEqualTo(Math.min(600, screen.getHeight()))
                .isLessThanOrEqualTo(screen.getHeight());
        assertThat(stage.getX() + stage.getWidth() / 2).isCloseTo(screen.getMinX() + screen.getWidth() / 2,
                org.assertj.core.data.Offset.offset(2.0));

        interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(650);
        });
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        assertThat(Files.readString(dataDir.resolve("window.properties"))).contains("40 30 1000 650");

        app = (OrbitApplication) FxToolkit.setupApplication(
                () -> new OrbitApplication(dataDir, TestOrbit.clockAt(TODAY)));
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> showing("#weekView"));
        Stage again = mainStage();
        assertThat(new double[] {again.getX(), again.getY(), again.getWidth(), again.getHeight()})
                .containsExactly(40, 30, 1000, 650);
    }
}
