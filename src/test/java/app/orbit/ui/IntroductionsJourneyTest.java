package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Issue 9's journey through the Introductions view: introduce a pair, decline one, put one off. */
class IntroductionsJourneyTest extends OrbitUiTest {

    private long nadia;
    private long tom;
    private long lena;
    private long marc;

    @Override
    void prepare(Orbit orbit) {
        nadia = add(orbit, person("Nadia", "Kader").needs("hiring a senior Kotlin payments engineer"));
        tom = add(orbit, person("Tom", "Price").offers("Kotlin payments engineering, hiring referrals"));
        lena = add(orbit, person("Léna", "Roussel").needs("un avocat pour déposer une marque"));
        marc = add(orbit, person("Marc", "Olivier").offers("avocat en propriété intellectuelle, dépôt de marques"));
    }

    private static long add(Orbit orbit, Contact.Builder b) {
        return orbit.contacts().create(b.knownSince(TODAY.minusYears(1)).build()).id();
    }

    private ListView<?> list() {
        return lookup("#introductionsList").queryAs(ListView.class);
    }

    private List<String> pairs() {
        return orbit().introductions().suggestions().stream()
                .map(m -> m.needer().id() + ">" + m.offerer().id()).toList();
    }

    @Test
    void answerSuggestions_introduceLogsBothPeople_declineAndLaterLeaveTheList() {
        await(() -> showing("#weekView") || showing("#contactsView"));
        clickOn("#navIntros");
        await(() -> showing("#introductionsView") && list().getItems().size() >= 2);
        int before = list().getItems().size();
        assertThat(pairs()).contains(nadia + ">" + tom, lena + ">" + marc);

        // Accept the first one from the keyboard: the log dialog opens with both people, as an introduction.
        interact(() -> list().getSelectionModel().select(0));
        Object first = list().getSelectionModel().getSelectedItem();
        clickOn("#introductionsList").type(KeyCode.ENTER);
        await(() -> showing("#logDialog") && children("#participants") == 2);
        clickOn("#logSummary").write("Introduced them by email");
        clickOn("#saveLog");
        await(() -> !showing("#logDialog"));
        await(() -> list().getItems().size() == before - 1 && !list().getItems().contains(first));
        Interaction logged = orbit().interactions().timeline(((app.orbit.domain.IntroductionMatch) first).needer().id())
                .get(0);
        assertThat(logged.participantIds()).hasSize(2);
        assertThat(logged.exchange()).isEqualTo(Exchange.GAVE);

        // Not a good match, from its button: gone, and gone for good.
        interact(() -> list().getSelectionModel().select(0));
        app.orbit.domain.IntroductionMatch declined =
                (app.orbit.domain.IntroductionMatch) list().getSelectionModel().getSelectedItem();
        clickOn("#introDecline");
        await(() -> !list().getItems().contains(declined));
        assertThat(pairs()).doesNotContain(declined.needer().id() + ">" + declined.offerer().id());
        assertThat(orbit().interactions().timeline(declined.needer().id())).isEmpty();
    }

    @Test
    void later_fromTheKeyboard_leavesTheListWithoutLoggingAnything() {
        await(() -> showing("#weekView") || showing("#contactsView"));
        clickOn("#navIntros");
        await(() -> showing("#introductionsView") && !list().getItems().isEmpty());
        interact(() -> list().getSelectionModel().select(0));
        app.orbit.domain.IntroductionMatch m =
                (app.orbit.domain.IntroductionMatch) list().getSelectionModel().getSelectedItem();

        clickOn("#introductionsList").type(KeyCode.L);

        await(() -> !list().getItems().contains(m));
        assertThat(text("#introCount")).endsWith("best first");
        assertThat(orbit().interactions().timeline(m.needer().id())).isEmpty();
    }

    @Test
    void everySuggestionDeclined_saysThereIsNoneRatherThanLooking() {
        await(() -> showing("#weekView") || showing("#contactsView"));
        clickOn("#navIntros");
        await(() -> showing("#introductionsView") && !list().getItems().isEmpty());

        while (!list().getItems().isEmpty()) {
            Object first = list().getItems().get(0);
            interact(() -> list().getSelectionModel().select(0));
            clickOn("#introDecline");
            await(() -> !list().getItems().contains(first));
        }

        await(() -> text("#introCount").startsWith("No suggestion"));
        assertThat(text("#introductionsEmpty")).startsWith("No introduction to suggest yet");
    }
}
