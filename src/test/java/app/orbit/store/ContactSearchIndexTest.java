package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The in-memory search index agrees with the same search in SQL, whatever writes and rollbacks happen. */
class ContactSearchIndexTest {

    private static final String[] FIRST = {"Léa", "Lea", "Zoé", "Ann", "anne", "Émile", "Oscar", "O'Neil", "Ça",
        "Zed", "abc", "ABC", "Ångström", "Łukasz", "Œdipe"};
    private static final String[] LAST = {"Martin", "martin", "Dubois", "Smith", "", "Müller", "D'Arc", "Ñúñez"};
    private static final String[] QUERIES = {"", "a", "le", "lea", "martin", "e", "mar", "o'", "z", "zz", "ann m",
        "#t1", "#t2 lea", "ç", "oe", "l"};

    @TempDir
    Path dir;
    private Database db;
    private JdbcContactRepository contacts;
    private JdbcInteractionRepository interactions;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        contacts = new JdbcContactRepository(db);
        interactions = new JdbcInteractionRepository(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Contact randomContact(Random r) {
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        return Contact.builder().firstName(FIRST[r.nextInt(FIRST.length)]).lastName(LAST[r.nextInt(LAST.length)])
                .organisation(r.nextBoolean() ? "Org" + r.nextInt(3) : "").tag("t" + r.nextInt(3))
                .circle(Circle.values()[r.nextInt(Circle.values().length)]).archived(r.nextInt(5) == 0)
                .knownSince(TestOrbit.TODAY.minusDays(r.nextInt(500))).createdAt(now).updatedAt(now).build();
    }

    private void assertAgrees(String when) {
        for (String q : QUERIES) {
            for (boolean archived : new boolean[] {false, true}) {
                for (int limit : new int[] {3, 1000}) {
                    List<ContactSummary> fromIndex = contacts.search(q, archived, limit);
                    assertThat(fromIndex).as("%s: '%s' archived=%s limit=%d", when, q, archived, limit)
                            .containsExactlyElementsOf(contacts.searchInDatabase(q, archived, limit));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026})
    void search_afterRandomWritesAndRollbacks_agreesWithSql(long seed) {
        Random r = new Random(seed);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(contacts.insert(randomContact(r)).id());
        }
        assertAgrees("after inserts");
        for (int step = 0; step < 30; step++) {
            int op = r.nextInt(7);
            long id = ids.get(r.nextInt(ids.size()));
            switch (op) {
                case 0 -> ids.add(contacts.insert(randomContact(r)).id());
                case 1 -> contacts.find(id).ifPresent(c -> contacts.update(randomContact(r).toBuilder().id(c.id())
                        .knownSince(c.knownSince()).createdAt(c.createdAt()).build()));
                case 2 -> {
                    contacts.delete(id);
                    ids.remove(id);
                }
                case 3 -> {
                    List<Long> with = ids.subList(0, Math.min(ids.size(), 1 + r.nextInt(3)));
                    interactions.insert(new Interaction(null, TestOrbit.TODAY.minusDays(r.nextInt(100)),
                            InteractionKind.CALL, with, "s", "", Exchange.NONE, null, Instant.EPOCH, Instant.EPOCH));
                }
                case 4 -> assertThatThrownBy(() -> db.inTransaction(() -> {
                    contacts.insert(randomContact(r));
                    contacts.find(id).ifPresent(c -> contacts.update(c.toBuilder().firstName("Rolledback").build()));
                    throw new IllegalStateException("roll back");
                })).hasMessage("roll back");
                case 5 -> contacts.find(id).ifPresent(c -> contacts.update(c.toBuilder().archived(!c.archived())
                        .circle(Circle.values()[r.nextInt(Circle.values().length)]).build()));
                default -> db.inTransaction(() -> {
                    for (int k = 0; k < 40; k++) {
                        ids.add(contacts.insert(randomContact(r)).id());
                    }
                });
            }
            assertAgrees("step " + step + " op " + op);
        }
        assertThat(contacts.search("rolledback", true, 10)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 11, 2026})
    void overdueOverrides_fromTheIndex_agreeWithTheSqlScan(long seed) {
        Random r = new Random(seed);
        for (int i = 0; i < 120; i++) {
            Contact c = contacts.insert(randomContact(r).toBuilder()
                    .cadenceOverride(r.nextInt(3) == 0 ? null : 1 + r.nextInt(60)).build());
            if (r.nextBoolean()) {
                interactions.insert(new Interaction(null, TestOrbit.TODAY.minusDays(r.nextInt(90)),
                        InteractionKind.CALL, List.of(c.id()), "s", "", Exchange.NONE, null, Instant.EPOCH,
                        Instant.EPOCH));
            }
        }
        for (int limit : new int[] {1, 3, 7, 50, 500}) {
            for (int daysLater : new int[] {0, 10, 200}) {
                var today = TestOrbit.TODAY.plusDays(daysLater);
                List<ContactSummary> fromIndex = db.searchIndex().overdueOverrides(today, limit);
                List<ContactSummary> fromSql = db.withConnection(
                        conn -> JdbcContactRepository.overdueOverridesInDatabase(conn, Dialect.H2, today, limit));
                assertThat(fromIndex).as("limit %d, %s", limit, today).containsExactlyInAnyOrderElementsOf(fromSql);
            }
        }
    }

    @Test
    void overdueOverridesInDatabase_ranksFromTheCoveringIndexAlone() {
        // The ranking subquery must read nothing but the index (V17): its plan names the index and
        // no column the index lacks.
        String plan = db.withConnection(conn -> {
            try (var st = conn.createStatement(); var rs = st.executeQuery("EXPLAIN SELECT id FROM contact "
                    + "WHERE cadence_override >= 1 AND circle NOT IN ('DORMANT', 'UNSORTED') AND archived = FALSE "
                    + "AND DATEADD(DAY, cadence_override, last_touch) <= DATE '2026-11-30' "
                    + "ORDER BY CAST(DATEDIFF(DAY, last_touch, DATE '2026-11-30') AS DOUBLE PRECISION) "
                    + "/ cadence_override DESC FETCH FIRST 5 ROWS WITH TIES")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(plan).containsIgnoringCase("CONTACT_CADENCE_OVERRIDE_RANK_IX");
        java.util.List<String> indexed = db.withConnection(conn -> {
            try (var rs = conn.getMetaData().getIndexInfo(null, "PUBLIC", "CONTACT", false, false)) {
                java.util.List<String> columns = new java.util.ArrayList<>();
                while (rs.next()) {
                    if ("CONTACT_CADENCE_OVERRIDE_RANK_IX".equalsIgnoreCase(rs.getString("INDEX_NAME"))) {
                        columns.add(rs.getString("COLUMN_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
                return columns;
            }
        });
        assertThat(indexed).containsExactlyInAnyOrder("cadence_override", "circle", "archived", "last_touch");
    }

    @Test
    void search_insideATransactionThatWroteContacts_seesItsOwnWrites() {
        contacts.insert(randomContact(new Random(1)).toBuilder().firstName("Before").build());
        assertThat(contacts.search("before", true, 10)).hasSize(1);

        db.inTransaction(() -> {
            contacts.insert(randomContact(new Random(2)).toBuilder().firstName("Inside").build());
            assertThat(contacts.search("inside", true, 10)).hasSize(1);
        });

        assertThat(contacts.search("inside", true, 10)).hasSize(1);
    }

    @Test
    void search_lastTouchInTheIndex_followsLoggedInteractions() {
        Contact c = contacts.insert(randomContact(new Random(3)).toBuilder().firstName("Touched").archived(false)
                .build());
        assertThat(contacts.search("touched", false, 1).get(0).lastTouch()).isEqualTo(c.knownSince());

        interactions.insert(new Interaction(null, TestOrbit.TODAY, InteractionKind.CALL, List.of(c.id()), "s", "",
                Exchange.NONE, null, Instant.EPOCH, Instant.EPOCH));

        assertThat(contacts.search("touched", false, 1).get(0).lastTouch()).isEqualTo(TestOrbit.TODAY);
    }

    @Test
    void search_lastTouchInTheIndex_followsABackdatedLogItsEditAndItsDelete() {
        Contact c = contacts.insert(randomContact(new Random(4)).toBuilder().firstName("Backdated").archived(false)
                .knownSince(TestOrbit.TODAY).build());

        Interaction in = interactions.insert(new Interaction(null, TestOrbit.TODAY.minusDays(60), InteractionKind.CALL,
                List.of(c.id()), "s", "", Exchange.NONE, null, Instant.EPOCH, Instant.EPOCH));
        assertThat(contacts.search("backdated", false, 1).get(0).lastTouch()).as("after the log")
                .isEqualTo(TestOrbit.TODAY.minusDays(60));

        interactions.update(new Interaction(in.id(), TestOrbit.TODAY.minusDays(30), in.kind(), in.participantIds(),
                in.summary(), in.notes(), in.exchange(), null, Instant.EPOCH, Instant.EPOCH));
        assertThat(contacts.search("backdated", false, 1).get(0).lastTouch()).as("after the edit")
                .isEqualTo(TestOrbit.TODAY.minusDays(30));

        interactions.delete(in.id());
        assertThat(contacts.search("backdated", false, 1).get(0).lastTouch()).as("after the delete: known since")
                .isEqualTo(TestOrbit.TODAY.minusDays(60));
        assertAgrees("after the delete");
    }
}
