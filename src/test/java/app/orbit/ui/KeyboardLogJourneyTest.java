package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Logging from the keyboard alone (issue 10): Ctrl+L, a few letters, Enter takes the highlighted
 * suggestion every time, Down moves it, Enter on a new name creates the person, Enter saves.
 */
class KeyboardLogJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    private boolean suggesting() {
        return lookup("#participantSearch").queryAs(app.orbit.ui.common.ContactPicker.class).suggesting();
    }

    @Test
    void enterTakesTheHighlightedSuggestion_everyTime_andCreatesANewPerson() {
        await(() -> showing("#weekView"));
        clickOn("#weekProgress"); // the window has the keyboard
        List<ContactSummary> all = orbit().contacts().search("", false, 100);
        ContactSummary first = all.get(0);
        ContactSummary second = all.get(5);

        ctrl(KeyCode.L);
        await(() -> showing("#logDialog"));
        javafx.scene.Node field = lookup("#participantSearch").query();
        await(() -> field.getScene().getFocusOwner() == field);
        clickOn(field); // under Monocle the dialog's window gets the keyboard from a click
        write(first.displayName());
        await(this::suggesting);
        type(KeyCode.ENTER);
        await(() -> children("#participants") == 1);
        assertThat(lookup("#participantSearch").queryTextInputControl().getText()).isEmpty();

        // The second time too (it used to add only the first person).
        write(second.displayName());
        await(this::suggesting);
        type(KeyCode.ENTER);
        await(() -> children("#participants") == 2);

        // A name nobody has: Enter offers, then creates.
        write("Zacharie Nouveau");
        await(this::suggesting);
        type(KeyCode.ENTER);
        await(() -> children("#participants") == 3);

        clickOn("#logSummary").write("Coffee");
        type(KeyCode.ENTER);

        await(() -> !showing("#logDialog"));
        ContactSummary created = orbit().contacts().search("zacharie nouveau", false, 5).get(0);
        List<Interaction> timeline = orbit().interactions().timeline(created.id());
        assertThat(timeline).singleElement().satisfies(i -> assertThat(i.participantIds())
                .containsExactlyInAnyOrder(first.id(), second.id(), created.id()));
    }

    @Test
    void downMovesTheHighlight_andEnterBeforeTheListCameTakesTheFirst() {
        await(() -> showing("#weekView"));
        clickOn("#weekProgress");
        ctrl(KeyCode.L);
        await(() -> showing("#logDialog"));
        clickOn("#participantSearch");

        write("a");
        await(this::suggesting);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> list = (javafx.scene.control.ListView<Object>) lookup("#pickerPopup")
                .query();
        await(() -> list.getItems().size() >= 2);
        type(KeyCode.DOWN);
        javafx.scene.control.Label highlighted = lookup("#pickerPopup .list-cell:selected .picker-name").query();
        String name = highlighted.getText();
        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        type(KeyCode.ENTER);
        await(() -> children("#participants") == 1);
        String chip = ((javafx.scene.control.Button) lookup("#participants").queryAs(javafx.scene.layout.Pane.class)
                .getChildren().get(0)).getText();
        assertThat(chip).isEqualTo(name);

        // Typed and Enter at once, before the search answered: the first suggestion is taken.
        interact(() -> lookup("#participantSearch").queryTextInputControl().setText("Zoé"));
        type(KeyCode.ENTER);
        await(() -> children("#participants") == 2);
    }

    @Test
    void shortcuts_switchScreens_openANewContact_andListThemselves() {
        await(() -> showing("#weekView"));
        clickOn("#weekProgress");

        ctrl(KeyCode.DIGIT2);
        await(() -> showing("#contactsTable"));
        ctrl(KeyCode.DIGIT5);
        await(() -> showing("#asksView") || lookup("#navAsks").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected());
        ctrl(KeyCode.DIGIT1);
        await(() -> showing("#weekView"));

        ctrl(KeyCode.N);
        await(() -> showing("#contactForm"));
        type(KeyCode.ESCAPE);
        await(() -> !showing("#contactForm"));

        type(KeyCode.F1);
        await(() -> showing("#shortcutsSheet"));
        assertThat(lookup("#shortcutsSheet .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Ctrl+N", "Add a person", "Ctrl+1 … Ctrl+5");
    }
}
