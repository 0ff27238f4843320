package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The forms (issue 10): an error shows once its field is left or Save is tried, Save shows every
 * error at once, Escape asks before dropping what was typed, and the log dialog grows so that
 * Cancel and Save stay in sight when the follow-up's error appears.
 */
class FormJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    @Test
    void contactForm_errorsShowPerFieldLeft_allOnSave_andEscapeAsksBeforeDropping() {
        await(() -> showing("#weekView"));
        clickOn("#weekProgress");
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        await(() -> showing("#contactForm"));
        long before = orbit().contacts().count();

        clickOn("#email").write("zoe@");
        assertThat(showing("#contactFormError")).as("not while typing in the field").isFalse();
        clickOn("#phone");
        await(() -> showing("#contactFormError"));
        assertThat(text("#contactFormError")).contains("zoe@").doesNotContain("name");
        assertThat(lookup("#email").query().getPseudoClassStates().toString()).contains("danger");

        clickOn("#saveContact");
        await(() -> text("#contactFormError").contains("name"));
        assertThat(text("#contactFormError").split("\n")).hasSize(2);
        await(() -> lookup("#firstName").query().isFocused());
        assertThat(showing("#contactForm")).isTrue();

        type(KeyCode.ESCAPE);
        await(() -> showing("#discardDialog"));
        clickOn(((Button) lookup("#discardDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(buttonOf("#discardDialog", false))));
        await(() -> !showing("#discardDialog"));
        assertThat(showing("#contactForm")).as("Keep editing keeps the form").isTrue();

        clickOn("#firstName");
        type(KeyCode.ESCAPE);
        await(() -> showing("#discardDialog"));
        clickOn(((Button) lookup("#discardDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(buttonOf("#discardDialog", true))));
        await(() -> !showing("#contactForm"));
        assertThat(orbit().contacts().count()).isEqualTo(before);
    }

    @Test
    void logDialog_followUpErrorOnlyAfterSave_andTheButtonsStayInTheWindow() {
        await(() -> showing("#weekView"));
        clickOn("#weekProgress");
        long lucas = orbit().contacts().search("Lucas Roux", false, 1).get(0).id();
        int before = orbit().interactions().timeline(lucas).size();
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> showing("#logDialog"));
        clickOn("#participantSearch");
        write("Lucas");
        await(() -> lookup("#participantSearch").queryAs(app.orbit.ui.common.ContactPicker.class).suggesting());
        type(KeyCode.ENTER);
        await(() -> children("#participants") == 1);
        Node notes = lookup("#logNotes").query();
        double notesHeight = notes.getBoundsInLocal().getHeight();

        clickOn("#logFollowUp");
        assertThat(showing("#logError")).as("ticking the box does not scold").isFalse();
        clickOn("#logNotes");
        clickOn("#logSummary");
        assertThat(notes.getBoundsInLocal().getHeight()).isEqualTo(notesHeight);

        clickOn("#saveLog");
        await(() -> showing("#logError"));
        assertThat(text("#logError")).isEqualTo("Say what was promised for the follow-up.");
        await(() -> lookup("#logFollowUpPromise").query().isFocused());
        Button save = lookup("#saveLog").queryButton();
        Button cancel = (Button) save.getParent().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Button b && b != save).findFirst().orElseThrow();
        await(() -> inWindow(save) && inWindow(cancel));
        assertThat(notes.getBoundsInLocal().getHeight()).isEqualTo(notesHeight);

        clickOn(cancel);
        await(() -> showing("#discardDialog"));
        clickOn(((Button) lookup("#discardDialog").queryAs(javafx.scene.control.DialogPane.class)
                .lookupButton(buttonOf("#discardDialog", true))));
        await(() -> !showing("#logDialog"));
        assertThat(orbit().interactions().timeline(lucas)).hasSize(before);
    }

    /** Whether the node is wholly inside its window's scene (not cut off at the bottom). */
    private static boolean inWindow(Node node) {
        Bounds b = node.localToScene(node.getBoundsInLocal());
        return b.getMinY() >= 0 && b.getMaxY() <= node.getScene().getHeight() + 0.5;
    }

    private javafx.scene.control.ButtonType buttonOf(String dialog, boolean drop) {
        return lookup(dialog).queryAs(javafx.scene.control.DialogPane.class).getButtonTypes().stream()
                .filter(t -> t.getButtonData().isCancelButton() != drop).findFirst().orElseThrow();
    }
}
