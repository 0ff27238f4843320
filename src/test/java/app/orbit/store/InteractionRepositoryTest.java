package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

class InteractionRepositoryTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate KNOWN = TODAY.minusDays(100);
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Store db;
    private JdbcContactRepository contacts;
    private JdbcInteractionRepository interactions;
    private Contact alice;
    private Contact bob;

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
        interactions = new JdbcInteractionRepository(db);
        alice = contacts.insert(person("Alice", "A").knownSince(KNOWN).createdAt(NOW).updatedAt(NOW).build());
        bob = contacts.insert(person("Bob", "B").knownSince(KNOWN).createdAt(NOW).updatedAt(NOW).build());
    }


    private LocalDate lastTouch(Contact c) {
        return contacts.find(c.id()).orElseThrow().lastTouch();
    }

    @EachEngine
    void insert_thenFind_givesBackEveryField() {
        Interaction in = interactions.insert(new Interaction(null, TODAY.minusDays(2), InteractionKind.EVENT,
                List.of(bob.id(), alice.id()), "Lunch at the meetup", "Talked about \"Orbit\"; ✨",
                Exchange.GAVE, new FollowUp(TODAY.plusDays(7), "Send the deck", false, List.of(alice.id())), NOW,
                NOW));

        Interaction found = interactions.find(in.id()).orElseThrow();

        assertThat(found).isEqualTo(in);
        assertThat(found.participantIds()).containsExactly(bob.id(), alice.id());
        assertThat(found.followUp().to()).containsExactly(alice.id());
    }

    @EachEngine
    void update_recipientDropped_keepsOnlyTheNewRecipients() {
        Interaction in = interactions.insert(new Interaction(null, TODAY.minusDays(2), InteractionKind.MEETING,
                List.of(alice.id(), bob.id()), "Lunch", "", Exchange.NONE,
                new FollowUp(TODAY.plusDays(3), "Send the list", false, List.of(alice.id(), bob.id())), NOW, NOW));

        interactions.update(new Interaction(in.id(), in.date(), in.kind(), in.participantIds(), in.summary(),
                in.notes(), in.exchange(), in.followUp().to(List.of(bob.id())), NOW, NOW));

        assertThat(interactions.find(in.id()).orElseThrow().followUp().to()).containsExactly(bob.id());
    }

    @EachEngine
    void find_promiseWhoseRecipientWasDeleted_readsAsNoFollowUp() {
        Contact carol = contacts.insert(person("Carol", "C").knownSince(KNOWN).createdAt(NOW).updatedAt(NOW).build());
        Interaction in = interactions.insert(new Interaction(null, TODAY.minusDays(2), InteractionKind.MEETING,
                List.of(alice.id(), carol.id()), "Lunch", "", Exchange.NONE,
                new FollowUp(TODAY.plusDays(3), "Send the list", false, List.of(carol.id())), NOW, NOW));

        contacts.delete(carol.id());

        Interaction found = interactions.find(in.id()).orElseThrow();
        assertThat(found.participantIds()).containsExactly(alice.id());
        assertThat(found.followUp()).as("the promise was to Carol only, not to Alice").isNull();
    }

    @EachEngine
    void insert_movesLastTouchOfEveryParticipant() {
        interactions.insert(log(TODAY.minusDays(10), alice.id(), bob.id()));

        assertThat(lastTouch(alice)).isEqualTo(TODAY.minusDays(10));
        assertThat(lastTouch(bob)).isEqualTo(TODAY.minusDays(10));
    }

    @EachEngine
    void insert_olderThanLastTouch_leavesItAlone() {
        interactions.insert(log(TODAY.minusDays(10), alice.id()));
        interactions.insert(log(TODAY.minusDays(50), alice.id()));

        assertThat(lastTouch(alice)).isEqualTo(TODAY.minusDays(10));
    }

    @EachEngine
    void insert_beforeKnownSince_movesKnownSinceBackAndTouchesOnThatDay() {
        interactions.insert(log(KNOWN.minusDays(30), alice.id()));

        assertThat(contacts.find(alice.id()).orElseThrow().knownSince()).isEqualTo(KNOWN.minusDays(30));
        assertThat(lastTouch(alice)).isEqualTo(KNOWN.minusDays(30));
    }

    @EachEngine
    void insert_beforeKnownSinceWithALaterTouch_keepsTheLaterTouch() {
        interactions.insert(log(KNOWN, alice.id()));
        interactions.insert(log(KNOWN.minusDays(30), alice.id(), bob.id()));

        assertThat(lastTouch(alice)).as("an interaction on known-since stays the latest").isEqualTo(KNOWN);
        assertThat(lastTouch(bob)).as("nothing else logged with Bob").isEqualTo(KNOWN.minusDays(30));
        assertThat(contacts.find(alice.id()).orElseThrow().knownSince()).isEqualTo(KNOWN.minusDays(30));
    }

    @EachEngine
    void update_dateMovedBeforeKnownSince_movesKnownSinceBack() {
        Interaction in = interactions.insert(log(TODAY.minusDays(5), alice.id()));

        interactions.update(withDate(in, KNOWN.minusDays(10)));

        assertThat(contacts.find(alice.id()).orElseThrow().knownSince()).isEqualTo(KNOWN.minusDays(10));
        assertThat(lastTouch(alice)).isEqualTo(KNOWN.minusDays(10));
    }

    @EachEngine
    void delete_theOnlyBackdatedTouch_fallsBackToTheMovedKnownSince() {
        Interaction in = interactions.insert(log(KNOWN.minusDays(30), alice.id()));

        interactions.delete(in.id());

        assertThat(lastTouch(alice)).as("known since stays where the touch put it").isEqualTo(KNOWN.minusDays(30));
    }

    @EachEngine
    void update_dateMovedBack_recomputesLastTouch() {
        interactions.insert(log(TODAY.minusDays(20), alice.id()));
        Interaction latest = interactions.insert(log(TODAY.minusDays(1), alice.id()));

        interactions.update(withDate(latest, TODAY.minusDays(30)));

        assertThat(lastTouch(alice)).isEqualTo(TODAY.minusDays(20));
    }

    @EachEngine
    void update_participantRemoved_recomputesTheirLastTouchToo() {
        Interaction both = interactions.insert(log(TODAY.minusDays(1), alice.id(), bob.id()));

        interactions.update(new Interaction(both.id(), both.date(), both.kind(), List.of(alice.id()), both.summary(),
                both.notes(), both.exchange(), null, NOW, NOW));

        assertThat(lastTouch(alice)).isEqualTo(TODAY.minusDays(1));
        assertThat(lastTouch(bob)).isEqualTo(KNOWN);
    }

    @EachEngine
    void delete_latest_fallsBackToThePreviousOrKnownSince() {
        Interaction older = interactions.insert(log(TODAY.minusDays(40), alice.id()));
        Interaction latest = interactions.insert(log(TODAY.minusDays(2), alice.id()));

        interactions.delete(latest.id());
        assertThat(lastTouch(alice)).isEqualTo(TODAY.minusDays(40));

        interactions.delete(older.id());
        assertThat(lastTouch(alice)).isEqualTo(KNOWN);
        assertThat(interactions.delete(older.id())).isFalse();
    }

    @EachEngine
    void forContact_isNewestFirstAndOnlyTheirs() {
        Interaction a = interactions.insert(log(TODAY.minusDays(30), alice.id()));
        Interaction b = interactions.insert(log(TODAY.minusDays(3), alice.id(), bob.id()));
        interactions.insert(log(TODAY.minusDays(1), bob.id()));

        assertThat(interactions.forContact(alice.id(), 10)).extracting(Interaction::id).containsExactly(b.id(), a.id());
        assertThat(interactions.forContact(alice.id(), 1)).extracting(Interaction::id).containsExactly(b.id());
    }

    @EachEngine
    void insert_unknownParticipant_writesNothing() {
        long before = interactions.count();

        assertThatThrownBy(() -> interactions.insert(log(TODAY, alice.id(), 9999L)))
                .isInstanceOf(StoreException.class);

        assertThat(interactions.count()).isEqualTo(before);
        assertThat(lastTouch(alice)).isEqualTo(KNOWN);
    }

    private static Interaction log(LocalDate date, Long... who) {
        return new Interaction(null, date, InteractionKind.CALL, List.of(who), "s", "", Exchange.NONE, null, NOW, NOW);
    }

    private static Interaction withDate(Interaction i, LocalDate d) {
        return new Interaction(i.id(), d, i.kind(), i.participantIds(), i.summary(), i.notes(), i.exchange(),
                i.followUp(), i.createdAt(), i.updatedAt());
    }
}
