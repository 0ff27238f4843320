package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * The store's SQL for "does a one-to-many touch count for this contact" ({@link LastTouch#COUNTS})
 * agrees with the domain's rule ({@link Audience#countsFor}) for every circle, on every path that
 * writes last_touch: a logged touch, an import's batch, a recompute, and "touched" for the plan.
 */
class LastTouchRuleTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate KNOWN = TODAY.minusYears(1);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Store db;
    private JdbcContactRepository contacts;
    private JdbcInteractionRepository interactions;
    private final Map<Circle, Long> byCircle = new LinkedHashMap<>();

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
        interactions = new JdbcInteractionRepository(db);
        for (Circle c : Circle.values()) {
            byCircle.put(c, contacts.insert(person(c.name(), "X").circle(c).knownSince(KNOWN).createdAt(NOW)
                    .updatedAt(NOW).build()).id());
        }
    }


    private Interaction newsletter(LocalDate on) {
        List<Long> all = new ArrayList<>(byCircle.values());
        return new Interaction(null, on, InteractionKind.NEWSLETTER, all, "Letter", "", null, null, NOW, NOW,
                new Audience(Audience.Kind.SELECTION, "", all.size()));
    }

    private void assertMovedOnlyWhereItCounts(LocalDate on) {
        byCircle.forEach((circle, id) -> assertThat(contacts.find(id).orElseThrow().lastTouch()).as(circle.name())
                .isEqualTo(Audience.countsFor(circle) ? on : KNOWN));
    }

    @EachEngine
    void insert_oneToMany_movesTheLastTouchWhereTheDomainRuleSaysItCounts() {
        db.inTransaction(() -> interactions.insert(newsletter(TODAY.minusDays(2))));

        assertMovedOnlyWhereItCounts(TODAY.minusDays(2));
    }

    @EachEngine
    void insertAll_oneToMany_recomputesUnderTheSameRule() {
        db.inTransaction(() -> interactions.insertAll(List.of(newsletter(TODAY.minusDays(4)))));

        assertMovedOnlyWhereItCounts(TODAY.minusDays(4));
    }

    @EachEngine
    void update_contactMovedBetweenCircles_recomputesUnderTheNewCircle() {
        db.inTransaction(() -> interactions.insert(newsletter(TODAY.minusDays(3))));
        long id = byCircle.get(Circle.NETWORK);

        for (Circle circle : Circle.values()) {
            Contact moved = db.inTransaction(() -> contacts.update(contacts.find(id).orElseThrow().toBuilder()
                    .circle(circle).build()));
            assertThat(moved.lastTouch()).as(circle.name())
                    .isEqualTo(Audience.countsFor(circle) ? TODAY.minusDays(3) : KNOWN);
        }
    }

    @EachEngine
    void touched_oneToManyOnly_countsWhereTheRuleSays() {
        db.inTransaction(() -> interactions.insert(newsletter(TODAY)));

        Set<Long> touched = new JdbcNetworkQueries(db).touched(byCircle.values());

        byCircle.forEach((circle, id) -> assertThat(touched.contains(id)).as(circle.name())
                .isEqualTo(Audience.countsFor(circle)));
    }

    @EachEngine
    void touched_aTouchOnTheDayTheyWereKnownFrom_countsThoughTheLastTouchDidNotMove() {
        // last_touch equals known_since both for no touch and for one that day: the only case where
        // "touched" must look at the interactions.
        long network = byCircle.get(Circle.NETWORK);
        long close = byCircle.get(Circle.CLOSE);
        db.inTransaction(() -> interactions.insert(new Interaction(null, KNOWN, InteractionKind.CALL, List.of(network),
                "Call", "", null, null, NOW, NOW)));

        Set<Long> touched = new JdbcNetworkQueries(db).touched(List.of(network, close));

        assertThat(contacts.find(network).orElseThrow().lastTouch()).isEqualTo(KNOWN);
        assertThat(touched).containsExactly(network);
    }

    @EachEngine
    void touched_onRandomHistories_agreesWithLookingAtEveryInteraction() {
        java.util.Random r = new java.util.Random(2026);
        List<Long> ids = new ArrayList<>(byCircle.values());
        for (int i = 0; i < 60; i++) {
            Circle circle = Circle.values()[r.nextInt(Circle.values().length)];
            ids.add(contacts.insert(person("P" + i, "Y").circle(circle).knownSince(KNOWN.plusDays(r.nextInt(30)))
                    .createdAt(NOW).updatedAt(NOW).build()).id());
        }
        for (int i = 0; i < 50; i++) {
            List<Long> who = new ArrayList<>();
            int n = r.nextInt(4) + 1;
            for (int k = 0; k < n; k++) {
                long id = ids.get(r.nextInt(ids.size()));
                if (!who.contains(id)) {
                    who.add(id);
                }
            }
            LocalDate on = KNOWN.plusDays(r.nextInt(60));
            Interaction touch = r.nextInt(3) == 0
                    ? new Interaction(null, on, InteractionKind.NEWSLETTER, who, "Letter", "", null, null, NOW, NOW,
                            new Audience(Audience.Kind.SELECTION, "", who.size()))
                    : new Interaction(null, on, InteractionKind.CALL, who, "Call", "", null, null, NOW, NOW);
            db.inTransaction(() -> interactions.insert(touch));
        }
        Set<Long> everyInteraction = db.withConnection(conn -> {
            Set<Long> out = new java.util.HashSet<>();
            try (var st = conn.createStatement(); var rs = st.executeQuery("SELECT DISTINCT p.contact_id "
                    + "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
                    + "JOIN contact c ON c.id = p.contact_id WHERE " + LastTouch.COUNTS)) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        });

        assertThat(new JdbcNetworkQueries(db).touched(ids)).containsExactlyInAnyOrderElementsOf(everyInteraction);
    }

    @EachEngine
    void forContact_oneToMany_listsOnlyThatContactAndTheAudience() {
        Interaction stored = db.inTransaction(() -> interactions.insert(newsletter(TODAY)));
        long inner = byCircle.get(Circle.INNER);

        Interaction seen = interactions.forContact(inner, 10).get(0);

        assertThat(seen.participantIds()).containsExactly(inner);
        assertThat(seen.audience()).isEqualTo(stored.audience());
        assertThat(interactions.find(stored.id()).orElseThrow().participantIds())
                .containsExactlyElementsOf(byCircle.values());
    }
}
