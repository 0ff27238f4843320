package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.ValidationException;
import app.orbit.domain.WeekSummary;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan entry is DONE while a touch with the person in the plan's week says so: deleting that
 * touch, or editing its date or people away, puts the entry back to OPEN unless another touch in
 * the same week still covers it.
 */
@FreshOrbit
class PlanCompletionTest {

    /** A Thursday in week 2026-W48. */
    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate MONDAY = IsoWeek.of(TODAY).monday();

    private Orbit orbit;
    private Contact ann;
    private Contact ben;
    private Contact cat;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        ann = add("Ann");
        ben = add("Ben");
        cat = add("Cat");
        assertThat(orbit.planner().thisWeek().lines()).hasSize(3);
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    /** Someone due long ago, so they are on this week's plan. */
    private Contact add(String first) {
        return orbit.contacts().create(person(first, "X").circle(Circle.INNER).knownSince(TODAY.minusDays(60))
                .build());
    }

    private Interaction log(LocalDate date, Contact... who) {
        return orbit.interactions().log(Interaction.of(date, InteractionKind.CALL,
                Arrays.stream(who).map(Contact::id).toList(), "Call", "", Exchange.NONE, null));
    }

    private Interaction edit(Interaction i, LocalDate date, Contact... who) {
        return orbit.interactions().edit(new Interaction(i.id(), date, i.kind(),
                Arrays.stream(who).map(Contact::id).toList(), i.summary(), i.notes(), i.exchange(), i.followUp(),
                i.createdAt(), i.updatedAt()));
    }

    private PlanStatus status(Contact c) {
        return orbit.planner().thisWeek().lineFor(c.id()).orElseThrow().entry().status();
    }

    private long entryId(Contact c) {
        return orbit.planner().thisWeek().lineFor(c.id()).orElseThrow().entry().id();
    }

    @Test
    void delete_theTouchThatCompletedTheEntry_reopensIt() {
        Interaction call = log(TODAY, ann);
        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);

        orbit.interactions().delete(call.id());

        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);
        assertThat(orbit.planner().thisWeek().progress().done()).isZero();
        assertThat(orbit.contacts().get(ann.id()).lastTouch()).isEqualTo(ann.knownSince());
    }

    @Test
    void delete_whenAnotherTouchThatWeekStillCoversIt_keepsItDone() {
        Interaction monday = log(MONDAY, ann);
        Interaction today = log(TODAY, ann);

        orbit.interactions().delete(today.id());
        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);

        orbit.interactions().delete(monday.id());
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void delete_aTouchBeforeThisWeek_doesNotCountAsCover() {
        log(MONDAY.minusDays(1), ann);
        Interaction today = log(TODAY, ann);

        orbit.interactions().delete(today.id());

        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void delete_aGroupTouch_reopensOnlyThoseNoOtherTouchCovers() {
        Interaction lunch = log(TODAY, ann, ben);
        log(TODAY.minusDays(1), ben);
        log(TODAY, cat);

        orbit.interactions().delete(lunch.id());

        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);
        assertThat(status(ben)).isEqualTo(PlanStatus.DONE);
        assertThat(status(cat)).isEqualTo(PlanStatus.DONE);
    }

    @Test
    void edit_dateMovedBeforeThisWeek_reopensTheEntry_andMovedBackMarksItDoneAgain() {
        Interaction call = log(TODAY, ann);

        Interaction moved = edit(call, MONDAY.minusDays(3), ann);
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);

        edit(moved, TODAY.minusDays(1), ann);
        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);
    }

    @Test
    void edit_dateMovedWithinTheWeek_keepsItDone() {
        Interaction call = log(TODAY, ann);

        edit(call, MONDAY, ann);

        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);
    }

    @Test
    void edit_participantsChanged_reopensWhoLeftAndMarksWhoJoined() {
        Interaction lunch = log(TODAY, ann, ben);

        edit(lunch, TODAY, ann, cat);

        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);
        assertThat(status(ben)).isEqualTo(PlanStatus.OPEN);
        assertThat(status(cat)).isEqualTo(PlanStatus.DONE);
    }

    @Test
    void undo_ofADoneEntry_staysOpenWhenItsTouchIsEditedOrDeleted() {
        Interaction call = log(TODAY, ann);
        orbit.planner().undo(entryId(ann));
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);

        // Fixing a typo in the summary is not a new touch: the user's undo stands.
        Interaction fixed = orbit.interactions().edit(new Interaction(call.id(), call.date(), call.kind(),
                call.participantIds(), "Call about the move", call.notes(), call.exchange(), call.followUp(),
                call.createdAt(), call.updatedAt()));
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);

        orbit.interactions().delete(fixed.id());
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void reopened_byADelete_isDoneAgainWithTheNextTouch_andUndoStillWorks() {
        Interaction call = log(TODAY, ann);
        orbit.interactions().delete(call.id());
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);

        log(TODAY, ann);
        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);

        orbit.planner().undo(entryId(ann));
        assertThat(status(ann)).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void log_makesASkippedPersonDone_andDeleteLeavesSnoozedEntriesAlone() {
        orbit.planner().skip(entryId(ben), "busy");
        orbit.planner().snooze(entryId(cat), SnoozeLength.ONE_WEEK);
        Interaction lunch = log(TODAY, ben, cat);
        // Skipped this week, met all the same: done, no longer skipped.
        assertThat(status(ben)).isEqualTo(PlanStatus.DONE);
        assertThat(status(cat)).isEqualTo(PlanStatus.SNOOZED);

        orbit.interactions().delete(lunch.id());

        assertThat(status(ben)).isEqualTo(PlanStatus.OPEN);
        assertThat(status(cat)).isEqualTo(PlanStatus.SNOOZED);
    }

    @Test
    void delete_aTouchOfAnEarlierWeek_reopensThatWeeksEntry() {
        LocalDate lastWeek = TODAY.minusDays(7);
        orbit = TestOrbit.reopen(orbit, lastWeek);
        orbit.planner().week(lastWeek);
        Interaction then = log(lastWeek, ann);
        orbit = TestOrbit.reopen(orbit, TestOrbit.TODAY);
        assertThat(orbit.planner().history(1)).extracting(s -> s.progress().done()).containsExactly(1);

        orbit.interactions().delete(then.id());

        List<WeekSummary> history = orbit.planner().history(1);
        assertThat(history).extracting(WeekSummary::week).containsExactly(IsoWeek.of(lastWeek));
        assertThat(history.get(0).progress().done()).isZero();
        assertThat(history.get(0).progress().open()).isPositive();
    }

    @Test
    void edit_refused_leavesTheEntryDone() {
        Interaction call = log(TODAY, ann);

        assertThatThrownBy(() -> orbit.interactions().edit(new Interaction(call.id(), TODAY, call.kind(),
                List.of(ben.id(), 99_999L), "", "", Exchange.NONE, null, call.createdAt(), call.updatedAt())))
                .isInstanceOf(ValidationException.class);

        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);
        assertThat(status(ben)).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void delete_unknownInteraction_isNotFound() {
        log(TODAY, ann);

        assertThatThrownBy(() -> orbit.interactions().delete(99_999L)).isInstanceOf(NotFoundException.class);

        assertThat(status(ann)).isEqualTo(PlanStatus.DONE);
    }
}
