package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;

/**
 * A contact changed elsewhere while its form is open (another window on a shared database; here
 * the service, on H2, which keeps the same version column): saving shows both versions side by
 * side, and the user keeps theirs, takes the other, or goes back to editing.
 */
class ConflictJourneyTest extends OrbitUiTest {

    private long id;

    @Override
    void prepare(Orbit orbit) {
        id = orbit.contacts().create(person("Léa", "Moreau").organisation("Atelier Lumière").build()).id();
    }

    /** Opens Léa's form, types a title, and meanwhile her organisation is changed elsewhere; then Save. */
    private void editWhileSomeoneElseDoes(String title, String organisationElsewhere) {
        await(() -> showing("#weekView") || showing("#contactsView"));
        clickOn("#navContacts");
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 1);
        interact(() -> table.getSelectionModel().select(0));
        await(() -> showing("#editContact"));
        clickOn("#editContact");
        await(() -> showing("#contactForm"));
        TextField titleField = lookup("#title").query();
        interact(() -> titleField.setText(title));

        Contact now = orbit().contacts().get(id);
        orbit().contacts().update(now.toBuilder().organisation(organisationElsewhere).build());

        clickOn("#saveContact");
        await(() -> showing("#conflictPane"));
    }

    @Test
    void saveAfterAnEditElsewhere_showsBothVersions_andKeepMineSavesOverIt() {
        editWhileSomeoneElseDoes("Founder", "Studio Nord");

        assertThat(text("#conflictMessage")).startsWith("Léa Moreau was changed elsewhere");
        assertThat(text("#conflictMine-organisation")).isEqualTo("Atelier Lumière");
        assertThat(text("#conflictTheirs-organisation")).isEqualTo("Studio Nord");
        assertThat(text("#conflictMine-title")).isEqualTo("Founder");
        assertThat(text("#conflictTheirs-title")).isEqualTo("(empty)");
        assertThat(lookup("#conflictMine-firstName").tryQuery()).as("the same: not highlighted")
                .isEmpty();
        assertThat(lookup("#conflictMine-organisation").query().getStyleClass())
                .contains("conflict-differs");
        assertThat(showing("#saveContact")).isFalse();
        assertThat(orbit().contacts().get(id).title()).as("nothing of the form saved yet").isEmpty();

        clickOn("#conflictKeepMine");

        await(() -> !showing("#contactForm"));
        Contact stored = orbit().contacts().get(id);
        assertThat(stored.title()).isEqualTo("Founder");
        assertThat(stored.organisation()).isEqualTo("Atelier Lumière");
    }

    @Test
    void backToEditing_thenSave_mergesByHand_andTakeTheirs_dropsTheEdit() {
        editWhileSomeoneElseDoes("Founder", "Studio Nord");

        clickOn("#conflictBackToEditing");
        await(() -> showing("#title") && showing("#saveContact"));
        assertThat(lookup("#title").<TextField>query().getText()).as("your values kept").isEqualTo("Founder");
        TextField organisation = lookup("#organisation").query();
        interact(() -> organisation.setText("Studio Nord"));
        clickOn("#saveContact");

        await(() -> !showing("#contactForm"));
        Contact merged = orbit().contacts().get(id);
        assertThat(merged.title()).isEqualTo("Founder");
        assertThat(merged.organisation()).isEqualTo("Studio Nord");

        // Once more, and this time the other version wins.
        clickOn("#editContact");
        await(() -> showing("#contactForm"));
        TextField title = lookup("#title").query();
        interact(() -> title.setText("Co-founder"));
        orbit().contacts().update(orbit().contacts().get(id).toBuilder().city("Lyon").build());
        clickOn("#saveContact");
        await(() -> showing("#conflictPane"));
        assertThat(text("#conflictTheirs-city")).isEqualTo("Lyon");

        clickOn("#conflictTakeTheirs");

        await(() -> !showing("#contactForm"));
        Contact kept = orbit().contacts().get(id);
        assertThat(kept.title()).isEqualTo("Founder");
        assertThat(kept.city()).isEqualTo("Lyon");
    }
}
