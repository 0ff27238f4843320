package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.GestureKind;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.ValidationException;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A promise made at a group meeting reaches the plan of the person it was made to, and no one else's. */
@FreshOrbit
class PromiseRecipientsTest {

    /** Thursday of week 2026-W48 (November 23 to 29). */
    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final String PROMISE = "send Zoe the list of CTO candidates";

    private Orbit orbit;
    private Contact camille;
    private Contact zoe;
    private Contact theo;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        // Outer circle, seen today: nobody is due by staleness, so only a promise puts them on the plan.
        camille = orbit.contacts().create(person("Camille", "Roy").circle(Circle.OUTER).build());
        zoe = orbit.contacts().create(person("Zoe", "Park").circle(Circle.OUTER).build());
        theo = orbit.contacts().create(person("Théo", "Martin").circle(Circle.OUTER).build());
    }

    private Interaction meeting(FollowUp promise) {
        return orbit.interactions().log(Interaction.of(TODAY, InteractionKind.MEETING,
                List.of(camille.id(), zoe.id(), theo.id()), "Board dinner", "", Exchange.NONE, promise));
    }

    private List<String> promisedInPlan() {
        PlanOnDay week = orbit.planner().thisWeek();
        return week.lines().stream().filter(l -> l.entry().gesture().kind() == GestureKind.FOLLOW_UP)
                .map(l -> l.contact().displayName()).toList();
    }

    @Test
    void log_groupPromiseToOne_onlyTheirPlanHasIt() {
        meeting(new FollowUp(TODAY.plusDays(2), PROMISE, false, List.of(zoe.id())));

        assertThat(promisedInPlan()).containsExactly("Zoe Park");
        PlanLine line = orbit.planner().thisWeek().lineFor(zoe.id()).orElseThrow();
        PlanWording en = new PlanWording(new Messages(Locale.ENGLISH));
        assertThat(en.gesture(line)).isEqualTo("Keep your promise to Zoe Park: \u201c" + PROMISE + "\u201d.");
        assertThat(orbit.gestures().advise(camille.id()).kind()).isNotEqualTo(GestureKind.FOLLOW_UP);
        assertThat(orbit.gestures().advise(theo.id()).kind()).isNotEqualTo(GestureKind.FOLLOW_UP);
        assertThat(orbit.gestures().advise(zoe.id()).kind()).isEqualTo(GestureKind.FOLLOW_UP);
    }

    @Test
    void icsWeekExport_groupPromiseToOne_hasAnEventForThemOnly() {
        meeting(new FollowUp(TODAY.plusDays(2), PROMISE, false, List.of(zoe.id())));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        orbit.exporter().export(app.orbit.exchange.ExportFormat.ICS_WEEK, app.orbit.exchange.ContactFilter.ALL, out,
                app.orbit.exchange.Progress.NONE);

        String ics = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ics).contains("UID:reconnect-2026-W48-" + zoe.id() + "@orbit.app").contains("Zoe Park")
                .doesNotContain("Camille").doesNotContain("Théo");
    }

    @Test
    void log_groupPromiseToChosenPeople_reachesEachOfThemOnly() {
        meeting(new FollowUp(TODAY.plusDays(2), "Send the slides", false, List.of(theo.id(), camille.id())));

        assertThat(promisedInPlan()).containsExactlyInAnyOrder("Camille Roy", "Théo Martin");
    }

    @Test
    void log_groupPromiseWithoutRecipient_isRefusedAndNothingWritten() {
        assertThatThrownBy(() -> meeting(new FollowUp(TODAY.plusDays(2), PROMISE, false)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("followUpTo");
                    assertThat(new Messages(Locale.ENGLISH).describe(e))
                            .isEqualTo("Several people were there: say to whom you promised it.");
                });
        assertThat(orbit.interactions().timeline(zoe.id())).isEmpty();
    }

    @Test
    void log_promiseToSomeoneWhoWasNotThere_isRefused() {
        Contact absent = orbit.contacts().create(person("Absent", "One").build());

        assertThatThrownBy(() -> orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL,
                List.of(zoe.id()), "", "", Exchange.NONE,
                new FollowUp(TODAY.plusDays(2), PROMISE, false, List.of(absent.id())))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("error.followUp.to.notThere"));
        assertThat(orbit.interactions().timeline(zoe.id())).isEmpty();
    }

    @Test
    void log_promiseInACallWithOnePerson_isTheirs() {
        Interaction call = orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(zoe.id()),
                "", "", Exchange.NONE, new FollowUp(TODAY.plusDays(2), PROMISE, false)));

        assertThat(orbit.interactions().get(call.id()).followUp().to()).containsExactly(zoe.id());
        assertThat(promisedInPlan()).containsExactly("Zoe Park");
    }

    @Test
    void edit_promiseGivenToSomeoneElse_movesToTheirPlan() {
        Interaction in = meeting(new FollowUp(TODAY.plusDays(2), PROMISE, false, List.of(zoe.id())));

        orbit.interactions().edit(new Interaction(in.id(), in.date(), in.kind(), in.participantIds(), in.summary(),
                in.notes(), in.exchange(), in.followUp().to(List.of(camille.id())), in.createdAt(), in.updatedAt()));

        assertThat(orbit.interactions().get(in.id()).followUp().to()).containsExactly(camille.id());
        assertThat(promisedInPlan()).containsExactly("Camille Roy");
    }

    @Test
    void quickLog_promiseToSomeoneNewAtTheMeeting_isTheirsOnly() {
        Interaction.Draft draft = new Interaction.Draft(TODAY, InteractionKind.MEETING, "Meetup", "", Exchange.NONE,
                new FollowUp(TODAY.plusDays(2), "Send the deck", false, List.of()));

        Interaction in = orbit.quickLog().log(draft, List.of(zoe.id()),
                List.of(person("Nina", "New").circle(Circle.OUTER).build()), java.util.Set.of(0));

        long nina = in.participantIds().get(1);
        assertThat(in.followUp().to()).containsExactly(nina);
        assertThat(promisedInPlan()).containsExactly("Nina New");
    }

    @Test
    void timeBoundChip_promiseDueNextWeek_saysWhenNotThisWeek() {
        meeting(new FollowUp(TODAY.plusDays(5), PROMISE, false, List.of(zoe.id())));
        orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(camille.id()), "", "",
                Exchange.NONE, new FollowUp(TODAY.plusDays(2), "Call back", false)));

        PlanOnDay week = orbit.planner().thisWeek();
        PlanWording en = new PlanWording(new Messages(Locale.ENGLISH));
        PlanWording fr = new PlanWording(new Messages(Locale.FRENCH));
        PlanLine nextTuesday = week.lineFor(zoe.id()).orElseThrow();
        PlanLine saturday = week.lineFor(camille.id()).orElseThrow();

        assertThat(nextTuesday.entry().timeBound()).isTrue();
        assertThat(en.timeBound(nextTuesday, week.week())).isEqualTo("Due Tuesday, December 1");
        assertThat(fr.timeBound(nextTuesday, week.week())).isEqualTo("Pour le mardi 1 décembre");
        assertThat(en.timeBound(saturday, week.week())).isEqualTo("This week");
        assertThat(fr.timeBound(saturday, week.week())).isEqualTo("Cette semaine");
    }

    @Test
    void timeBoundChip_promiseOverdue_saysItWasDue() {
        orbit.interactions().log(Interaction.of(TODAY.minusDays(20), InteractionKind.CALL, List.of(camille.id()),
                "", "", Exchange.NONE, new FollowUp(TODAY.minusDays(10), "Call back", false)));

        PlanOnDay week = orbit.planner().thisWeek();
        PlanLine late = week.lineFor(camille.id()).orElseThrow();

        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).timeBound(late, week.week()))
                .isEqualTo("Was due Monday, November 16");
    }
}
