package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * The contact pane in a small window (issue 10): history cards stay inside it with their menu in
 * sight, and a long email address wraps inside it, with break points after its "@" and dots.
 */
class DetailPaneJourneyTest extends OrbitUiTest {

    private static final String EMAIL = "marie-christine.delacroix@agence-internationale-de-conseil.example.org";

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
        Contact lucas = orbit.contacts().get(orbit.contacts().search("Lucas Roux", false, 1).get(0).id());
        orbit.contacts().update(lucas.toBuilder().emails(List.of(EMAIL)).build());
        orbit.quickLog().log(new Interaction.Draft(orbit.clock().instant().atZone(orbit.clock().getZone())
                .toLocalDate(), InteractionKind.MEETING, "A long lunch about the reorganisation of the whole research "
                + "department and who goes where", "", Exchange.RECEIVED, null), List.of(lucas.id()), List.of());
    }

    @Test
    void historyCardsAndEmail_stayInsideTheNarrowPane() {
        await(() -> showing("#weekView"));
        Stage stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage s
                && "Orbit".equals(s.getTitle())).findFirst().orElseThrow();
        interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(640);
        });
        clickOn("#navContacts");
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 40);
        clickOn("#contactSearch").write("Lucas Roux");
        await(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        await(() -> showing("#timeline") && showing("#detailEmails"));
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        Node timeline = lookup("#timeline").query();
        ScrollPane pane = (ScrollPane) ancestor(timeline);
        Bounds viewport = pane.localToScene(pane.getLayoutBounds());
        List<Node> menus = List.copyOf(lookup(n -> n.getId() != null && n.getId().startsWith("interactionMenu-"))
                .queryAll());
        assertThat(menus).isNotEmpty();
        for (Node menu : menus) {
            Bounds b = menu.localToScene(menu.getLayoutBounds());
            assertThat(b.getMaxX()).as("menu inside the pane").isLessThanOrEqualTo(viewport.getMaxX());
        }

        Label email = (Label) ((javafx.scene.layout.Pane) lookup("#detailEmails").query()).getChildren().get(0);
        assertThat(email.getText().replace("\u200B", "")).isEqualTo(EMAIL);
        assertThat(email.getTooltip().getText()).isEqualTo(EMAIL);
        // A line may break after each "@" and dot (zero-width spaces there), and it wraps in the narrow pane.
        assertThat(email.getText()).contains("delacroix@\u200Bagence").endsWith("example.\u200Borg");
        assertThat(email.isWrapText()).isTrue();
        assertThat(email.getHeight()).isGreaterThan(1.5 * email.getFont().getSize());
        assertThat(email.localToScene(email.getLayoutBounds()).getMaxX()).isLessThanOrEqualTo(viewport.getMaxX());
    }

    private static Node ancestor(Node node) {
        Node p = node.getParent();
        while (p != null && !(p instanceof ScrollPane)) {
            p = p.getParent();
        }
        return p;
    }
}
