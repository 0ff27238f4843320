package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.ui.files.ImportViewModel;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The journeys of issue 2 through the real window: launch, add, log, search. */
class JourneyTest extends OrbitUiTest {

    @Test
    void launch_emptyDataDirectory_offersTheSampleAndLoadsIt() {
        await(() -> showing("#welcomeView"));
        assertThat(lookup("#sidebar").query().isDisabled()).isTrue();

        clickOn("#loadSample");

        await(() -> showing("#weekView") && children("#planList") >= 7);
        assertThat(orbit().contacts().count()).isEqualTo(40);
        assertThat(lookup("#sidebar").query().isDisabled()).isFalse();
        assertThat(text("#weekProgress")).matches("0 of \\d+ done");
    }

    @Test
    void addContact_throughTheForm_showsItInTheTableAndDetail() {
        await(() -> showing("#welcomeView"));
        clickOn("#startEmpty");
        await(() -> showing("#contactsView"));

        clickOn("#newContact");
        await(() -> showing("#contactForm"));
        Button save = lookup("#saveContact").queryButton();
        assertThat(showing("#contactFormError")).as("a fresh form does not scold").isFalse();
        clickOn(save);
        await(() -> showing("#contactFormError"));
        assertThat(text("#contactFormError")).isEqualTo("A contact needs a first or a last name.");
        assertThat(showing("#contactForm")).isTrue();
        clickOn("#firstName").write("Zoé");
        clickOn("#lastName").write("Lambert");
        clickOn("#email").write("zoe@");
        await(() -> showing("#contactFormError"));
        assertThat(text("#contactFormError")).contains("zoe@").contains("not an email");
        write("studio.fr");
        clickOn("#organisation").write("Studio Lambert");
        await(() -> !showing("#contactFormError"));

        clickOn(save);

        await(() -> !showing("#contactForm") && showing("#detailName"));
        assertThat(text("#detailName")).isEqualTo("Zoé Lambert");
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 1);
        List<ContactSummary> stored = orbit().contacts().search("lambert", false, 10);
        assertThat(stored).hasSize(1);
        assertThat(orbit().contacts().get(stored.get(0).id()).emails()).containsExactly("zoe@studio.fr");
    }

    @Test
    void logInteraction_withTwoDuePeopleAndOneCreatedInline_takesThemOffTheDueList() {
        await(() -> showing("#welcomeView"));
        clickOn("#loadSample");
        await(() -> children("#planList") >= 7);
        List<ContactSummary> planned = orbit().planner().thisWeek().lines().stream()
                .filter(l -> !l.entry().timeBound()).map(l -> l.contact()).toList();
        ContactSummary first = planned.get(0);
        ContactSummary second = planned.get(1);
        assertThat(dueIds()).contains(first.id(), second.id());

        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> showing("#logDialog"));
        pick(first.displayName());
        pick(second.displayName());
        clickOn("#participantSearch").write("Nora Benali");
        await(() -> lookup(".picker-create").tryQuery().isPresent());
        clickOn(".picker-create");
        await(() -> children("#participants") == 3);
        clickOn("#logSummary").write("Dinner after the meetup");
        clickOn("#exchange-GAVE");

        clickOn("#saveLog");

        await(() -> !showing("#logDialog"));
        await(() -> !dueIds().contains(first.id()));
        assertThat(dueIds()).doesNotContain(first.id(), second.id());
        // Their plan entries are done: the cards say so instead of offering to log a touch.
        await(() -> lookup("#status-" + first.id()).tryQuery().isPresent()
                && lookup("#status-" + second.id()).tryQuery().isPresent());
        assertThat(text("#status-" + first.id())).isEqualTo("Done");
        ContactSummary nora = orbit().contacts().search("nora benali", false, 5).get(0);
        List<Interaction> timeline = orbit().interactions().timeline(nora.id());
        assertThat(timeline).hasSize(1);
        assertThat(timeline.get(0).participantIds()).containsExactlyInAnyOrder(first.id(), second.id(), nora.id());
        assertThat(timeline.get(0).date()).isEqualTo(TODAY);
        assertThat(timeline.get(0).summary()).isEqualTo("Dinner after the meetup");
    }

    @Test
    void search_withAndWithoutAccents_findsTheSamePerson() {
        await(() -> showing("#welcomeView"));
        clickOn("#loadSample");
        await(() -> showing("#weekView"));
        clickOn("#navContacts");
        TableView<?> table = lookup("#contactsTable").queryTableView();
        await(() -> table.getItems().size() == 40);

        for (String query : List.of("cecile", "Cécile", "CECILE MOREAU", "lumiere")) {
            clickOn("#contactSearch").eraseText(20).write(query);
            await(() -> table.getItems().size() == 1);
            assertThat(((app.orbit.ui.contacts.ContactRow) table.getItems().get(0)).contact().displayName())
                    .as(query).isEqualTo("Cécile Moreau");
        }
        clickOn("#contactSearch").eraseText(20).write("zzzz");
        await(() -> table.getItems().isEmpty());
    }

    @Test
    void importFromTheWelcome_saysWhereThePeopleWait_andOpensNotSorted(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path files) throws Exception {
        await(() -> showing("#welcomeView"));
        assertThat(text("#welcomeImport")).contains("Not sorted");
        java.nio.file.Path csv = files.resolve("Connections.csv");
        java.nio.file.Files.writeString(csv, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ada,Byron,https://www.linkedin.com/in/ada,,Acme,CTO,02 Feb 2015\n"
                + "Ben,Carter,https://www.linkedin.com/in/ben,,Globex,Designer,03 Mar 2016\n");
        interact(() -> app.window().files().importFiles(List.of(csv)));
        ImportViewModel vm = app.window().files().lastImport();
        await(() -> vm.step().get() == ImportViewModel.Step.PREVIEW);

        clickOn("#importConfirm");

        await(() -> vm.step().get() == ImportViewModel.Step.DONE);
        assertThat(text("#importMessage")).isEqualTo("Imported: 2 new, 0 merged into existing contacts. "
                + "2 people arrived not sorted yet: sort them in Not sorted.");
        clickOn("#importCancel");
        TableView<?> table = lookup("#sortingTable").queryTableView();
        await(() -> showing("#sortingView") && table.getItems().size() == 2);
        assertThat(lookup("#sidebar").query().isDisabled()).isFalse();
        assertThat(text("#navSortingCount")).isEqualTo("2");
    }

    /** Everyone due today, uncapped. */
    private List<Long> dueIds() {
        return orbit().dueList().due(TODAY, 1000).stream().map(e -> e.contact().id()).toList();
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
