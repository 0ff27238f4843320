package app.orbit.store;

import static app.orbit.domain.WeekPlan.OURS;
import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Contact;
import app.orbit.domain.Gesture;
import app.orbit.domain.GestureKind;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.Phrase;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanProgress;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.WeekPlan;
import app.orbit.domain.WeekSummary;
import app.orbit.service.NotFoundException;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

class PlanRepositoryTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final IsoWeek WEEK = IsoWeek.of(TODAY);

    private Store db;
    private JdbcContactRepository contacts;
    private JdbcPlanRepository plans;
    private Contact ann;
    private Contact ben;
    private Contact cat;

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
        plans = new JdbcPlanRepository(db);
        ann = insert("Ann");
        ben = insert("Ben");
        cat = insert("Cat");
    }


    private Contact insert(String name) {
        return contacts.insert(person(name, "X").createdAt(NOW).updatedAt(NOW).build());
    }

    private static PlanEntry entry(Contact c, int position, Gesture g) {
        return PlanEntry.open(c.id(), position, false, 2.5, Phrase.of("plan.reason.stale", TODAY.minusDays(40), 30L),
                g);
    }

    private static Gesture checkIn(Contact c) {
        return new Gesture(GestureKind.CHECK_IN, Phrase.of("gesture.CHECK_IN", c.displayName()),
                Phrase.of("gesture.CHECK_IN.reason"), null);
    }

    private WeekPlan planWith(IsoWeek week, Contact... people) {
        WeekPlan p = plans.create(week, OURS, week.monday(), null);
        int i = 0;
        List<PlanEntry> entries = new java.util.ArrayList<>();
        for (Contact c : people) {
            entries.add(entry(c, i++, checkIn(c)));
        }
        plans.addEntries(p.id(), entries);
        return plans.find(week, OURS).orElseThrow();
    }

    @EachEngine
    void addEntries_thenFind_givesBackEveryFieldAndEveryKindOfArgument() {
        WeekPlan p = plans.create(WEEK, OURS, TODAY, null);
        Gesture intro = new Gesture(GestureKind.INTRODUCE, Phrase.of("gesture.INTRODUCE", "Ann X", "Ben X"),
                Phrase.of("gesture.INTRODUCE.reason", "Ann X", "des développeurs «Java» ; 100 %", "Ben X", ""),
                ben.id());
        PlanEntry timeBound = PlanEntry.open(ann.id(), 0, true, 0, Phrase.of("plan.reason.followUp",
                "Send the deck {0} it''s", TODAY.plusDays(2)), intro);
        PlanEntry plain = entry(cat, 1, checkIn(cat));

        List<PlanEntry> stored = plans.addEntries(p.id(), List.of(timeBound, plain));
        WeekPlan found = plans.find(WEEK, OURS).orElseThrow();

        assertThat(found.generatedOn()).isEqualTo(TODAY);
        assertThat(found.entries()).isEqualTo(stored);
        assertThat(found.entries()).extracting(PlanEntry::id).doesNotContainNull();
        assertThat(found.entries().get(0).gesture()).isEqualTo(intro);
        assertThat(found.entries().get(0).reason().args()).containsExactly("Send the deck {0} it''s",
                TODAY.plusDays(2));
        assertThat(found.entries().get(1).reason().args()).containsExactly(TODAY.minusDays(40), 30L);
        assertThat(found.cappedCount()).isEqualTo(1);
    }

    @EachEngine
    void find_unknownWeek_isEmpty_andAWeekHasOnePlan() {
        plans.create(WEEK, OURS, TODAY, null);

        assertThat(plans.find(WEEK.next(), OURS)).isEmpty();
        assertThatThrownBy(() -> plans.create(WEEK, OURS, TODAY, null)).isInstanceOf(StoreException.class);
    }

    @EachEngine
    void create_oneWeekForEveryoneAndForEachPerson_onePlanPerOwner_andATouchCompletesThemAll() {
        WeekPlan ours = plans.create(WEEK, OURS, TODAY, "Ada");
        WeekPlan adas = plans.create(WEEK, "Ada", TODAY, "Ada");
        plans.addEntries(adas.id(), List.of(entry(ann, 0, checkIn(ann))));
        plans.addEntries(ours.id(), List.of(entry(ann, 0, checkIn(ann)), entry(ben, 1, checkIn(ben))));

        assertThat(plans.createUnlessTaken(WEEK, "Bruno", TODAY, "Bruno")).map(WeekPlan::owner).contains("Bruno");
        assertThatThrownBy(() -> plans.create(WEEK, "Ada", TODAY, null)).isInstanceOf(StoreException.class);
        assertThat(plans.markDone(WEEK, List.of(ann.id()))).isEqualTo(2);
        assertThat(plans.find(WEEK, "Ada").orElseThrow().generatedBy()).isEqualTo("Ada");
        assertThat(plans.findAll(WEEK)).extracting(WeekPlan::owner).containsExactly(OURS, "Ada", "Bruno");
        assertThat(plans.findAll(WEEK)).allSatisfy(p -> p.entryFor(ann.id())
                .ifPresent(e -> assertThat(e.status()).isEqualTo(PlanStatus.DONE)));
        assertThat(plans.find(WEEK, OURS).orElseThrow().entryFor(ben.id()).orElseThrow().status())
                .isEqualTo(PlanStatus.OPEN);
        assertThat(plans.history(WEEK.next(), "Ada", 10)).extracting(WeekSummary::progress)
                .containsExactly(new PlanProgress(0, 1, 0, 0));
    }

    @EachEngine
    void addEntries_sameContactTwiceInAWeek_isRefused() {
        WeekPlan p = planWith(WEEK, ann);

        assertThatThrownBy(() -> plans.addEntries(p.id(), List.of(entry(ann, 5, checkIn(ann)))))
                .isInstanceOf(StoreException.class);
    }

    @EachEngine
    void updateEntry_keepsStatusSnoozeAndReason() {
        WeekPlan p = planWith(WEEK, ann, ben);
        PlanEntry a = p.entries().get(0);
        PlanEntry b = p.entries().get(1);

        plans.updateEntry(a.snoozed(TODAY.plusWeeks(1)));
        plans.updateEntry(b.skipped("  on holiday  "));

        assertThat(plans.findEntry(a.id()).orElseThrow().snoozeUntil()).isEqualTo(TODAY.plusWeeks(1));
        assertThat(plans.findEntry(b.id()).orElseThrow().skipReason()).isEqualTo("on holiday");
        assertThat(plans.find(WEEK, OURS).orElseThrow().progress()).isEqualTo(new PlanProgress(0, 0, 1, 1));
        assertThatThrownBy(() -> plans.updateEntry(a.withId(9999L).done())).isInstanceOf(NotFoundException.class);
    }

    @EachEngine
    void markDone_touchesOpenAndSkippedEntriesOfThatWeek_notSnoozedOnes() {
        WeekPlan thisWeek = planWith(WEEK, ann, ben, cat);
        WeekPlan lastWeek = planWith(WEEK.previous(), ann);
        plans.updateEntry(thisWeek.entries().get(1).skipped(""));
        plans.updateEntry(thisWeek.entries().get(2).snoozed(TODAY.plusWeeks(1)));

        int changed = plans.markDone(WEEK, List.of(ann.id(), ben.id(), cat.id()));

        assertThat(changed).isEqualTo(2);
        assertThat(plans.find(WEEK, OURS).orElseThrow().entries()).extracting(PlanEntry::status)
                .containsExactly(PlanStatus.DONE, PlanStatus.DONE, PlanStatus.SNOOZED);
        assertThat(plans.findEntry(lastWeek.entries().get(0).id()).orElseThrow().status()).isEqualTo(PlanStatus.OPEN);
        assertThat(plans.markDone(WEEK.next(), List.of(ann.id()))).isZero();
    }

    @EachEngine
    void reopenSnoozed_reopensOnlySnoozesThatEnded() {
        WeekPlan p = planWith(WEEK, ann, ben);
        plans.updateEntry(p.entries().get(0).snoozed(TODAY.plusDays(1)));
        plans.updateEntry(p.entries().get(1).snoozed(TODAY.plusDays(3)));

        assertThat(plans.reopenSnoozed(p.id(), TODAY)).isZero();
        assertThat(plans.reopenSnoozed(p.id(), TODAY.plusDays(1))).isEqualTo(1);

        assertThat(plans.find(WEEK, OURS).orElseThrow().entries()).extracting(PlanEntry::status)
                .containsExactly(PlanStatus.OPEN, PlanStatus.SNOOZED);
        assertThat(plans.find(WEEK, OURS).orElseThrow().entries().get(0).snoozeUntil()).isNull();
    }

    @EachEngine
    void snoozes_runUntilTheirEndDayExclusive_andTheLatestWins() {
        plans.snooze(ann.id(), TODAY.plusDays(7));
        plans.snooze(ben.id(), TODAY.plusDays(1));
        plans.snooze(ben.id(), TODAY.plusDays(30));

        assertThat(plans.snoozedOn(TODAY)).containsExactlyInAnyOrder(ann.id(), ben.id());
        assertThat(plans.snoozedOn(TODAY.plusDays(6))).containsExactlyInAnyOrder(ann.id(), ben.id());
        assertThat(plans.snoozedOn(TODAY.plusDays(7))).containsExactly(ben.id());
        assertThat(plans.snoozedOn(TODAY.plusDays(30))).isEmpty();

        plans.unsnooze(ben.id());
        assertThat(plans.snoozedOn(TODAY)).containsExactly(ann.id());
    }

    @EachEngine
    void history_countsEachPastWeek_newestFirst_acrossTheYear() {
        IsoWeek w53 = IsoWeek.parse("2026-W53");
        IsoWeek w01 = IsoWeek.parse("2027-W01");
        IsoWeek w02 = IsoWeek.parse("2027-W02");
        WeekPlan a = planWith(w53, ann, ben, cat);
        planWith(w01, ann);
        planWith(w02, ben);
        plans.updateEntry(a.entries().get(0).done());
        plans.updateEntry(a.entries().get(1).skipped("busy"));
        plans.create(IsoWeek.parse("2026-W40"), OURS, LocalDate.of(2026, 9, 28), null);

        List<WeekSummary> h = plans.history(w02, OURS, 10);

        assertThat(h).extracting(WeekSummary::week).containsExactly(w01, w53, IsoWeek.parse("2026-W40"));
        assertThat(h.get(1).progress()).isEqualTo(new PlanProgress(1, 1, 1, 0));
        assertThat(h.get(2).progress().total()).isZero();
        assertThat(plans.history(w02, OURS, 1)).hasSize(1);
    }

    @EachEngine
    void deletingAContact_removesTheirEntriesAndSnooze_andForgetsTheOtherOfAnIntroduction() {
        WeekPlan p = plans.create(WEEK, OURS, TODAY, null);
        Gesture intro = new Gesture(GestureKind.INTRODUCE, Phrase.of("gesture.INTRODUCE", "Ann X", "Ben X"),
                Phrase.of("gesture.INTRODUCE.reason", "a", "b", "c", "d"), ben.id());
        plans.addEntries(p.id(), List.of(entry(ann, 0, intro), entry(ben, 1, checkIn(ben))));
        plans.snooze(ben.id(), TODAY.plusDays(3));

        contacts.delete(ben.id());

        WeekPlan after = plans.find(WEEK, OURS).orElseThrow();
        assertThat(after.entries()).singleElement().satisfies(e -> {
            assertThat(e.contactId()).isEqualTo(ann.id());
            assertThat(e.gesture().kind()).isEqualTo(GestureKind.INTRODUCE);
            assertThat(e.gesture().otherContactId()).isNull();
        });
        assertThat(plans.snoozedOn(TODAY)).isEmpty();
    }
}
