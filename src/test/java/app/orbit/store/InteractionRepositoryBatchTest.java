package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Audience;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;

/** {@link JdbcInteractionRepository#insertAll}: the import's batch write, on real H2. */
class InteractionRepositoryBatchTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Store db;
    private JdbcContactRepository contacts;
    private JdbcInteractionRepository interactions;
    private List<Long> people;

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
        interactions = new JdbcInteractionRepository(db);
        List<Contact> all = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            // Some known since recently, so that older interactions must move it back.
            all.add(person("P" + i, "Q").knownSince(TODAY.minusDays(i % 3 == 0 ? 5 : 3000)).createdAt(NOW)
                    .updatedAt(NOW).build());
        }
        people = contacts.insertAll(all);
    }


    private List<Interaction> generated(int n, long seed) {
        Random r = new Random(seed);
        List<Interaction> out = new ArrayList<>();
        InteractionKind[] kinds = InteractionKind.values();
        for (int i = 0; i < n; i++) {
            List<Long> who = new ArrayList<>();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                who.add(people.get(r.nextInt(people.size())));
            }
            // A promise to one of them, or to everyone there.
            FollowUp f = r.nextInt(4) == 0 ? new FollowUp(TODAY.plusDays(r.nextInt(30)), "promise " + i,
                    r.nextBoolean(), r.nextBoolean() ? List.of(who.get(r.nextInt(who.size()))) : who) : null;
            out.add(new Interaction(null, TODAY.minusDays(r.nextInt(2500)), kinds[r.nextInt(kinds.length)], who,
                    "summary " + i, r.nextBoolean() ? "" : "notes « " + i + " » ✨",
                    Exchange.values()[r.nextInt(Exchange.values().length)], f, NOW.minusSeconds(i), NOW));
        }
        return out;
    }

    @EachEngine
    void insertAll_thenFind_givesBackEveryFieldAndParticipantOrder() {
        List<Interaction> wanted = generated(2_300, 5);

        List<Long> ids = db.inTransaction(() -> interactions.insertAll(wanted));

        assertThat(ids).hasSize(wanted.size()).doesNotHaveDuplicates();
        for (int i = 0; i < wanted.size(); i++) {
            Interaction found = interactions.find(ids.get(i)).orElseThrow();
            assertThat(found).isEqualTo(wanted.get(i).withId(ids.get(i)));
            assertThat(found.participantIds()).containsExactlyElementsOf(
                    new LinkedHashSet<>(wanted.get(i).participantIds()));
        }
    }

    /**
     * More rows than two batches hold, in both tables: every kind and exchange, one-to-many
     * touches of each audience, a logger or none, promises or none, accents and the longest notes
     * and summaries. A row, a column or a NULL lost at a batch's edge would show here.
     */
    @EachEngine
    void insertAll_moreRowsThanTwoBatches_givesBackEveryFieldOfEveryKind() {
        InteractionKind[] kinds = InteractionKind.values();
        Exchange[] exchanges = Exchange.values();
        Audience.Kind[] audiences = Audience.Kind.values();
        String longNotes = "Répondu à « Zoë » — ✨ ".repeat(Interaction.MAX_NOTES / 10)
                .substring(0, Interaction.MAX_NOTES);
        List<Interaction> wanted = new ArrayList<>();
        for (int i = 0; i < 2 * JdbcContactRepository.BATCH + 37; i++) {
            List<Long> who = List.of(people.get(i % people.size()), people.get((i + 1) % people.size()),
                    people.get((i + 7) % people.size()));
            FollowUp f = i % 5 == 0 ? new FollowUp(TODAY.plusDays(i % 40), "promesse n° " + i, i % 2 == 0,
                    i % 10 == 0 ? List.of(who.get(1)) : who) : null;
            Audience a = f == null && i % 9 == 0
                    ? new Audience(audiences[i % audiences.length], "tag" + i % 4, 3 + i % 50) : null;
            String notes = i % 1000 == 1 ? longNotes : i % 3 == 0 ? "" : "notes d'Éloïse " + i + " \n ligne 2";
            String summary = i % 1000 == 2 ? "é".repeat(Interaction.MAX_SUMMARY) : i % 4 == 0 ? "" : "résumé " + i;
            wanted.add(new Interaction(null, TODAY.minusDays(i % 3000), kinds[i % kinds.length], who, summary,
                    notes, a != null ? Exchange.NONE : exchanges[i % exchanges.length], f, NOW.minusSeconds(i),
                    NOW.plusSeconds(i % 17), a,
                    i % 6 == 0 ? null : "me+" + i % 3 + "@example.com"));
        }

        List<Long> ids = db.inTransaction(() -> interactions.insertAllLeavingLastTouch(wanted));

        assertThat(ids).hasSize(wanted.size()).doesNotHaveDuplicates().isSorted();
        for (int i = 0; i < wanted.size(); i++) {
            Interaction found = interactions.find(ids.get(i)).orElseThrow();
            assertThat(found).as("interaction %d", i).isEqualTo(wanted.get(i).withId(ids.get(i)));
        }
        assertThat(interactions.count()).isEqualTo(wanted.size());
        assertThat(countRows("interaction_participant")).isEqualTo(3L * wanted.size());
        assertThat(countRows("interaction_promise_to")).isEqualTo(wanted.stream()
                .mapToLong(in -> in.followUp() == null ? 0 : in.followUp().to().size()).sum());
    }

    private long countRows(String table) {
        return db.withConnection(conn -> {
            try (var ps = conn.prepareStatement("SELECT COUNT(*) FROM " + table); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @EachEngine
    void insertAll_setsEveryParticipantsLastTouchToTheLatestOrKnownSince() {
        Contact before = contacts.find(people.get(1)).orElseThrow();
        Map<Long, LocalDate> earliest = new HashMap<>();
        people.forEach(id -> earliest.put(id, contacts.find(id).orElseThrow().knownSince()));
        Interaction existing = interactions.insert(new Interaction(null, TODAY.minusDays(1), InteractionKind.CALL,
                List.of(people.get(1)), "latest already", "", Exchange.NONE, null, NOW, NOW));
        List<Interaction> wanted = generated(1_800, 9);

        interactions.insertAll(wanted);

        Map<Long, LocalDate> latest = new HashMap<>();
        latest.put(people.get(1), existing.date());
        for (Interaction in : wanted) {
            for (Long p : in.participantIds()) {
                latest.merge(p, in.date(), (a, b) -> a.isAfter(b) ? a : b);
                earliest.merge(p, in.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        int movedBack = 0;
        for (Long id : people) {
            Contact c = contacts.find(id).orElseThrow();
            assertThat(c.knownSince()).as("known since of %s", id).isEqualTo(earliest.get(id));
            assertThat(c.lastTouch()).as("last touch of %s", id).isEqualTo(latest.getOrDefault(id, c.knownSince()));
            movedBack += latest.containsKey(id) && latest.get(id).isBefore(TODAY.minusDays(5)) ? 1 : 0;
        }
        assertThat(movedBack).as("people known since 5 days whose latest touch is older (the case fixed)")
                .isPositive();
        assertThat(contacts.find(people.get(1)).orElseThrow().lastTouch()).isEqualTo(TODAY.minusDays(1))
                .isNotEqualTo(before.lastTouch());
    }

    @EachEngine
    void insertAll_failureInALaterBatch_rollsEverythingBack() {
        Map<Long, LocalDate> touches = new HashMap<>();
        people.forEach(id -> touches.put(id, contacts.find(id).orElseThrow().lastTouch()));
        List<Interaction> wanted = new ArrayList<>(generated(2_200, 13));
        Interaction bad = wanted.get(2_100);
        // A participant that does not exist breaks the foreign key after two batches were written.
        wanted.set(2_100, new Interaction(null, bad.date(), bad.kind(), List.of(people.get(0), 999_999L),
                bad.summary(), bad.notes(), bad.exchange(), bad.followUp(), bad.createdAt(), bad.updatedAt()));

        assertThatThrownBy(() -> db.inTransaction(() -> {
            contacts.insertAll(List.of(person("New", "Person").knownSince(TODAY).createdAt(NOW).updatedAt(NOW)
                    .build()));
            return interactions.insertAll(wanted);
        })).isInstanceOf(StoreException.class);

        assertThat(interactions.count()).isZero();
        assertThat(contacts.count()).isEqualTo(people.size());
        people.forEach(id -> assertThat(contacts.find(id).orElseThrow().lastTouch()).isEqualTo(touches.get(id)));
    }
}
