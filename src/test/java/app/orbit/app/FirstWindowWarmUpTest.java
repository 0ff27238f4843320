package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The JavaFX thread's warm-up while the database opens (headless Monocle). */
class FirstWindowWarmUpTest {

    private static final String CSS = FirstWindowWarmUpTest.class.getResource("/app/orbit/ui/orbit.css").toExternalForm();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void whileWaiting_theDatabaseStillOpening_doesEveryStepWithoutAFailure() throws Exception {
        AtomicInteger done = FirstWindowWarmUp.whileWaiting(CSS, () -> true);

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> done.get() == FirstWindowWarmUp.steps());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(done.get()).isEqualTo(FirstWindowWarmUp.steps());
    }

    @Test
    void whileWaiting_theDatabaseOpenMidway_stopsAtTheNextStep() throws Exception {
        AtomicBoolean opening = new AtomicBoolean(true);
        AtomicInteger asked = new AtomicInteger();
        AtomicInteger done = FirstWindowWarmUp.whileWaiting(CSS, () -> {
            if (asked.incrementAndGet() == 3) {
                opening.set(false);
            }
            return opening.get();
        });

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> asked.get() >= 3);
        for (int i = 0; i < 5; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }

        assertThat(done.get()).isEqualTo(2);
        assertThat(asked.get()).isEqualTo(3);
    }
}
