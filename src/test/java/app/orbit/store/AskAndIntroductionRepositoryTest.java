package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Ask;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.IntroductionPair;
import app.orbit.domain.PendingFollowUp;
import app.orbit.domain.Reciprocity;
import app.orbit.service.NotFoundException;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/** Asks, introductions and the plan's read-only queries on a real H2. */
class AskAndIntroductionRepositoryTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Store db;
    private JdbcContactRepository contacts;
    private JdbcInteractionRepository interactions;
    private JdbcAskRepository asks;
    private JdbcIntroductionRepository introductions;
    private JdbcNetworkQueries queries;

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
        interactions = new JdbcInteractionRepository(db);
        asks = new JdbcAskRepository(db);
        introductions = new JdbcIntroductionRepository(db);
        queries = new JdbcNetworkQueries(db);
    }


    private Contact insert(Contact.Builder b) {
        return contacts.insert(b.createdAt(NOW).updatedAt(NOW).build());
    }

    private Interaction log(LocalDate date, Exchange exchange, FollowUp followUp, Long... who) {
        return interactions.insert(new Interaction(null, date, InteractionKind.CALL, List.of(who), "s", "", exchange,
                followUp, NOW, NOW));
    }

    @EachEngine
    void asks_insertUpdateListDelete() {
        Ask a = asks.insert(new Ask(null, "a CTO role", "fintech", "payments", "ten years", HelpWanted.LEAD, true,
                NOW, NOW));
        Ask retired = asks.insert(new Ask(null, "a flat", "", "", "", HelpWanted.ADVICE, false, NOW, NOW));
        Ask newer = asks.insert(new Ask(null, "a co-founder", "health", "", "", HelpWanted.INTRODUCTION, true, NOW,
                NOW.plusSeconds(5)));

        assertThat(asks.find(a.id())).contains(a);
        assertThat(asks.list(false)).containsExactly(newer, a);
        assertThat(asks.list(true)).containsExactly(newer, a, retired);

        Ask edited = asks.update(new Ask(a.id(), "a VP role", "fintech", "payments", "ten years", HelpWanted.ADVICE,
                false, NOW, NOW.plusSeconds(9)));
        assertThat(asks.find(a.id())).contains(edited);
        assertThatThrownBy(() -> asks.update(edited.withId(999L))).isInstanceOf(NotFoundException.class);
        assertThat(asks.delete(a.id())).isTrue();
        assertThat(asks.delete(a.id())).isFalse();
    }

    @EachEngine
    void introductions_areRecordedOncePerPair_inEitherOrder() {
        Contact a = insert(person("Ann", "A"));
        Contact b = insert(person("Ben", "B"));
        Contact c = insert(person("Cat", "C"));
        Interaction i = log(TODAY, Exchange.GAVE, null, a.id(), b.id());

        introductions.record(IntroductionPair.of(b.id(), a.id()), TODAY, i.id());
        introductions.record(IntroductionPair.of(a.id(), b.id()), TODAY.plusDays(1), null);

        assertThat(introductions.involving(List.of(a.id()))).containsExactly(IntroductionPair.of(a.id(), b.id()));
        assertThat(introductions.involving(List.of(b.id(), c.id()))).hasSize(1);
        assertThat(introductions.involving(List.of(c.id()))).isEmpty();
    }

    @EachEngine
    void followUpsDue_findsUndoneOnesInTheWindow_forEveryUnarchivedRecipientOnly() {
        Contact a = insert(person("Ann", "A"));
        Contact b = insert(person("Ben", "B"));
        Contact archived = insert(person("Old", "O").archived(true));
        Contact notPromised = insert(person("Cy", "C"));
        log(TODAY.minusDays(10), Exchange.NONE, new FollowUp(TODAY.plusDays(3), "Send the deck", false,
                List.of(a.id(), b.id(), archived.id())), a.id(), b.id(), archived.id(), notPromised.id());
        log(TODAY.minusDays(10), Exchange.NONE, new FollowUp(TODAY.plusDays(2), "Done already", true), a.id());
        log(TODAY.minusDays(10), Exchange.NONE, new FollowUp(TODAY.plusDays(30), "Later", false), a.id());

        List<PendingFollowUp> due = queries.followUpsDue(TODAY.minusDays(60), TODAY.plusDays(7));

        assertThat(due).extracting(PendingFollowUp::contactId).containsExactly(a.id(), b.id());
        assertThat(due.get(0)).isEqualTo(new PendingFollowUp(a.id(), TODAY.minusDays(10), TODAY.plusDays(3),
                "Send the deck"));
    }

    @EachEngine
    void birthdaysOn_leavesOutArchivedOuterAndDormant() {
        Contact a = insert(person("Ann", "A").birthday(Birthday.parse("1980-11-28")));
        insert(person("Ben", "B").birthday(Birthday.parse("--11-28")).circle(Circle.DORMANT));
        insert(person("Olga", "O").birthday(Birthday.parse("--11-28")).circle(Circle.OUTER));
        Contact inner = insert(person("Ines", "I").birthday(Birthday.parse("--11-28")).circle(Circle.INNER));
        insert(person("Cat", "C").birthday(Birthday.parse("--11-28")).archived(true));
        Contact d = insert(person("Dan", "D").birthday(Birthday.parse("--02-29")));
        insert(person("Eve", "E").birthday(Birthday.parse("--12-25")));

        Map<Long, Birthday> found = queries.birthdaysOn(List.of(MonthDay.of(11, 28), MonthDay.of(2, 29)));

        assertThat(found).containsOnlyKeys(a.id(), d.id(), inner.id());
        assertThat(found.get(a.id())).isEqualTo(Birthday.parse("1980-11-28"));
    }

    @EachEngine
    void offerers_areTheUnarchivedWhoOfferSomething() {
        Contact a = insert(person("Ann", "A").offers("Java").introducedById(null));
        insert(person("Ben", "B").offers(""));
        insert(person("Cat", "C").offers("Go").archived(true));

        assertThat(queries.offerers()).singleElement().satisfies(p -> {
            assertThat(p.id()).isEqualTo(a.id());
            assertThat(p.name()).isEqualTo("Ann A");
            assertThat(p.offers()).isEqualTo("Java");
        });
    }

    @EachEngine
    void offerers_withTheLongestTextsAndAccents_areReadWholeInIdOrder() {
        // Two 4,000-character texts in one row: more than PostgreSQL lets an index entry hold.
        String offers = "é".repeat(3_999) + "z";
        String needs = "ü".repeat(4_000);
        Contact late = insert(person("Zoé", "Ñ").offers(offers).needs(needs));
        Contact early = insert(person("Ana", "B").offers(""));
        contacts.update(early.toBuilder().offers("a").build());

        assertThat(queries.offerers()).extracting(p -> p.id(), p -> p.offers(), p -> p.needs())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(late.id(), offers, needs),
                        org.assertj.core.groups.Tuple.tuple(early.id(), "a", ""));
    }

    @EachEngine
    void offerers_onH2_areReadFromTheCoveringIndexAlone_onPostgresqlFromAPartialIndex(Store store) {
        if (store.dialect() != Dialect.H2) {
            String definition = store.withConnection(conn -> {
                try (var st = conn.createStatement(); var rs = st.executeQuery(
                        "SELECT indexdef FROM pg_indexes WHERE indexname = 'contact_offerers_ix'")) {
                    return rs.next() ? rs.getString(1) : "";
                }
            });
            assertThat(definition).contains("(id)").contains("WHERE").contains("offers");
            return;
        }
        String plan = store.withConnection(conn -> {
            try (var st = conn.createStatement(); var rs = st.executeQuery("EXPLAIN SELECT id, first_name, "
                    + "last_name, needs, offers, introduced_by, display_name FROM contact "
                    + "WHERE archived = FALSE AND offers > '' ORDER BY id")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(plan).containsIgnoringCase("CONTACT_OFFERERS_IX");
        List<String> indexed = store.withConnection(conn -> {
            try (var rs = conn.getMetaData().getIndexInfo(null, "PUBLIC", "CONTACT", false, false)) {
                List<String> columns = new java.util.ArrayList<>();
                while (rs.next()) {
                    if ("CONTACT_OFFERERS_IX".equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
                return columns;
            }
        });
        assertThat(indexed).containsExactlyInAnyOrder("offers", "archived", "id", "first_name", "last_name", "needs",
                "introduced_by", "display_name");
    }

    @EachEngine
    void reciprocity_countsExchangesPerContact_allTimeAndSince() {
        Contact a = insert(person("Ann", "A").knownSince(TODAY.minusYears(5)));
        Contact b = insert(person("Ben", "B").knownSince(TODAY.minusYears(5)));
        Contact c = insert(person("Cat", "C"));
        log(TODAY.minusDays(10), Exchange.GAVE, null, a.id(), b.id());
        log(TODAY.minusDays(400), Exchange.GAVE, null, a.id());
        log(TODAY.minusDays(20), Exchange.ASKED, null, a.id());
        log(TODAY.minusDays(700), Exchange.RECEIVED, null, a.id());
        log(TODAY.minusDays(5), Exchange.NONE, null, a.id(), c.id());

        Map<Long, Reciprocity> r = queries.reciprocity(List.of(a.id(), b.id(), c.id()), TODAY.minusDays(364));

        assertThat(r.get(a.id())).isEqualTo(new Reciprocity(1, 1, 0, 2, 1, 1));
        assertThat(r.get(b.id())).isEqualTo(new Reciprocity(1, 0, 0, 1, 0, 0));
        assertThat(r).doesNotContainKey(c.id());
    }
}
