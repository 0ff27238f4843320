package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Interaction;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** A meeting with two people and a promise to one of them: only that one's week card carries it. */
class PromiseJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        // Outer circle, seen recently: neither is due, so only the promise can put someone on the plan.
        orbit.contacts().create(person("Camille", "Roy").circle(Circle.OUTER).knownSince(TODAY.minusDays(20)).build());
        orbit.contacts().create(person("Zoe", "Park").circle(Circle.OUTER).knownSince(TODAY.minusDays(20)).build());
    }

    private long id(String name) {
        return orbit().contacts().search(name, false, 1).get(0).id();
    }

    @Test
    void logMeetingWithAPromiseToOne_onlyTheirCardHasThePromiseAndSaysWhenItIsDue() {
        await(() -> showing("#weekView") && showing("#weekEmpty"));
        long camille = id("camille");
        long zoe = id("zoe");

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> showing("#logDialog"));
        pick("Camille Roy");
        pick("Zoe Park");
        clickOn("#logSummary").write("Board dinner");
        assertThat(showing("#logPromisedTo")).as("no promise yet, nothing to ask").isFalse();
        clickOn("#logFollowUp");
        await(() -> showing("#logPromisedTo"));
        clickOn("#logFollowUpPromise").write("send Zoe the list of CTO candidates");

        Button save = lookup("#saveLog").queryButton();
        assertThat(showing("#logError")).as("not said before Save or leaving the choice").isFalse();
        clickOn(save);
        await(() -> showing("#logError"));
        assertThat(text("#logError")).isEqualTo("Several people were there: say to whom you promised it.");
        // Save put the focus on the first person it may have been made to; Tab reaches the next, Space ticks.
        await(() -> ((CheckBox) lookup("#promisedTo-0").query()).isFocused());
        press(KeyCode.TAB).release(KeyCode.TAB);
        CheckBox toZoe = lookup("#promisedTo-1").query();
        await(toZoe::isFocused);
        assertThat(toZoe.getText()).isEqualTo("Zoe Park");
        press(KeyCode.SPACE).release(KeyCode.SPACE);
        await(() -> !showing("#logError"));
        assertThat(((CheckBox) lookup("#promisedTo-0").query()).isSelected()).isFalse();

        clickOn(save);

        await(() -> !showing("#logDialog"));
        List<Interaction> timeline = orbit().interactions().timeline(zoe);
        assertThat(timeline).singleElement().satisfies(i -> {
            assertThat(i.participantIds()).containsExactlyInAnyOrder(camille, zoe);
            assertThat(i.followUp().to()).containsExactly(zoe);
        });

        clickOn("#refreshPlan");
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> lookup("#entry-" + zoe).tryQuery().isPresent());
        assertThat(lookup("#entry-" + camille).tryQuery()).as("Camille was not promised anything").isEmpty();
        assertThat(lookup("#entry-" + zoe + " .gesture-text").queryLabeled().getText())
                .isEqualTo("Keep your promise to Zoe Park: \u201csend Zoe the list of CTO candidates\u201d.");
        // The follow-up date defaults to a week from today, Thursday of next week: not "This week".
        assertThat(text("#timeBound-" + zoe)).isEqualTo("Due Thursday, December 3");
    }

    private void pick(String name) {
        clickOn("#participantSearch").write(name);
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> suggestion = () -> lookup(".picker-name")
                .queryAll().stream().filter(n -> n.isVisible() && n.getScene().getWindow().isShowing()
                        && name.equals(((javafx.scene.control.Label) n).getText())).findFirst();
        await(() -> suggestion.get().isPresent());
        int before = children("#participants");
        clickOn(suggestion.get().orElseThrow());
        await(() -> children("#participants") == before + 1);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
