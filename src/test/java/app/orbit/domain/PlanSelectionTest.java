package app.orbit.domain;

import static app.orbit.testing.ContactBuilder.summary;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.PlanSelection.Pick;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanSelectionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final CadencePolicy POLICY = CadencePolicy.defaults();

    private static List<DueEntry> due(ContactSummary... people) {
        return DueList.build(List.of(people), TODAY, POLICY, Integer.MAX_VALUE);
    }

    private static List<Long> ids(List<Pick> picks) {
        return picks.stream().map(Pick::contactId).toList();
    }

    private static TimeBound birthday(long id, int inDays) {
        return TimeBound.birthday(summary(id, Circle.NETWORK, null, TODAY.minusDays(5)), TODAY.plusDays(inDays));
    }

    private static TimeBound followUp(long id, int inDays) {
        ContactSummary c = summary(id, Circle.NETWORK, null, TODAY.minusDays(20));
        return TimeBound.followUp(c, new PendingFollowUp(id, TODAY.minusDays(20), TODAY.plusDays(inDays), "Send it"));
    }

    @ParameterizedTest
    @CsvSource({
        // circle, cadence override, days since last touch, expected priority (ratio x weight)
        "INNER, , 14, 4.0",
        "INNER, , 28, 8.0",
        "CLOSE, , 45, 4.5",
        "NETWORK, , 90, 2.0",
        "NETWORK, , 270, 6.0",
        "OUTER, , 180, 1.0",
        "OUTER, , 900, 5.0",
        "NETWORK, 30, 60, 4.0",
        "INNER, 21, 42, 8.0",
        "CLOSE, 10, 15, 4.5"})
    void priority_isStalenessRatioTimesCircleWeight(Circle circle, Integer override, int days, double expected) {
        List<DueEntry> d = due(summary(1, circle, override, TODAY.minusDays(days)));

        List<Pick> picks = PlanSelection.select(d, List.of(), Set.of(), 7, 7);

        assertThat(picks).singleElement().satisfies(p -> {
            assertThat(p.priority()).isEqualTo(expected, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(p.timeBound()).isFalse();
        });
    }

    @Test
    void select_closerCircleOutranksAFartherOneMoreOverdue() {
        // INNER at 1.5 cadences (6.0) beats NETWORK at 2.5 cadences (5.0) and OUTER at 4 (4.0).
        List<DueEntry> d = due(summary(1, Circle.OUTER, null, TODAY.minusDays(720)),
                summary(2, Circle.NETWORK, null, TODAY.minusDays(225)),
                summary(3, Circle.INNER, null, TODAY.minusDays(21)));

        assertThat(ids(PlanSelection.select(d, List.of(), Set.of(), 7, 7))).containsExactly(3L, 2L, 1L);
    }

    @Test
    void select_tiesGoToTheOlderTouchThenNameThenId() {
        ContactSummary older = new ContactSummary(5, "Zoé", "Z", "", "", Circle.CLOSE, 30, false, TODAY.minusDays(60));
        ContactSummary newer = new ContactSummary(4, "Adam", "A", "", "", Circle.CLOSE, 15, false,
                TODAY.minusDays(30));
        ContactSummary sameAsNewerB = new ContactSummary(2, "Bea", "B", "", "", Circle.CLOSE, 15, false,
                TODAY.minusDays(30));
        ContactSummary sameAsNewerB2 = new ContactSummary(1, "Béa", "B", "", "", Circle.CLOSE, 15, false,
                TODAY.minusDays(30));

        List<Pick> picks = PlanSelection.select(due(newer, sameAsNewerB2, older, sameAsNewerB), List.of(), Set.of(),
                7, 7);

        // All four at ratio 2 x weight 3 = 6.
        assertThat(ids(picks)).containsExactly(5L, 4L, 1L, 2L);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "3, 3", "7, 7", "12, 12", "20, 12"})
    void select_capsTheDueListAtTheFreeSlots(int slots, int expected) {
        List<ContactSummary> people = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            people.add(summary(i, Circle.NETWORK, null, TODAY.minusDays(90 + i)));
        }
        List<DueEntry> d = DueList.build(people, TODAY, POLICY, Integer.MAX_VALUE);

        List<Pick> picks = PlanSelection.select(d, List.of(), Set.of(), slots, 7);

        assertThat(picks).hasSize(expected);
        if (expected > 0) {
            assertThat(picks.get(0).contactId()).isEqualTo(12L);
        }
    }

    @ParameterizedTest
    @CsvSource({"0, 3", "1, 3", "7, 3", "50, 3"})
    void select_timeBoundPeopleComeOnTopOfTheCap(int slots, int timeBoundCount) {
        List<DueEntry> d = due(summary(1, Circle.NETWORK, null, TODAY.minusDays(200)),
                summary(2, Circle.NETWORK, null, TODAY.minusDays(100)));
        List<TimeBound> tb = List.of(birthday(10, 6), followUp(11, -3), birthday(12, 0));

        List<Pick> picks = PlanSelection.select(d, tb, Set.of(), slots, 7);

        assertThat(picks).hasSize(timeBoundCount + Math.min(slots, 2));
        assertThat(ids(picks).subList(0, 3)).containsExactly(11L, 12L, 10L);
        assertThat(picks.subList(0, 3)).allMatch(Pick::timeBound);
        assertThat(picks.subList(3, picks.size())).noneMatch(Pick::timeBound);
    }

    @Test
    void select_aDuePersonWhoIsAlsoTimeBound_isTimeBoundAndTakesNoSlot() {
        ContactSummary both = summary(1, Circle.NETWORK, null, TODAY.minusDays(200));
        List<DueEntry> d = due(both, summary(2, Circle.NETWORK, null, TODAY.minusDays(150)),
                summary(3, Circle.NETWORK, null, TODAY.minusDays(120)));
        TimeBound tb = TimeBound.birthday(both, TODAY.plusDays(2));

        List<Pick> picks = PlanSelection.select(d, List.of(tb), Set.of(), 2, 7);

        assertThat(ids(picks)).containsExactly(1L, 2L, 3L);
        assertThat(picks.get(0).timeBound()).isTrue();
        assertThat(picks.get(0).priority()).isGreaterThan(0);
        assertThat(picks.get(0).reason()).isEqualTo(tb);
    }

    @Test
    void select_severalTimeBoundReasons_keepsTheSoonestOnce() {
        List<Pick> picks = PlanSelection.select(List.of(), List.of(birthday(7, 5), followUp(7, 1)), Set.of(), 7, 7);

        assertThat(picks).singleElement().satisfies(p -> assertThat(p.reason().reason().key())
                .isEqualTo("plan.reason.followUp"));
    }

    @Test
    void select_excludedAndArchivedPeople_areLeftOutAndFreeNoSlot() {
        List<DueEntry> d = due(summary(1, Circle.NETWORK, null, TODAY.minusDays(300)),
                summary(2, Circle.NETWORK, null, TODAY.minusDays(200)),
                summary(3, Circle.NETWORK, null, TODAY.minusDays(100)));
        ContactSummary archived = new ContactSummary(9, "A", "B", "", "", Circle.INNER, null, true, TODAY);
        List<TimeBound> tb = List.of(birthday(8, 1), TimeBound.birthday(archived, TODAY));

        List<Pick> picks = PlanSelection.select(d, tb, Set.of(1L, 8L), 1, 7);

        assertThat(ids(picks)).containsExactly(2L);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026, 777})
    void select_neverTwiceNeverExcludedCappedAndIndependentOfInputOrder(long seed) {
        Random random = new Random(seed);
        List<ContactSummary> people = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            Circle c = Circle.values()[random.nextInt(Circle.values().length)];
            Integer override = random.nextInt(5) == 0 ? 10 + random.nextInt(60) : null;
            people.add(summary(i, c, override, TODAY.minusDays(random.nextInt(800))));
        }
        List<TimeBound> tb = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long id = 1 + random.nextInt(80);
            tb.add(random.nextBoolean() ? birthday(id, random.nextInt(8)) : followUp(id, random.nextInt(15) - 7));
        }
        Set<Long> excluded = Set.of(1L + random.nextInt(80), 1L + random.nextInt(80));
        int slots = random.nextInt(12);
        int extraSlots = random.nextInt(8);
        List<DueEntry> d = DueList.build(people, TODAY, POLICY, Integer.MAX_VALUE);
        List<Pick> expected = PlanSelection.select(d, tb, excluded, slots, extraSlots);

        List<DueEntry> shuffled = new ArrayList<>(d);
        Collections.shuffle(shuffled, random);
        List<TimeBound> tbShuffled = new ArrayList<>(tb);
        Collections.shuffle(tbShuffled, random);

        assertThat(PlanSelection.select(shuffled, tbShuffled, excluded, slots, extraSlots)).isEqualTo(expected);
        assertThat(ids(expected)).doesNotHaveDuplicates().doesNotContainAnyElementsOf(excluded);
        assertThat(expected.stream().filter(p -> !p.timeBound()).count()).isLessThanOrEqualTo(slots);
        List<Pick> capped = expected.stream().filter(p -> !p.timeBound()).toList();
        assertThat(capped).extracting(Pick::due).isSortedAccordingTo(DueList.ORDER);
        long timeBoundPeople = tb.stream().map(t -> t.contact().id()).filter(id -> !excluded.contains(id))
                .distinct().count();
        assertThat(expected.stream().filter(Pick::timeBound).count())
                .isEqualTo(Math.min(timeBoundPeople, extraSlots));
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "1, 1", "2, 2", "3, 3", "4, 4", "9, 4"})
    void select_moreTimeBoundThanExtraPlaces_keepsPromisesThenCloserCirclesThenSooner(int extraSlots, int kept) {
        ContactSummary inner = summary(1, Circle.INNER, null, TODAY.minusDays(5));
        ContactSummary network = summary(2, Circle.NETWORK, null, TODAY.minusDays(5));
        ContactSummary close = summary(3, Circle.CLOSE, null, TODAY.minusDays(5));
        List<TimeBound> tb = List.of(
                TimeBound.birthday(inner, TODAY.plusDays(6)),
                TimeBound.birthday(network, TODAY.plusDays(1)),
                TimeBound.birthday(close, TODAY.plusDays(3)),
                followUp(4, 5));

        List<Pick> picks = PlanSelection.select(List.of(), tb, Set.of(), 7, extraSlots);

        // Most pressing first: the promise (4), then INNER (1), CLOSE (3), NETWORK (2).
        List<Long> expectedKept = List.of(4L, 1L, 3L, 2L).subList(0, kept);
        assertThat(ids(picks)).containsExactlyInAnyOrderElementsOf(expectedKept);
        // ... and shown soonest first.
        assertThat(picks).extracting(p -> p.reason().date()).isSorted();
    }

    @Test
    void select_aTimeBoundPersonLeftOutOfTheExtras_canStillTakeAPlaceByPriority() {
        ContactSummary lateFriend = summary(1, Circle.NETWORK, null, TODAY.minusDays(400));
        List<DueEntry> d = due(lateFriend, summary(2, Circle.NETWORK, null, TODAY.minusDays(100)));
        List<TimeBound> tb = List.of(followUp(9, 2), TimeBound.birthday(lateFriend, TODAY.plusDays(4)));

        List<Pick> picks = PlanSelection.select(d, tb, Set.of(), 1, 1);

        assertThat(ids(picks)).containsExactly(9L, 1L);
        assertThat(picks.get(1).timeBound()).isFalse();
        assertThat(picks.get(1).reason()).isNull();
    }

    @Test
    void reasonOf_staleOrNeverTouchedOrTimeBound() {
        DueEntry d = due(summary(1, Circle.CLOSE, null, TODAY.minusDays(40))).get(0);
        Pick stale = new Pick(d.contact(), false, d.priority(), null, d);
        TimeBound tb = birthday(1, 3);
        Pick bound = new Pick(d.contact(), true, d.priority(), tb, d);

        assertThat(PlanSelection.reasonOf(stale, false)).isEqualTo(
                Phrase.of("plan.reason.stale", TODAY.minusDays(40), 30L));
        assertThat(PlanSelection.reasonOf(stale, true).key()).isEqualTo("plan.reason.neverTouched");
        assertThat(PlanSelection.reasonOf(bound, false)).isEqualTo(Phrase.of("plan.reason.birthday",
                TODAY.plusDays(3)));
    }

    @ParameterizedTest
    @CsvSource({"UNSORTED, false", "NETWORK, true"})
    void select_peopleNotSortedYet_neverTakeAPlace_notForABirthdayNorAPromise(Circle circle, boolean planned) {
        ContactSummary birthday = summary(1, circle, null, TODAY.minusDays(5));
        ContactSummary promised = summary(2, circle, null, TODAY.minusDays(20));
        ContactSummary lost = summary(3, circle, null, TODAY.minusDays(4000));
        ContactSummary own = summary(4, Circle.CLOSE, null, TODAY.minusDays(70));
        // A due entry as a stale store might hand it over; DueList itself never lists the untracked.
        Staleness stale = Staleness.of(summary(3, Circle.NETWORK, null, TODAY.minusDays(4000)), TODAY, POLICY);
        List<DueEntry> d = new ArrayList<>(due(own));
        d.add(new DueEntry(lost, stale, DueList.priority(stale, Circle.NETWORK)));
        List<TimeBound> tb = List.of(TimeBound.birthday(birthday, TODAY.plusDays(2)),
                TimeBound.followUp(promised, new PendingFollowUp(2, TODAY.minusDays(20), TODAY.plusDays(1), "Send it")));

        List<Pick> picks = PlanSelection.select(d, tb, Set.of(), 7, 7);

        if (planned) {
            assertThat(ids(picks)).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        } else {
            assertThat(ids(picks)).containsExactly(4L);
        }
    }
}
