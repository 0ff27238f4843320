package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.app.OrbitApplication;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.PlanLine;
import app.orbit.testing.TestOrbit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 3's journeys through the window: the plan, a touch logged from it, a snooze, an ask. */
class PlanJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    private List<PlanLine> plan() {
        return orbit().planner().thisWeek().lines();
    }

    @Test
    void logTouchFromAnEntry_marksItDoneAndMovesProgress() {
        await(() -> showing("#weekView") && children("#planList") >= 7);
        int total = plan().size();
        assertThat(text("#weekProgress")).isEqualTo("0 of " + total + " done");
        PlanLine line = plan().stream().filter(l -> !l.entry().timeBound()).findFirst().orElseThrow();
        long id = line.contact().id();

        reveal("#logTouch-" + id);
        clickOn("#logTouch-" + id);
        await(() -> showing("#logDialog") && children("#participants") >= 1);
        clickOn("#logSummary").write("Quick call");
        clickOn("#saveLog");

        await(() -> text("#weekProgress").equals("1 of " + total + " done"));
        assertThat(text("#status-" + id)).isEqualTo("Done");
        assertThat(orbit().contacts().get(id).lastTouch()).isEqualTo(TODAY);

        assertThat(text("#weekNotice")).isEqualTo("Touch with " + line.contact().displayName() + " logged.");

        // Undo takes the touch back: the interaction is deleted, not only the card reopened.
        clickOn("#undoLast");
        await(() -> text("#weekProgress").equals("0 of " + total + " done"));
        assertThat(orbit().interactions().timeline(id)).noneMatch(i -> i.summary().equals("Quick call"));
        assertThat(orbit().contacts().get(id).lastTouch()).isNotEqualTo(TODAY);
    }

    @Test
    void skip_thenCtrlZ_putsTheCardBack_andSomeoneSkippedThenMetIsDone() {
        await(() -> showing("#weekView") && children("#planList") >= 7);
        PlanLine line = plan().stream().filter(l -> !l.entry().timeBound()).findFirst().orElseThrow();
        long id = line.contact().id();

        skip(id);
        await(() -> lookup("#entry-" + id).tryQuery().isEmpty() && showing("#reopen-" + id));
        assertThat(text("#weekNotice")).isEqualTo(line.contact().displayName() + ": skipped this week.");
        clickOn("#weekProgress");
        press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
                .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
        await(() -> lookup("#skip-" + id).tryQuery().isPresent());
        assertThat(showing("#weekUndoBar")).isFalse();

        skip(id);
        await(() -> showing("#reopen-" + id));
        orbit().quickLog().log(new Interaction.Draft(TODAY, InteractionKind.CALL, "Caught up after all", "",
                Exchange.NONE, null), List.of(id), List.of());
        await(() -> lookup("#status-" + id).tryQuery().isPresent());
        assertThat(text("#status-" + id)).isEqualTo("Done");
        assertThat(lookup("#reopen-" + id).tryQuery()).isEmpty();
    }

    private void skip(long id) {
        reveal("#skip-" + id);
        clickOn("#skip-" + id);
        await(() -> showing("#skipDialog"));
        write("away");
        type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void snoozeAnEntry_isGoneFromThePlanUntilTheSnoozeEnds() throws Exception {
        await(() -> showing("#weekView") && children("#planList") >= 7);
        PlanLine line = plan().stream().filter(l -> !l.entry().timeBound()).findFirst().orElseThrow();
        long id = line.contact().id();
        assertThat(lookup("#entry-" + id).tryQuery()).isPresent();

        reveal("#snooze-" + id);
        clickOn("#snooze-" + id);
        clickOn("#snoozeWeek-" + id);

        await(() -> lookup("#entry-" + id).tryQuery().isEmpty());
        assertThat(lookup("#snoozedList").tryQuery()).isPresent();
        // A refresh while the snooze runs (it ends on the 3rd of December) does not bring them back...
        clickOn("#refreshPlan");
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> showing("#planList"));
        assertThat(lookup("#entry-" + id).tryQuery()).isEmpty();
        assertThat(orbit().planner().thisWeek().visible()).noneMatch(l -> l.contact().id() == id);

        // ...the plan of the week after, opened in a new window once the snooze has ended, does.
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        app = (OrbitApplication) FxToolkit.setupApplication(
                () -> new OrbitApplication(dataDir, TestOrbit.clockAt(TODAY.plusDays(8))));
        WaitForAsyncUtils.waitForFxEvents();
        await(() -> showing("#weekView") && children("#planList") >= 1);
        await(() -> lookup("#entry-" + id).tryQuery().isPresent());
    }

    @Test
    void writeAnAsk_scoreRisesAsItGetsPrecise() {
        await(() -> showing("#weekView"));
        clickOn("#navAsks");
        await(() -> showing("#asksView"));
        // The sample network brings the user's two asks.
        int before = orbit().asks().list(false).size();
        await(() -> lookup("#asksList").queryListView().getItems().size() == before);
        clickOn("#newAsk");

        clickOn("#askLookingFor").write("anything");
        int vague = score();
        eraseText(8);
        write("a product designer role");
        int named = score();
        clickOn("#askDomain").write("fintech");
        int withDomain = score();
        clickOn("#askNiche").write("B2B payments for small businesses");
        int withNiche = score();
        clickOn("#askDifferentiator").write("ten years designing banking apps");
        int precise = score();

        assertThat(List.of(vague, named, withDomain, withNiche, precise)).isSorted();
        assertThat(precise).isGreaterThan(vague).isGreaterThanOrEqualTo(80);
        assertThat(text("#askSentence")).startsWith("I'm looking for a product designer role in fintech");
        // English words cannot be said right in French: no second sentence, and no room kept for one.
        assertThat(showing("#askOtherSentence")).isFalse();

        clickOn("#saveAsk");
        await(() -> orbit().asks().list(false).size() == before + 1);
        await(() -> lookup("#asksList").queryListView().getItems().size() == before + 1);
    }

    private int score() {
        WaitForAsyncUtils.waitForFxEvents();
        return Integer.parseInt(text("#askScore").replaceAll("\\D+(\\d+)/100", "$1"));
    }
}
