package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.service.Settings;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every screen and dialog at 1024×640 and 1280×800, in English and French, light and dark (issue
 * 10): no visible label or button cut with an ellipsis, no field whose prompt runs past its edge, no
 * table whose visible columns run past its right edge, no dialog that needs a scroll bar across.
 * Each size is seen in both languages and both themes, and each language in both themes.
 */
class LayoutJourneyTest extends OrbitUiTest {

    private static Settings.Language language = Settings.Language.EN;
    private static Settings.Theme theme = Settings.Theme.LIGHT;
    private static boolean sample = true;

    @Override
    void prepare(Orbit orbit) {
        if (sample) {
            orbit.sampleNetwork().load();
        }
        orbit.settings().save(orbit.settings().current().withLanguage(language).withTheme(theme));
    }


    /** Labels and buttons on screen whose text is shown cut ("Modif…"). */
    private static List<String> cut(Node root) {
        List<String> found = new ArrayList<>();
        walk(root, found);
        return found;
    }

    private static void walk(Node node, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        // A table cell holds the user's data, of any length: the table cuts it (its header is checked).
        // Wrapped labels count too: one given fewer lines than it needs ends with an ellipsis.
        if (node instanceof Labeled l && !(l instanceof javafx.scene.control.TableCell<?, ?>) && l.getText() != null
                && !l.getText().isEmpty()) {
            for (Node child : l.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible() && !shown.getText().equals(l.getText())
                        && shown.getText().endsWith(l.getEllipsisString())) {
                    found.add(l.getText() + " → " + shown.getText());
                }
            }
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                walk(child, found);
            }
        }
    }

    /**
     * Tables whose visible columns are wider than the room beside the vertical scroll bar: the last
     * column is cut off at the right (the constrained policy shows no scroll bar across then).
     */
    private static List<String> columnsCut(Node root) {
        List<String> found = new ArrayList<>();
        root.lookupAll(".table-view").forEach(n -> {
            if (n instanceof TableView<?> t && t.isVisible() && t.getScene() != null
                    && t.lookup(".clipped-container") instanceof javafx.scene.layout.Region viewport) {
                double columns = t.getVisibleLeafColumns().stream().mapToDouble(TableColumnBase::getWidth).sum();
                // A table on a screen not shown (width 0) has nothing cut.
                if (viewport.getWidth() > 0 && columns > viewport.getWidth() + 1) {
                    found.add(t.getId() + " columns " + Math.round(columns) + " > " + Math.round(viewport.getWidth()));
                }
            }
        });
        return found;
    }

    /**
     * Empty text fields whose prompt is wider than the room inside them ("Chercher par nom,
     * organisation, e-m"): the prompt is clipped, not ended with an ellipsis.
     */
    private static List<String> promptsCut(Node root) {
        List<String> found = new ArrayList<>();
        root.lookupAll(".text-field").forEach(n -> {
            if (n instanceof TextField f && shown(f) && f.getWidth() > 0 && f.getPromptText() != null
                    && !f.getPromptText().isEmpty() && (f.getText() == null || f.getText().isEmpty())) {
                double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                if (f instanceof atlantafx.base.controls.CustomTextField c) {
                    room -= c.getLeft() == null ? 0 : c.getLeft().getLayoutBounds().getWidth() + 6;
                    room -= c.getRight() == null ? 0 : c.getRight().getLayoutBounds().getWidth() + 6;
                }
                Text measure = new Text(f.getPromptText());
                measure.setFont(f.getFont());
                if (measure.getLayoutBounds().getWidth() > room + 1) {
                    found.add(f.getPromptText() + " (" + Math.round(measure.getLayoutBounds().getWidth()) + " > "
                            + Math.round(room) + ")");
                }
            }
        });
        return found;
    }

    /**
     * Words and buttons that reach past the window's right edge: laid out wider than the room, they
     * are clipped there without an ellipsis (the French welcome's two buttons side by side did).
     */
    private static List<String> pastTheEdge(Node root) {
        List<String> found = new ArrayList<>();
        pastTheEdge(root, root.getScene().getWidth(), found);
        return found;
    }

    private static void pastTheEdge(Node node, double width, List<String> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            double right = l.localToScene(l.getBoundsInLocal()).getMaxX();
            if (right > width + 1) {
                found.add(l.getText() + " (" + Math.round(right) + " > " + Math.round(width) + ")");
            }
            return;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                pastTheEdge(child, width, found);
            }
        }
    }

    /** Whether the node and all its parents are visible (a field in a hidden box is not on screen). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> acrossScrollBars(Node root) {
        List<String> found = new ArrayList<>();
        root.lookupAll(".scroll-bar").forEach(n -> {
            if (n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL && b.isVisible()
                    && b.getVisibleAmount() < b.getMax() - b.getMin()) {
                found.add(String.valueOf(b.getParent().getId()));
            }
        });
        return found;
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @CsvSource({"1024,640,EN,LIGHT", "1024,640,FR,DARK", "1280,800,EN,DARK", "1280,800,FR,LIGHT"})
    void everyScreenAndDialog_showsItsWordsWhole(int width, int height, Settings.Language lang, Settings.Theme t)
            throws Exception {
        Stage stage = relaunch(width, height, lang, t, true);
        await(() -> showing("#weekView"));
        List<String> problems = new ArrayList<>();
        for (String screen : List.of("#navWeek", "#navContacts", "#navSorting", "#navIntros", "#navAsks",
                "#navSettings")) {
            clickOn(screen);
            sleepBriefly();
            cut(stage.getScene().getRoot()).forEach(c -> problems.add(screen + ": " + c));
            columnsCut(stage.getScene().getRoot()).forEach(c -> problems.add(screen + ": " + c));
            promptsCut(stage.getScene().getRoot()).forEach(c -> problems.add(screen + " prompt cut: " + c));
            pastTheEdge(stage.getScene().getRoot()).forEach(c -> problems.add(screen + " past the edge: " + c));
        }
        // My asks' form shows its prompts only when empty: a new ask.
        clickOn("#navAsks");
        clickOn("#newAsk");
        sleepBriefly();
        cut(lookup("#asksView").query()).forEach(c -> problems.add("new ask: " + c));
        promptsCut(lookup("#asksView").query()).forEach(c -> problems.add("new ask prompt cut: " + c));
        // The passphrase and calendar-address prompts, from Settings.
        clickOn("#navSettings");
        reveal("#encryptData");
        clickOn("#encryptData");
        dialog("#passphraseDialog", "passphrase", problems);
        reveal("#addCalendarAddress");
        clickOn("#addCalendarAddress");
        dialog("#calendarAddress", "calendar address", problems);
        // The plan's skip asks why.
        clickOn("#navWeek");
        Node skip = lookup(n -> n.getId() != null && n.getId().startsWith("skip-") && n.isVisible()).query();
        reveal("#" + skip.getId());
        clickOn(skip);
        dialog("#skipDialog", "skip", problems);
        // A contact's details take room from the table: look again with one chosen.
        clickOn("#navContacts");
        clickOn("Camille Bonnet");
        await(() -> lookup("#detailName").tryQuery().isPresent());
        sleepBriefly();
        cut(stage.getScene().getRoot()).forEach(c -> problems.add("contact details: " + c));
        columnsCut(stage.getScene().getRoot()).forEach(c -> problems.add("contact details: " + c));
        promptsCut(lookup("#contactsView").query()).forEach(c -> problems.add("contacts prompt cut: " + c));
        pastTheEdge(stage.getScene().getRoot()).forEach(c -> problems.add("contact details past the edge: " + c));
        clickOn("#navContacts");
        clickOn("#newContact");
        await(() -> showing("#contactForm"));
        sleepBriefly();
        Node form = lookup("#contactForm").query();
        cut(form).forEach(c -> problems.add("contact form: " + c));
        promptsCut(form).forEach(c -> problems.add("contact form prompt cut: " + c));
        acrossScrollBars(form).forEach(c -> problems.add("contact form scrolls across: " + c));
        type(KeyCode.ESCAPE);
        await(() -> !showing("#contactForm"));
        press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        await(() -> showing("#logDialog"));
        sleepBriefly();
        Node log = lookup("#logDialog").query();
        cut(log).forEach(c -> problems.add("log dialog: " + c));
        promptsCut(log).forEach(c -> problems.add("log dialog prompt cut: " + c));
        acrossScrollBars(log).forEach(c -> problems.add("log dialog scrolls across: " + c));
        type(KeyCode.ESCAPE);
        await(() -> !showing("#logDialog"));

        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        dialog("#broadcastDialog", "broadcast dialog", problems);
        type(KeyCode.F1);
        dialog("#shortcutsSheet", "shortcuts", problems);
        java.nio.file.Path card = dataDir.resolveSibling(dataDir.getFileName() + "-card.vcf");
        java.nio.file.Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Lambert-Castelnau\r\n"
                + "N:Lambert-Castelnau;Zoé;;;\r\nORG:Bureau d'études\r\nEND:VCARD\r\n");
        interact(() -> app.window().files().importFiles(List.of(card)));
        await(() -> showing("#importNewBox"));
        dialog("#importDialog", "import preview", problems);

        assertThat(problems).isEmpty();
    }

    @ParameterizedTest(name = "{0}x{1} {2} {3}")
    @CsvSource({"1024,640,EN,LIGHT", "1024,640,FR,DARK", "1280,800,EN,DARK", "1280,800,FR,LIGHT"})
    void welcome_andItsPassphrasePrompt_showTheirWordsWhole(int width, int height, Settings.Language lang,
            Settings.Theme t) throws Exception {
        Stage stage = relaunch(width, height, lang, t, false);
        await(() -> showing("#welcomeView"));
        sleepBriefly();
        List<String> problems = new ArrayList<>();
        cut(stage.getScene().getRoot()).forEach(c -> problems.add("welcome: " + c));
        promptsCut(stage.getScene().getRoot()).forEach(c -> problems.add("welcome prompt cut: " + c));
        pastTheEdge(stage.getScene().getRoot()).forEach(c -> problems.add("welcome past the window's edge: " + c));
        clickOn("#welcomeEncrypt");
        dialog("#passphraseDialog", "passphrase", problems);

        assertThat(problems).isEmpty();
    }

    /** Opens the window again on a fresh directory in {@code lang} and {@code t}, sized {@code width×height}. */
    private Stage relaunch(int width, int height, Settings.Language lang, Settings.Theme t, boolean withSample)
            throws Exception {
        language = lang;
        theme = t;
        sample = withSample;
        close();
        // A directory of its own: the one the first launch filled would show no welcome.
        dataDir = java.nio.file.Files.createDirectories(dataDir.resolve(lang + "-" + t + "-" + width));
        launch();
        await(() -> showing(withSample ? "#weekView" : "#welcomeView"));
        return placeMain(width, height);
    }

    /** Looks at the dialog holding {@code query} once it settled, then closes it with Escape. */
    private void dialog(String query, String name, List<String> problems) {
        await(() -> showing(query));
        sleepBriefly();
        Node root = lookup(query).query().getScene().getRoot();
        cut(root).forEach(c -> problems.add(name + ": " + c));
        promptsCut(root).forEach(c -> problems.add(name + " prompt cut: " + c));
        acrossScrollBars(root).forEach(c -> problems.add(name + " scrolls across: " + c));
        pastTheEdge(root).forEach(c -> problems.add(name + " past the edge: " + c));
        type(KeyCode.ESCAPE);
        await(() -> !showing(query));
    }

    private void sleepBriefly() {
        org.testfx.util.WaitForAsyncUtils.sleep(400, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
