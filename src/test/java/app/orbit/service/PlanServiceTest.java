package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.GestureKind;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.OrbitException;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.ValidationException;
import app.orbit.domain.WeekSummary;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@FreshOrbit
class PlanServiceTest {

    /** A Thursday in week 2026-W48. */
    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    /** Closes Orbit and opens it again on the same data, on another day. */
    private void reopenOn(LocalDate day) {
        orbit = TestOrbit.reopen(orbit, day);
    }

    private Contact add(String first, Circle circle, int knownDaysAgo) {
        return orbit.contacts().create(person(first, "X").circle(circle).knownSince(TODAY.minusDays(knownDaysAgo))
                .build());
    }

    private Contact addWithBirthdayIn(String first, int days) {
        return orbit.contacts().create(person(first, "B").knownSince(TODAY.minusDays(5))
                .birthday(new Birthday(MonthDay.from(TODAY.plusDays(days)), null)).build());
    }

    private void log(LocalDate date, Exchange exchange, FollowUp followUp, Contact... who) {
        orbit.interactions().log(Interaction.of(date, InteractionKind.CALL,
                java.util.Arrays.stream(who).map(Contact::id).toList(), "Call", "", exchange, followUp));
    }

    private void planSize(int n) {
        orbit.settings().save(orbit.settings().current().withPlanSize(n));
    }

    @Test
    void reason_touchedOnTheDayTheyWereAdded_isStaleNotNeverTouched() {
        Contact met = add("Met", Circle.CLOSE, 60);
        Contact never = add("Never", Circle.CLOSE, 60);
        log(TODAY.minusDays(60), Exchange.NONE, null, met);

        PlanOnDay plan = orbit.planner().thisWeek();

        assertThat(plan.lineFor(met.id()).orElseThrow().entry().reason().key()).isEqualTo("plan.reason.stale");
        assertThat(plan.lineFor(never.id()).orElseThrow().entry().reason().key())
                .isEqualTo("plan.reason.neverTouched");
    }

    private static List<Long> contactIds(PlanOnDay v) {
        return v.lines().stream().map(l -> l.contact().id()).toList();
    }

    private PlanEntry entryOf(Contact c) {
        return orbit.planner().thisWeek().lineFor(c.id()).orElseThrow().entry();
    }

    @Test
    void week_firstOpen_generatesAndStores_andReopeningGivesTheSameEntries() {
        Contact ann = add("Ann", Circle.INNER, 40);
        Contact ben = add("Ben", Circle.NETWORK, 200);
        add("Fresh", Circle.NETWORK, 10);

        PlanOnDay first = orbit.planner().thisWeek();
        add("Late", Circle.INNER, 100);
        PlanOnDay again = orbit.planner().thisWeek();
        reopenOn(TODAY.plusDays(2));
        PlanOnDay saturday = orbit.planner().thisWeek();

        assertThat(first.week()).isEqualTo(IsoWeek.parse("2026-W48"));
        assertThat(contactIds(first)).containsExactly(ann.id(), ben.id());
        assertThat(again.plan().entries()).isEqualTo(first.plan().entries());
        assertThat(saturday.plan().entries()).isEqualTo(first.plan().entries());
        assertThat(first.plan().generatedOn()).isEqualTo(TODAY);
        assertThat(first.progress().total()).isEqualTo(2);
        assertThat(first.lines()).allSatisfy(l -> assertThat(l.entry().reason().key()).isEqualTo("plan.reason.neverTouched"));
    }

    @Test
    void thisWeekAhead_isTakenOnceByTheNextRead_andDroppedWhenDataChanges() {
        Contact ann = add("Ann", Circle.INNER, 40);
        add("Ben", Circle.NETWORK, 200);

        PlanOnDay ahead = orbit.planner().thisWeekAhead();
        assertThat(orbit.planner().thisWeek()).isSameAs(ahead);
        PlanOnDay next = orbit.planner().thisWeek();
        assertThat(next).isNotSameAs(ahead).isEqualTo(ahead);

        // A change after the plan was read ahead: the next read shows it, not the plan kept.
        PlanOnDay kept = orbit.planner().thisWeekAhead();
        long entry = kept.lineFor(ann.id()).orElseThrow().entry().id();
        orbit.planner().skip(entry, "away");
        PlanOnDay after = orbit.planner().thisWeek();
        assertThat(after).isNotSameAs(kept);
        assertThat(after.lineFor(ann.id()).orElseThrow().entry().status()).isEqualTo(PlanStatus.SKIPPED);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7})
    void week_isCappedAtThePlanSize_plusTimeBoundPeopleUpToAsManyAgain(int size) {
        planSize(size);
        for (int i = 0; i < 10; i++) {
            add("Due" + i, Circle.NETWORK, 100 + 10 * i);
        }
        Contact birthday = addWithBirthdayIn("Bday", 3);
        Contact farBirthday = addWithBirthdayIn("Far", 12);
        Contact promised = add("Promise", Circle.NETWORK, 30);
        log(TODAY.minusDays(10), Exchange.NONE, new FollowUp(TODAY.plusDays(2), "Send the deck", false), promised);

        PlanOnDay v = orbit.planner().thisWeek();

        // Two time-bound people; with one extra place the promise is kept before the birthday.
        int extras = Math.min(size, 2);
        assertThat(v.lines()).hasSize(size + extras);
        assertThat(v.lines().subList(0, extras)).extracting(l -> l.contact().id())
                .containsExactlyElementsOf(List.of(promised.id(), birthday.id()).subList(0, extras));
        assertThat(v.lines().subList(0, extras)).allMatch(l -> l.entry().timeBound());
        assertThat(v.lines().get(0).entry().gesture().kind()).isEqualTo(GestureKind.FOLLOW_UP);
        if (extras == 2) {
            assertThat(v.lines().get(1).entry().gesture().kind()).isEqualTo(GestureKind.BIRTHDAY);
        }
        assertThat(v.lines().subList(extras, v.lines().size())).noneMatch(l -> l.entry().timeBound());
        assertThat(v.lines().get(extras).contact().displayName()).isEqualTo("Due9 X");
        assertThat(contactIds(v)).doesNotContain(farBirthday.id());
    }

    @Test
    void refresh_addsNewlyDuePeople_andKeepsDoneSnoozedAndSkipped() {
        planSize(5);
        Contact ann = add("Ann", Circle.NETWORK, 100);
        Contact ben = add("Ben", Circle.NETWORK, 110);
        Contact cat = add("Cat", Circle.NETWORK, 120);
        Contact soon = add("Soon", Circle.NETWORK, 88);
        PlanOnDay before = orbit.planner().thisWeek();
        log(TODAY, Exchange.NONE, null, ann);
        orbit.planner().snooze(entryOf(ben).id(), SnoozeLength.ONE_WEEK);
        orbit.planner().skip(entryOf(cat).id(), "Moved abroad");

        reopenOn(TODAY.plusDays(2));
        PlanOnDay after = orbit.planner().refresh();

        assertThat(contactIds(before)).containsExactly(cat.id(), ben.id(), ann.id());
        assertThat(contactIds(after)).containsExactly(cat.id(), ben.id(), ann.id(), soon.id());
        assertThat(after.lines()).extracting(l -> l.entry().status())
                .containsExactly(PlanStatus.SKIPPED, PlanStatus.SNOOZED, PlanStatus.DONE, PlanStatus.OPEN);
        assertThat(after.lines().get(0).entry().skipReason()).isEqualTo("Moved abroad");
        assertThat(after.progress().total()).isEqualTo(3);
        assertThat(after.progress().done()).isEqualTo(1);
        assertThat(orbit.planner().refresh().plan().entries()).isEqualTo(after.plan().entries());
    }

    @Test
    void refresh_whenTheCapIsReached_addsOnlyTimeBoundPeople() {
        planSize(2);
        add("Ann", Circle.NETWORK, 100);
        add("Ben", Circle.NETWORK, 110);
        orbit.planner().thisWeek();
        add("Cat", Circle.NETWORK, 300);
        Contact bday = addWithBirthdayIn("Bday", 4);

        PlanOnDay after = orbit.planner().refresh();

        assertThat(after.lines()).hasSize(3);
        assertThat(after.lines().get(2).contact().id()).isEqualTo(bday.id());
        assertThat(after.plan().cappedCount()).isEqualTo(2);
    }

    @Test
    void logging_aTouch_marksTheContactsOpenEntryDone_andProgressMoves() {
        Contact ann = add("Ann", Circle.INNER, 40);
        Contact ben = add("Ben", Circle.INNER, 50);
        Contact cat = add("Cat", Circle.INNER, 60);
        assertThat(orbit.planner().thisWeek().progress().done()).isZero();

        log(TODAY, Exchange.GAVE, null, ann, ben);

        PlanOnDay v = orbit.planner().thisWeek();
        assertThat(v.lineFor(ann.id()).orElseThrow().entry().status()).isEqualTo(PlanStatus.DONE);
        assertThat(v.lineFor(ben.id()).orElseThrow().entry().status()).isEqualTo(PlanStatus.DONE);
        assertThat(v.lineFor(cat.id()).orElseThrow().entry().status()).isEqualTo(PlanStatus.OPEN);
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).progress(v.progress())).isEqualTo("2 of 3 done");
        assertThat(new PlanWording(new Messages(Locale.FRENCH)).progress(v.progress())).isEqualTo("2 sur 3 faits");
    }

    @Test
    void logging_aTouchDatedBeforeThisWeek_leavesTheEntryOpen() {
        Contact ann = add("Ann", Circle.INNER, 40);
        orbit.planner().thisWeek();

        log(IsoWeek.of(TODAY).monday().minusDays(1), Exchange.NONE, null, ann);
        assertThat(entryOf(ann).status()).isEqualTo(PlanStatus.OPEN);

        log(IsoWeek.of(TODAY).monday(), Exchange.NONE, null, ann);
        assertThat(entryOf(ann).status()).isEqualTo(PlanStatus.DONE);
    }

    @Test
    void logging_aTouchThatFails_leavesTheEntryOpen() {
        Contact ann = add("Ann", Circle.INNER, 40);
        orbit.planner().thisWeek();

        assertThatThrownBy(() -> orbit.introductions().introduce(Interaction.of(TODAY, InteractionKind.CALL,
                List.of(ann.id()), "", "", Exchange.GAVE, null))).isInstanceOf(ValidationException.class);

        assertThat(entryOf(ann).status()).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void snooze_keepsTheContactOutOfEveryPlanUntilItEnds() {
        Contact ann = add("Ann", Circle.NETWORK, 100);
        Contact ben = add("Ben", Circle.NETWORK, 100);
        PlanEntry e = orbit.planner().snooze(entryOf(ann).id(), SnoozeLength.ONE_WEEK);
        assertThat(e.snoozeUntil()).isEqualTo(TODAY.plusWeeks(1));
        assertThat(orbit.planner().thisWeek().visible()).extracting(l -> l.contact().id()).containsExactly(ben.id());

        reopenOn(LocalDate.of(2026, 11, 30));
        PlanOnDay monday = orbit.planner().thisWeek();
        reopenOn(LocalDate.of(2026, 12, 2));
        PlanOnDay wednesday = orbit.planner().refresh();
        reopenOn(LocalDate.of(2026, 12, 3));
        PlanOnDay thursday = orbit.planner().refresh();

        assertThat(monday.week()).isEqualTo(IsoWeek.parse("2026-W49"));
        assertThat(contactIds(monday)).containsExactly(ben.id());
        assertThat(contactIds(wednesday)).containsExactly(ben.id());
        assertThat(contactIds(thursday)).containsExactly(ben.id(), ann.id());
    }

    @Test
    void snoozeUntil_aDayInTheSameWeek_reopensTheEntryWhenTheDayComes() {
        Contact ann = add("Ann", Circle.NETWORK, 100);
        orbit.planner().snoozeUntil(entryOf(ann).id(), TODAY.plusDays(2));

        reopenOn(TODAY.plusDays(1));
        assertThat(entryOf(ann).status()).isEqualTo(PlanStatus.SNOOZED);
        reopenOn(TODAY.plusDays(2));
        assertThat(entryOf(ann).status()).isEqualTo(PlanStatus.OPEN);
        assertThat(entryOf(ann).snoozeUntil()).isNull();
    }

    @Test
    void snoozeUntil_todayOrBefore_isRefused_andOnlyOpenEntriesAreSnoozedOrSkipped() {
        Contact ann = add("Ann", Circle.NETWORK, 100);
        long id = entryOf(ann).id();

        assertThatThrownBy(() -> orbit.planner().snoozeUntil(id, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, x -> assertThat(x.key())
                        .isEqualTo("plan.error.snooze.past"));
        orbit.planner().skip(id, null);
        assertThatThrownBy(() -> orbit.planner().skip(id, "again")).isInstanceOf(OrbitException.class);
        assertThatThrownBy(() -> orbit.planner().snooze(id, SnoozeLength.ONE_MONTH)).isInstanceOf(OrbitException.class);
        assertThatThrownBy(() -> orbit.planner().undo(9999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void undo_reopensSkippedDoneAndSnoozed_andLiftsTheSnooze() {
        Contact ann = add("Ann", Circle.NETWORK, 100);
        Contact ben = add("Ben", Circle.NETWORK, 100);
        Contact cat = add("Cat", Circle.NETWORK, 100);
        orbit.planner().skip(entryOf(ann).id(), "why not");
        log(TODAY, Exchange.NONE, null, ben);
        orbit.planner().snooze(entryOf(cat).id(), SnoozeLength.ONE_MONTH);

        for (Contact c : List.of(ann, ben, cat)) {
            PlanEntry undone = orbit.planner().undo(entryOf(c).id());
            assertThat(undone.status()).isEqualTo(PlanStatus.OPEN);
            assertThat(undone.skipReason()).isEmpty();
            assertThat(undone.snoozeUntil()).isNull();
        }
        reopenOn(TODAY.plusWeeks(1));
        assertThat(contactIds(orbit.planner().thisWeek())).contains(cat.id());
    }

    @Test
    void history_listsPastWeeksWithTheirCounts() {
        Contact ann = add("Ann", Circle.NETWORK, 120);
        add("Ben", Circle.NETWORK, 120);
        PlanOnDay lastWeek = orbit.planner().week(TODAY.minusWeeks(1));
        orbit.planner().skip(lastWeek.lineFor(ann.id()).orElseThrow().entry().id(), "");
        orbit.planner().thisWeek();

        List<WeekSummary> h = orbit.planner().history(8);

        assertThat(h).singleElement().satisfies(s -> {
            assertThat(s.week()).isEqualTo(IsoWeek.parse("2026-W47"));
            assertThat(s.progress().skipped()).isEqualTo(1);
            assertThat(s.progress().open()).isEqualTo(1);
        });
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).history(h.get(0)))
                .isEqualTo("Week 47: 0 of 2 done, 1 skipped");
    }

    @Test
    void week_acrossNewYear_isOnePlanForWeek53() {
        reopenOn(LocalDate.of(2026, 12, 31));
        add("Ann", Circle.NETWORK, 10);
        Contact old = orbit.contacts().create(person("Old", "X").knownSince(LocalDate.of(2026, 6, 1)).build());
        PlanOnDay thursday = orbit.planner().thisWeek();

        reopenOn(LocalDate.of(2027, 1, 1));
        PlanOnDay friday = orbit.planner().thisWeek();
        reopenOn(LocalDate.of(2027, 1, 4));
        PlanOnDay monday = orbit.planner().thisWeek();

        assertThat(thursday.week()).isEqualTo(IsoWeek.parse("2026-W53"));
        assertThat(friday.plan()).isEqualTo(thursday.plan());
        assertThat(monday.week()).isEqualTo(IsoWeek.parse("2027-W01"));
        assertThat(monday.plan().id()).isNotEqualTo(thursday.plan().id());
        assertThat(contactIds(thursday)).containsExactly(old.id());
        assertThat(orbit.planner().history(4)).extracting(WeekSummary::week)
                .containsExactly(IsoWeek.parse("2026-W53"));
    }

    @Test
    void lines_suggestAnAskOnlyWhenTheBalanceAllows_otherwiseGiveFirst() {
        Contact fin = orbit.contacts().create(person("Nathan", "G").organisation("Qonto").tag("fintech")
                .knownSince(TODAY.minusDays(200)).build());
        orbit.asks().create(app.orbit.domain.Ask.draft("a CTO role", "fintech", "payments for SMBs",
                "ten years of banking APIs", HelpWanted.INTRODUCTION));
        PlanLine before = orbit.planner().thisWeek().lineFor(fin.id()).orElseThrow();

        log(TODAY.minusDays(30), Exchange.GAVE, null, fin);
        PlanLine after = orbit.planner().thisWeek().lineFor(fin.id()).orElseThrow();
        log(TODAY.minusDays(20), Exchange.ASKED, null, fin);
        log(TODAY.minusDays(19), Exchange.ASKED, null, fin);
        PlanLine owing = orbit.planner().thisWeek().lineFor(fin.id()).orElseThrow();

        assertThat(before.giveFirst()).isTrue();
        assertThat(before.suggestedAsk()).isEmpty();
        assertThat(after.giveFirst()).isFalse();
        assertThat(after.suggestedAsk().orElseThrow().lookingFor()).isEqualTo("a CTO role");
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).suggestion(after)).isEqualTo(
                "Your ask: I'm looking for a CTO role in fintech, specifically payments for SMBs; I bring ten years "
                        + "of banking APIs \u2014 could you introduce me to someone who could help?");
        assertThat(owing.giveFirst()).isTrue();
        assertThat(owing.reciprocity().asked()).isEqualTo(2);
        assertThat(new PlanWording(new Messages(Locale.FRENCH)).suggestion(owing))
                .isEqualTo("Donnez d'abord : aidez Nathan G avant de demander quoi que ce soit.");
    }

    @Test
    void introduction_isLoggedWithBoth_givesToBoth_andThePairIsNeverSuggestedAgain() {
        Contact lea = orbit.contacts().create(person("Léa", "Dubois").needs("mentors for founders")
                .knownSince(TODAY.minusDays(200)).build());
        Contact antoine = orbit.contacts().create(person("Antoine", "Fournier")
                .offers("mentoring founders, seed funding").knownSince(TODAY.minusDays(10)).build());
        PlanLine line = orbit.planner().thisWeek().lineFor(lea.id()).orElseThrow();
        assertThat(line.entry().gesture().kind()).isEqualTo(GestureKind.INTRODUCE);
        assertThat(line.entry().gesture().otherContactId()).isEqualTo(antoine.id());
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).gesture(line)).isEqualTo(
                "Introduce Léa Dubois to Antoine Fournier, after asking each of them whether they would like it.");

        Interaction in = orbit.introductions().introduce(lea.id(), antoine.id(), TODAY, "Introduced Léa to Antoine");

        assertThat(in.exchange()).isEqualTo(Exchange.GAVE);
        assertThat(in.participantIds()).containsExactly(lea.id(), antoine.id());
        assertThat(orbit.introductions().introduced(antoine.id(), lea.id())).isTrue();
        assertThat(entryOf(lea).status()).isEqualTo(PlanStatus.DONE);
        assertThat(orbit.gestures().advise(lea.id()).kind()).isEqualTo(GestureKind.SHARE);
        assertThat(orbit.reciprocity().of(antoine.id()).gave()).isEqualTo(1);
        assertThat(orbit.reciprocity().of(lea.id()).gaveLastYear()).isEqualTo(1);
    }

    @Test
    void logging_aGaveTouchWithBothPeopleOfAnIntroduction_recordsIt_whateverTheDialog() {
        Contact lea = orbit.contacts().create(person("Léa", "Dubois").needs("mentors for founders")
                .knownSince(TODAY.minusDays(200)).build());
        Contact antoine = orbit.contacts().create(person("Antoine", "Fournier")
                .offers("mentoring founders").knownSince(TODAY.minusDays(10)).build());
        Contact other = orbit.contacts().create(person("Other", "O").needs("coaching for founders")
                .knownSince(TODAY.minusDays(200)).build());
        PlanOnDay v = orbit.planner().thisWeek();
        assertThat(v.lineFor(other.id()).orElseThrow().entry().gesture().otherContactId()).isEqualTo(antoine.id());
        assertThat(v.lineFor(lea.id()).orElseThrow().entry().gesture().otherContactId()).isEqualTo(antoine.id());

        log(TODAY, Exchange.NONE, null, other, antoine);
        assertThat(orbit.introductions().introduced(other.id(), antoine.id())).isFalse();
        log(TODAY, Exchange.GAVE, null, lea, antoine);

        assertThat(orbit.introductions().introduced(lea.id(), antoine.id())).isTrue();
        assertThat(orbit.gestures().advise(lea.id()).kind()).isNotEqualTo(GestureKind.INTRODUCE);
    }

    @Test
    void week_aheadOfTheCurrentWeek_isRefused() {
        assertThatThrownBy(() -> orbit.planner().week(TODAY.plusWeeks(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(orbit.planner().week(IsoWeek.of(TODAY).sunday()).week()).isEqualTo(IsoWeek.of(TODAY));
    }

    @Test
    void sampleNetwork_givesAStableCappedPlan_explainedInBothLanguages() {
        orbit.sampleNetwork().load();

        PlanOnDay v = orbit.planner().thisWeek();
        PlanOnDay again = orbit.planner().thisWeek();

        assertThat(again.plan()).isEqualTo(v.plan());
        assertThat(v.plan().cappedCount()).isEqualTo(orbit.settings().current().planSize());
        assertThat(v.lines()).extracting(l -> l.contact().id()).doesNotHaveDuplicates();
        assertThat(v.lines()).allSatisfy(l -> {
            assertThat(l.contact().archived()).isFalse();
            assertThat(l.contact().circle() != Circle.DORMANT || l.entry().timeBound()).isTrue();
            assertThat(l.ask() == null || !l.giveFirst()).isTrue();
            assertThat(l.entry().timeBound() || l.staleness().level().isDue()).isTrue();
        });
        assertThat(v.lines()).filteredOn(l -> !l.entry().timeBound()).extracting(l -> l.entry().priority())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            PlanWording w = new PlanWording(new Messages(locale));
            for (PlanLine l : v.lines()) {
                for (String text : List.of(w.reason(l), w.gesture(l), w.gestureReason(l), w.status(l.entry()))) {
                    assertThat(text).isNotBlank().doesNotContain("plan.", "gesture.", "{", "''");
                }
            }
        }
        assertThat(v.lines()).extracting(l -> l.entry().gesture().kind()).contains(GestureKind.INTRODUCE);
    }

    @Test
    void week_500ImportedPeople_doNotPushOutTheUsersOwnDuePeople_untilTheyAreSorted() {
        List<Long> own = List.of(add("Inner", Circle.INNER, 30).id(), add("Close", Circle.CLOSE, 200).id(),
                add("Network", Circle.NETWORK, 120).id(), add("Outer", Circle.OUTER, 400).id(),
                add("Net2", Circle.NETWORK, 300).id());
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < 500; i++) {
            // Connected in 2010: sorted into any circle, each would be lost and outrank everyone above.
            csv.append("Imported").append(i).append(",Person,https://www.linkedin.com/in/imported-").append(i)
                    .append(",,Acme,Engineer,02 Feb 2010\n");
        }
        app.orbit.exchange.ImportResult r = orbit.importer().apply(orbit.importer().preview(
                new app.orbit.exchange.SourceText("Connections.csv", csv.toString()), null,
                app.orbit.exchange.Progress.NONE), app.orbit.exchange.Progress.NONE);
        assertThat(r.unsorted()).isEqualTo(500);

        PlanOnDay week = orbit.planner().thisWeek();

        assertThat(contactIds(week)).containsExactlyInAnyOrderElementsOf(own);
        assertThat(orbit.dueList().dueThisWeek()).extracting(e -> e.contact().id())
                .containsExactlyInAnyOrderElementsOf(own);

        orbit.contacts().sort(orbit.contacts().unsorted().stream().map(u -> u.id()).toList(), Circle.NETWORK);
        PlanOnDay sorted = orbit.planner().refresh();

        // Once sorted they compete like anyone else: the two free places of seven go to them.
        assertThat(contactIds(sorted)).hasSize(7).containsAll(own);
        assertThat(sorted.lines()).filteredOn(l -> !own.contains(l.contact().id()))
                .allSatisfy(l -> assertThat(l.contact().displayName()).startsWith("Imported"));
    }
}
