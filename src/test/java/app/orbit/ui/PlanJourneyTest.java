package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.app.OrbitApplication;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.PlanLine;
import app.orbit.ui.plan.PlanView;
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
    @Test
    void aFirstShowingOfThePlan_addsAScreenfulOfCardsPerFrame_andARenderAfterKeepsThemAll() throws Exception {
        await(() -> showing("#weekView") && children("#planList") >= 7);
        List<String> expected = plan().stream().map(l -> "entry-" + l.contact().id()).toList();
        assertThat(expected).hasSizeGreaterThan(2 * PlanView.CARDS_AT_ONCE);

        // The cards on screen at each frame of a new window on the same data, from before it opens.
        List<List<String>> frames = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        javafx.animation.AnimationTimer recorder = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                List<String> cards = javafx.stage.Window.getWindows().stream()
                        .filter(w -> w.getScene() != null)
                        .map(w -> w.getScene().getRoot().lookup("#planList"))
                        .filter(java.util.Objects::nonNull).findFirst()
                        .map(list -> ((javafx.scene.layout.Pane) list).getChildren().stream()
                                .map(javafx.scene.Node::getId)
                                .filter(id -> id != null && id.startsWith("entry-")).toList())
                        .orElse(List.of());
                if (frames.isEmpty() || !frames.get(frames.size() - 1).equals(cards)) {
                    frames.add(cards);
                }
            }
        };
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        interact(recorder::start);
        try {
            app = (OrbitApplication) FxToolkit.setupApplication(
                    () -> new OrbitApplication(dataDir, TestOrbit.clockAt(TODAY)));
            await(() -> frames.get(frames.size() - 1).equals(expected));
            List<List<String>> firstShowing = List.copyOf(frames);
            for (int i = 1; i < firstShowing.size(); i++) {
                List<String> before = firstShowing.get(i - 1);
                List<String> after = firstShowing.get(i);
                // Each frame adds at most a screenful, after the cards already there and in the plan's order.
                assertThat(after.subList(0, before.size())).isEqualTo(before);
                assertThat(after.size() - before.size()).isBetween(1, PlanView.CARDS_AT_ONCE);
                assertThat(expected.subList(0, after.size())).isEqualTo(after);
            }
            assertThat(firstShowing).hasSizeGreaterThan(2);

            // A render after a card action replaces every card at once: the list never shrinks to a
            // screenful and grows again (which would scroll the user back to the top).
            frames.clear();
            String skipped = expected.get(expected.size() - 1);
            skip(Long.parseLong(skipped.substring("entry-".length())));
            List<String> rest = expected.subList(0, expected.size() - 1);
            await(() -> !frames.isEmpty() && frames.get(frames.size() - 1).equals(rest));
            assertThat(frames).allMatch(cards -> cards.size() >= rest.size());
        } finally {
            interact(recorder::stop);
        }
    }

    @Test
    void theWeekChosenEarlyAtStart_neverTakesTheUserFromAScreenTheyChose() {
        await(() -> showing("#weekView") && children("#planList") >= 7);
        clickOn("#navContacts");
        await(() -> showing("#contactsView") && !showing("#weekView"));

        // What the start does a few frames after the window shows, when the worker found people.
        interact(() -> app.window().showWeekAhead());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(showing("#contactsView")).isTrue();
        assertThat(showing("#weekView")).isFalse();
    }
}
