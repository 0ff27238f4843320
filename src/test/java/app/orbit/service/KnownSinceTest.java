package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.StalenessLevel;
import app.orbit.domain.ValidationException;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Someone added today whose last meeting, two months ago, is then logged: known-since moves back
 * to that meeting and the last touch is the meeting, not the day they were added.
 */
@FreshOrbit
class KnownSinceTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate MET = TODAY.minusDays(61);

    private Orbit orbit;
    private Contact lea;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        // Known since today: the day they are added (no known-since given).
        lea = orbit.contacts().create(person("Léa", "Moreau").circle(Circle.CLOSE).knownSince(null).build());
    }

    private Interaction log(LocalDate on, Contact... who) {
        return orbit.interactions().log(Interaction.of(on, InteractionKind.MEETING,
                java.util.Arrays.stream(who).map(Contact::id).toList(), "Coffee", "", Exchange.NONE, null));
    }

    private Contact lea() {
        return orbit.contacts().get(lea.id());
    }

    private Interaction redate(Interaction in, LocalDate on) {
        return orbit.interactions().edit(new Interaction(in.id(), on, in.kind(), in.participantIds(), in.summary(),
                in.notes(), in.exchange(), in.followUp(), in.createdAt(), in.updatedAt()));
    }

    @Test
    void log_backdatedBeforeKnownSince_movesKnownSinceBackAndTheLastTouchIsTheMeeting() {
        assertThat(lea().knownSince()).isEqualTo(TODAY);

        log(MET, lea);

        assertThat(lea().knownSince()).isEqualTo(MET);
        assertThat(lea().lastTouch()).isEqualTo(MET);
        ContactSummary inSearch = orbit.contacts().search("lea", false, 1).get(0);
        assertThat(inSearch.lastTouch()).as("the search index's cached last touch").isEqualTo(MET);
        assertThat(orbit.contacts().staleness(inSearch).level()).as("61 days on a 30-day cadence")
                .isEqualTo(StalenessLevel.LOST);
        assertThat(orbit.dueList().dueThisWeek()).extracting(DueEntry::contact).extracting(ContactSummary::id)
                .contains(lea.id());
        PlanLine line = orbit.planner().thisWeek().lineFor(lea.id()).orElseThrow();
        assertThat(line.entry().reason().key()).as("something was logged").isEqualTo("plan.reason.stale");
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).reason(line))
                .isEqualTo("Last touch on September 26, 2026; you aim for every 30 days.");
    }

    @Test
    void log_withSomeoneKnownForLongerToo_movesOnlyTheLaterKnownSince() {
        Contact old = orbit.contacts().create(person("Marc", "Old").knownSince(TODAY.minusYears(3)).build());

        log(MET, lea, old);

        assertThat(lea().knownSince()).isEqualTo(MET);
        assertThat(orbit.contacts().get(old.id()).knownSince()).isEqualTo(TODAY.minusYears(3));
        assertThat(orbit.contacts().get(old.id()).lastTouch()).isEqualTo(MET);
    }

    @Test
    void log_laterTouchThenBackdatedOne_keepsTheLaterAsLastTouch() {
        log(TODAY, lea);

        log(MET, lea);

        assertThat(lea().knownSince()).isEqualTo(MET);
        assertThat(lea().lastTouch()).isEqualTo(TODAY);
    }

    @Test
    void edit_backdatedMeetingMovedLater_lastTouchFollowsAndKnownSinceStays() {
        Interaction in = log(MET, lea);

        redate(in, TODAY.minusDays(10));

        assertThat(lea().lastTouch()).isEqualTo(TODAY.minusDays(10));
        assertThat(lea().knownSince()).as("known since only ever moves back by itself").isEqualTo(MET);
    }

    @Test
    void edit_meetingMovedBeforeKnownSince_movesKnownSinceBack() {
        Interaction in = log(TODAY, lea);

        redate(in, MET);

        assertThat(lea().knownSince()).isEqualTo(MET);
        assertThat(lea().lastTouch()).isEqualTo(MET);
    }

    @Test
    void delete_theOnlyMeeting_lastTouchFallsBackToKnownSinceAndTheReasonSaysNothingWasLogged() {
        Interaction in = log(MET, lea);

        orbit.interactions().delete(in.id());

        assertThat(lea().lastTouch()).isEqualTo(MET);
        assertThat(orbit.contacts().search("lea", false, 1).get(0).lastTouch()).isEqualTo(MET);
        PlanLine line = orbit.planner().thisWeek().lineFor(lea.id()).orElseThrow();
        assertThat(line.entry().reason().key()).isEqualTo("plan.reason.neverTouched");
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).reason(line))
                .isEqualTo("No touch logged yet; you have known them since September 26, 2026; you aim for every 30 days.");
    }

    @Test
    void update_knownSinceAfterTheFirstMeeting_isRefusedNamingTheField() {
        log(MET, lea);

        assertThatThrownBy(() -> orbit.contacts().update(lea().toBuilder().knownSince(TODAY.minusDays(5)).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("knownSince");
                    assertThat(new Messages(Locale.ENGLISH).describe(e)).isEqualTo(
                            "Known since can\u2019t be after your first logged interaction with them, on September 26, 2026.");
                });
        assertThat(lea().knownSince()).isEqualTo(MET);
    }

    @Test
    void update_knownSinceEarlier_isKeptAndTheLastTouchStaysTheMeeting() {
        log(MET, lea);

        orbit.contacts().update(lea().toBuilder().knownSince(TODAY.minusYears(2)).build());

        assertThat(lea().knownSince()).isEqualTo(TODAY.minusYears(2));
        assertThat(lea().lastTouch()).isEqualTo(MET);
    }

    @Test
    void update_knownSinceWithNothingLogged_isTheLastTouch() {
        orbit.contacts().update(lea().toBuilder().knownSince(TODAY.minusDays(100)).build());

        assertThat(lea().lastTouch()).isEqualTo(TODAY.minusDays(100));
        assertThat(orbit.contacts().search("lea", false, 1).get(0).lastTouch()).isEqualTo(TODAY.minusDays(100));
    }
}
