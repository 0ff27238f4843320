package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/**
 * Tab follows the reading order (issue 10): through the log dialog, the contact form and the
 * screens, the focus goes left to right and top to bottom, and leaves a text area rather than
 * typing a tab into it.
 */
class TabOrderJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    /** The window Tab goes through: the last one opened (a dialog over the main window). */
    private Scene top() {
        List<Window> open = Window.getWindows().stream().filter(Window::isShowing).toList();
        return open.get(open.size() - 1).getScene();
    }

    /** The id of the focused control (a button's text when it has none; else the nearest parent's id). */
    private String focused() {
        Node owner = top().getFocusOwner();
        if (owner instanceof javafx.scene.control.Button b && b.getId() == null) {
            return "button:" + b.getText();
        }
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n.getId() != null) {
                return n.getId();
            }
        }
        return owner == null ? "none" : owner.getClass().getSimpleName();
    }

    /** Presses Tab (or Shift+Tab) {@code times} times, noting where the focus lands each time. */
    private List<String> tab(int times, boolean back) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            if (back) {
                press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
            } else {
                type(KeyCode.TAB);
            }
            seen.add(focused());
        }
        return seen;
    }

    @Test
    void logDialog_tabGoesThroughTheFieldsInReadingOrder_andOutOfTheNotes() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> showing("#logDialog"));
        await(() -> focused().equals("participantSearch"));

        List<String> order = tab(9, false);

        // The exchange is one stop (its pills are a group: the arrows choose); Cancel sits left of Save.
        assertThat(order).containsExactly("logDate", "logKind", "logSummary", "logNotes", "exchange-NONE",
                "logFollowUp", "button:Cancel", "saveLog", "participantSearch");
        assertThat(lookup("#logNotes").queryAs(javafx.scene.control.TextArea.class).getText())
                .as("Tab leaves the notes without typing into them").isEmpty();
        assertThat(tab(6, true)).containsExactly("saveLog", "button:Cancel", "logFollowUp", "exchange-NONE",
                "logNotes", "logSummary");
        assertThat(lookup("#logNotes").queryAs(javafx.scene.control.TextArea.class).getText()).isEmpty();
    }

    @Test
    void contactForm_tabGoesRowByRowLeftToRight() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        await(() -> showing("#contactForm"));
        await(() -> focused().equals("firstName"));

        List<String> order = tab(18, false);

        assertThat(order).containsExactly("lastName", "organisation", "title", "email", "phone", "city",
                "birthday", "circle", "cadence", "tags", "knownSince", "introducedBy", "howWeMet", "needs",
                "offers", "notes", "button:Cancel", "saveContact");
        assertThat(tab(3, true)).containsExactly("button:Cancel", "notes", "offers");
    }

    @Test
    void contactsScreen_tabGoesFromTheSearchAcrossTheBarToTheTable() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await(() -> focused().equals("contactSearch"));

        assertThat(tab(3, false)).containsExactly("showArchived", "newContact", "contactsTable");
    }

    /** Clicks a screen in the sidebar and puts the focus on {@code first}, as a click there would. */
    private void openAt(String screen, String first) {
        clickOn(screen);
        await(() -> showing(first));
        interact(() -> lookup(first).query().requestFocus());
    }

    @Test
    void plan_tabGoesFromRefreshThroughEachCardInTurn() {
        await(() -> showing("#weekView"));
        openAt("#navWeek", "#refreshPlan");
        // The cards as they stand on the screen, top to bottom.
        List<String> cards = lookup("#planList").queryAs(javafx.scene.layout.Pane.class).getChildren().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("entry-"))
                .sorted(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY()))
                .map(n -> n.getId().substring("entry-".length())).limit(3).toList();
        assertThat(cards).hasSize(3);
        List<String> expected = new ArrayList<>();
        for (String id : cards) {
            expected.addAll(List.of("entry-" + id, "logTouch-" + id, "snooze-" + id, "skip-" + id));
        }

        assertThat(tab(12, false)).containsExactlyElementsOf(expected);
    }

    @Test
    void settings_tabGoesDownTheSections() {
        await(() -> showing("#weekView"));
        openAt("#navSettings", "#settingTheme");

        assertThat(tab(15, false)).containsExactly("settingLanguage", "settingPlanSize", "settingPhoneRegion",
                "settingMyName", "settingPlanMode", "cadence-INNER", "cadence-CLOSE", "cadence-NETWORK",
                "cadence-OUTER", "saveSettings", "backupsTable", "backupNow", "calendarSources", "calendarMe",
                "addCalendarFile");
        assertThat(tab(3, true)).containsExactly("calendarMe", "calendarSources", "backupNow");
    }

    @Test
    void introductions_tabGoesFromTheListToItsButtons_thenToTheSidebar() {
        await(() -> showing("#weekView"));
        openAt("#navIntros", "#introductionsList");
        interact(() -> lookup("#introductionsList").queryAs(javafx.scene.control.ListView.class)
                .getSelectionModel().select(0));

        assertThat(tab(4, false)).containsExactly("introAccept", "introDecline", "introLater", "fileMenu");
    }

    @Test
    void asks_tabGoesDownTheListThenTheForm() {
        await(() -> showing("#weekView"));
        openAt("#navAsks", "#newAsk");
        clickOn("#newAsk");

        assertThat(tab(8, false)).containsExactly("showRetiredAsks", "asksList", "askLookingFor", "askDomain",
                "askNiche", "askDifferentiator", "askHelpWanted", "saveAsk");
    }

    @Test
    void notSorted_tabGoesFromTheFilterAcrossItsChoicesToTheTable() {
        await(() -> showing("#weekView"));
        openAt("#navSorting", "#sortingFilter");

        assertThat(tab(3, false)).containsExactly("sortingOrg", "sortingTag", "sortingTable");
    }

    @Test
    void contactsSearch_downTakesTheFirstMatch_andShowsIt() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await(() -> focused().equals("contactSearch"));
        write("camille");
        await(() -> lookup("#contactsTable").queryAs(javafx.scene.control.TableView.class).getItems().size() == 1);

        type(KeyCode.DOWN);

        await(() -> lookup("#detailName").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(focused()).isEqualTo("contactsTable");
        assertThat(text("#detailName")).isEqualTo("Camille Bonnet");
    }

    @Test
    void contactsSearch_enterOpensTheFirstMatch() {
        await(() -> showing("#weekView"));
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await(() -> focused().equals("contactSearch"));
        write("bonnet");
        await(() -> lookup("#contactsTable").queryAs(javafx.scene.control.TableView.class).getItems().size() == 1);

        type(KeyCode.ENTER);

        await(() -> lookup("#detailName").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(text("#detailName")).isEqualTo("Camille Bonnet");
    }

    @Test
    void sidebar_downGoesThroughTheScreensInTheirOrderOnScreen() {
        await(() -> showing("#weekView"));
        interact(() -> lookup("#navWeek").query().requestFocus());
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            type(KeyCode.DOWN);
            seen.add(focused());
        }

        assertThat(seen).containsExactly("navContacts", "navSorting", "navIntros", "navAsks", "navSettings");
    }
}
