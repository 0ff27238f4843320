package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Gesture;
import app.orbit.domain.GestureKind;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FreshOrbit
class GestureAdvisorTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
    }

    private Contact add(Contact.Builder b) {
        return orbit.contacts().create(b.knownSince(TODAY.minusYears(1)).build());
    }

    private void log(LocalDate date, String summary, String notes, FollowUp f, Contact c) {
        orbit.interactions().log(Interaction.of(date, InteractionKind.MEETING, List.of(c.id()), summary, notes,
                Exchange.NONE, f));
    }

    private GestureKind kind(Contact c) {
        return orbit.gestures().advise(c.id()).kind();
    }

    @Test
    void advise_promiseFallingDue_isAFollowUp_untilTheNextTouch() {
        Contact ann = add(person("Ann", "A").needs("Java developers"));
        log(TODAY.minusDays(10), "Lunch", "", new FollowUp(TODAY.plusDays(3), "Send the deck", false), ann);

        Gesture g = orbit.gestures().advise(ann.id());
        assertThat(g.kind()).isEqualTo(GestureKind.FOLLOW_UP);
        assertThat(new Messages(Locale.ENGLISH).text(g.sentence())).isEqualTo("Keep your promise to Ann A: "
                + "\u201cSend the deck\u201d.");
        assertThat(new Messages(Locale.FRENCH).text(g.reason())).isEqualTo(
                "Promis le 16 novembre pour le 29 novembre : une promesse tenue marque les esprits.");

        log(TODAY.minusDays(2), "Sent it", "", null, ann);
        assertThat(kind(ann)).isEqualTo(GestureKind.SHARE);
    }

    @Test
    void advise_birthdayWithinTheWeek_isABirthday_butNotForADormantContact() {
        Contact ann = add(person("Ann", "A").birthday(new Birthday(MonthDay.from(TODAY.plusDays(7)), 1990)));
        Contact far = add(person("Far", "A").birthday(new Birthday(MonthDay.from(TODAY.plusDays(8)), 1990)));
        Contact dormant = add(person("Dor", "A").circle(Circle.DORMANT)
                .birthday(new Birthday(MonthDay.from(TODAY.plusDays(1)), null)));

        assertThat(kind(ann)).isEqualTo(GestureKind.BIRTHDAY);
        assertThat(new Messages(Locale.ENGLISH).text(orbit.gestures().advise(ann.id()).sentence()))
                .isEqualTo("Wish Ann A a happy birthday on Thursday, December 3.");
        assertThat(kind(far)).isEqualTo(GestureKind.CHECK_IN);
        assertThat(kind(dormant)).isEqualTo(GestureKind.CHECK_IN);
    }

    @Test
    void advise_recentNews_isCongratulations_oldNewsIsNot() {
        Contact ann = add(person("Ann", "A"));
        Contact ben = add(person("Ben", "B"));
        log(TODAY.minusDays(20), "Coffee", "Elle a un nouveau poste chez Airbus", null, ann);
        log(TODAY.minusDays(GestureAdvisor.NEWS_DAYS + 1), "Got promoted to VP", "", null, ben);

        Gesture g = orbit.gestures().advise(ann.id());
        assertThat(g.kind()).isEqualTo(GestureKind.CONGRATULATE);
        assertThat(new Messages(Locale.FRENCH).text(g.sentence())).isEqualTo("Félicitez Ann A pour son nouveau poste.");
        assertThat(kind(ben)).isEqualTo(GestureKind.CHECK_IN);
    }

    @Test
    void advise_freshlyEditedNotesWithNews_isCongratulations() {
        Contact ann = add(person("Ann", "A").notes("Their baby was born in October."));

        assertThat(kind(ann)).isEqualTo(GestureKind.CONGRATULATE);
    }

    @Test
    void advise_topics_areShared_andNothingKnownIsACheckIn() {
        Contact tags = add(person("Tag", "A").tags(List.of("climbing", "ai")));
        Contact nothing = add(person("Nil", "A"));

        Gesture g = orbit.gestures().advise(tags.id());
        assertThat(g.kind()).isEqualTo(GestureKind.SHARE);
        assertThat(new Messages(Locale.ENGLISH).text(g.reason())).isEqualTo("Topics they care about: ai, climbing. Nothing on file says what they need yet.");
        assertThat(new Messages(Locale.ENGLISH).text(orbit.gestures().advise(nothing.id()).sentence()))
                .isEqualTo("Call Nil A just to hear how they are, asking for nothing.");
    }

    @Test
    void advise_introduction_neverWithAnArchivedContact() {
        Contact ann = add(person("Ann", "A").needs("développeurs Java"));
        Contact ben = add(person("Ben", "B").offers("Java developer network"));
        assertThat(orbit.gestures().advise(ann.id()).otherContactId()).isEqualTo(ben.id());

        orbit.contacts().setArchived(ben.id(), true);

        assertThat(kind(ann)).isEqualTo(GestureKind.SHARE);
    }
}
