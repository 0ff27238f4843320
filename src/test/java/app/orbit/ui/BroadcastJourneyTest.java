package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** A one-to-many touch (decision 0010) through the real window: the dialog, then the history it leaves. */
class BroadcastJourneyTest extends OrbitUiTest {

    private long ines;
    private long nora;
    private long oscar;

    @Override
    void prepare(Orbit orbit) {
        Contact inner = orbit.contacts().create(person("Ines", "Roy").circle(Circle.INNER).tag("clients")
                .knownSince(TODAY.minusYears(1)).build());
        Contact network = orbit.contacts().create(person("Nora", "Benali").circle(Circle.NETWORK).tag("clients")
                .knownSince(TODAY.minusYears(1)).build());
        Contact outer = orbit.contacts().create(person("Oscar", "Petit").circle(Circle.OUTER).tag("clients")
                .knownSince(TODAY.minusYears(1)).build());
        ines = inner.id();
        nora = network.id();
        oscar = outer.id();
    }

    @Test
    void newsletterToATag_byKeyboard_isLoggedOnceAndShowsInTheHistoryAsOneToMany() {
        await(() -> showing("#weekView"));
        clickOn("#navContacts");
        await(() -> showing("#contactsView"));

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> showing("#broadcastDialog"));
        Button save = lookup("#saveBroadcast").queryButton();
        assertThat(save.isDisabled()).isTrue();
        // Monocle gives a new window no keyboard focus of its own: one click where a user's focus would be.
        clickOn("#broadcastTag");
        write("clients");
        await(() -> text("#broadcastReach").equals("Reaches 3 people; counts as a touch for 2 of them."));
        clickOn("#broadcastSummary").write("November letter");
        await(() -> !save.isDisabled());

        press(KeyCode.ENTER).release(KeyCode.ENTER);

        await(() -> !showing("#broadcastDialog"));
        await(() -> showing("#fileNotice"));
        assertThat(text("#fileNotice")).isEqualTo("Newsletter logged: it reached 3 people and counts as a touch for "
                + "2 of them.");
        List<Interaction> history = orbit().interactions().timeline(nora);
        assertThat(history).hasSize(1);
        assertThat(orbit().interactions().get(history.get(0).id()).participantIds())
                .containsExactlyInAnyOrder(ines, nora, oscar);
        assertThat(orbit().contacts().get(ines).lastTouch()).isEqualTo(TODAY.minusYears(1));
        assertThat(orbit().contacts().get(nora).lastTouch()).isEqualTo(TODAY);

        interact(() -> app.window().contactsView().show(ines));
        await(() -> children("#timeline") == 1);
        assertThat(texts("#timeline")).anyMatch(t -> t.endsWith(" · Newsletter to 3 people"))
                .contains("November letter", "Sent to everyone tagged #clients; not counted as a touch for the Inner "
                        + "and Close circles.");
    }

    @Test
    void postToACircle_fromTheFileMenu_reachesThatCircleOnly() {
        await(() -> showing("#weekView"));

        clickOn("#fileMenu").clickOn("#fileBroadcast");
        await(() -> showing("#broadcastDialog"));
        clickOn("#broadcastByCircle");
        await(() -> showing("#broadcastCircle"));
        clickOn("#broadcastCircle");
        clickOn(lookup(".list-cell").queryAll().stream()
                .filter(n -> n.isVisible() && "Outer".equals(((Labeled) n).getText())).findFirst().orElseThrow());
        await(() -> text("#broadcastReach").equals("Reaches 1 person; counts as a touch for 1 of them."));

        clickOn("#saveBroadcast");

        await(() -> !showing("#broadcastDialog"));
        assertThat(orbit().interactions().timeline(oscar)).hasSize(1)
                .allSatisfy(i -> assertThat(i.isOneToMany()).isTrue());
        assertThat(orbit().interactions().timeline(nora)).isEmpty();
        assertThat(orbit().contacts().get(oscar).lastTouch()).isEqualTo(TODAY);
    }

    /** Every label's text under the node, in order. */
    private List<String> texts(String query) {
        return lookup(query).queryAll().stream().findFirst().stream()
                .flatMap(root -> ((javafx.scene.Parent) root).lookupAll(".label").stream())
                .filter(Node::isVisible).map(n -> ((Labeled) n).getText()).toList();
    }

    @Test
    void opened_theTagFieldHasTheFocus_andItsHintStaysShown() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        await(() -> showing("#broadcastDialog"));
        javafx.scene.control.TextField editor = lookup("#broadcastTag").queryAs(javafx.scene.control.ComboBox.class)
                .getEditor();
        await(editor::isFocused);

        javafx.scene.text.Text hint = editor.lookupAll(".text").stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && "Type or choose a tag".equals(t.getText()))
                .map(javafx.scene.text.Text.class::cast).findFirst().orElseThrow();
        assertThat(hint.isVisible()).isTrue();
        assertThat(((javafx.scene.paint.Color) hint.getFill()).getOpacity()).as("the hint's colour").isGreaterThan(0.3);
    }
}
