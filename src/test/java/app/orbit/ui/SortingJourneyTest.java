package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.ui.sorting.SortingViewModel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The triage of imported people through the real window: Not sorted, filter, select with the keyboard, 2. */
class SortingJourneyTest extends OrbitUiTest {

    private static final String CSV = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
            + "Ada,Byron,https://www.linkedin.com/in/ada,,Acme,CTO,02 Feb 2015\n"
            + "Ben,Carter,https://www.linkedin.com/in/ben,,Acme,Designer,03 Mar 2016\n"
            + "Cleo,Dumas,https://www.linkedin.com/in/cleo,,Acme,Engineer,04 Apr 2017\n"
            + "Dan,Evans,https://www.linkedin.com/in/dan,,Initech,Sales,05 May 2018\n"
            + "Eve,Fox,https://www.linkedin.com/in/eve,,Globex,Lawyer,06 Jun 2019\n";

    private long ownId;

    @Override
    void prepare(Orbit orbit) {
        Contact own = orbit.contacts().create(person("Olga", "Own").circle(Circle.CLOSE).build());
        ownId = own.id();
        orbit.importer().apply(orbit.importer().preview(SourceText.decode("Connections.csv",
                CSV.getBytes(StandardCharsets.UTF_8)), null, Progress.NONE), Progress.NONE);
    }

    @Test
    void sortAFilteredSelection_withTheKeyboard_putsThemInCloseAndKeepsTheFocusOnTheNext() {
        await(() -> showing("#weekView"));
        await(() -> showing("#navSortingCount") && text("#navSortingCount").equals("5"));
        clickOn("#navSorting");
        TableView<?> table = lookup("#sortingTable").queryTableView();
        await(() -> showing("#sortingView") && table.getItems().size() == 5);
        assertThat(text("#sortingCount")).isEqualTo("5 people not sorted");

        write("acme");
        await(() -> table.getItems().size() == 3);
        type(KeyCode.DOWN);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        await(() -> table.getSelectionModel().getSelectedIndices().size() == 2);
        assertThat(table.isFocused()).isTrue();
        type(KeyCode.DIGIT2);

        await(() -> table.getItems().size() == 1);
        Map<String, Circle> circles = orbit().contacts().search("", false, 100).stream()
                .collect(Collectors.toMap(ContactSummary::displayName, ContactSummary::circle));
        assertThat(circles).containsEntry("Ada Byron", Circle.CLOSE).containsEntry("Ben Carter", Circle.CLOSE)
                .containsEntry("Cleo Dumas", Circle.UNSORTED).containsEntry("Dan Evans", Circle.UNSORTED)
                .containsEntry("Olga Own", Circle.CLOSE);
        // The focus stays in the table, on the next person, ready for the next key.
        assertThat(table.isFocused()).isTrue();
        assertThat(((SortingViewModel.Row) table.getSelectionModel().getSelectedItem()).person().displayName())
                .isEqualTo("Cleo Dumas");
        assertThat(text("#sortingCount")).isEqualTo("3 people not sorted");
        assertThat(text("#sortingNotice")).isEqualTo("2 people put in Close.");
        await(() -> text("#navSortingCount").equals("3"));

        type(KeyCode.A);

        await(() -> table.getItems().isEmpty());
        assertThat(orbit().contacts().search("cleo", true, 10)).singleElement()
                .satisfies(c -> assertThat(c.archived()).isTrue());
        assertThat(orbit().contacts().get(ownId).circle()).isEqualTo(Circle.CLOSE);
        List<Long> planned = orbit().planner().thisWeek().lines().stream().map(l -> l.contact().id()).toList();
        assertThat(orbit().contacts().unsorted()).extracting(u -> u.id()).doesNotContainAnyElementsOf(planned);
    }
}
