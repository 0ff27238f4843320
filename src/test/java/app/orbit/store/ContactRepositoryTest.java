package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Birthday;
import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.EditConflictException;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

class ContactRepositoryTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Store db;
    private JdbcContactRepository contacts;
    private JdbcInteractionRepository interactions;

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
        interactions = new JdbcInteractionRepository(db);
    }


    private Contact insert(Contact.Builder b) {
        return contacts.insert(b.createdAt(NOW).updatedAt(NOW).build());
    }

    @EachEngine
    void insert_thenFind_givesBackEveryField() {
        Contact introducer = insert(person("Léa", "Dubois"));
        Contact c = insert(person("Cécile", "Moreau").email("cecile@atelier.fr").email("c.moreau@gmail.com")
                .phone("+33 6 12 34 56 78").organisation("Atelier Lumière").title("Founder").city("Lyon")
                .tags(List.of("design", "friends")).birthday(Birthday.parse("--03-12")).howWeMet("Station F demo day")
                .introducedById(introducer.id()).notes("Loves \"quotes\", 'apostrophes'; DROP TABLE contact; -- ✨ שלום")
                .needs("an illustrator").offers("brand identity").circle(Circle.INNER).cadenceOverride(21)
                .knownSince(TODAY.minusDays(300)));

        Contact found = contacts.find(c.id()).orElseThrow();

        assertThat(found).isEqualTo(c);
        assertThat(found.emails()).containsExactly("cecile@atelier.fr", "c.moreau@gmail.com");
        assertThat(found.notes()).isEqualTo("Loves \"quotes\", 'apostrophes'; DROP TABLE contact; -- ✨ שלום");
        assertThat(found.lastTouch()).isEqualTo(TODAY.minusDays(300));
        assertThat(found.createdAt()).isEqualTo(NOW);
    }

    @EachEngine
    void update_replacesFieldsAndChildren() {
        Contact c = insert(person("Tom", "Bernard").email("tom@old.fr").tag("tech"));

        contacts.update(c.toBuilder().lastName("Bernardi").emails(List.of("tom@new.fr")).tags(List.of("java"))
                .archived(true).build());

        Contact found = contacts.find(c.id()).orElseThrow();
        assertThat(found.lastName()).isEqualTo("Bernardi");
        assertThat(found.emails()).containsExactly("tom@new.fr");
        assertThat(found.tags()).containsExactly("java");
        assertThat(found.archived()).isTrue();
    }

    @EachEngine
    void search_isAccentAndCaseInsensitive_overNameOrgEmailAndTag() {
        Contact cecile = insert(person("Cécile", "Moreau").organisation("Atelier Lumière").email("cm@atelier.fr")
                .tag("Design"));
        insert(person("Thomas", "Bernard").organisation("Doctolib"));

        assertThat(ids(contacts.search("cecile", false, 50))).containsExactly(cecile.id());
        assertThat(ids(contacts.search("CÉCILE", false, 50))).containsExactly(cecile.id());
        assertThat(ids(contacts.search("lumiere", false, 50))).containsExactly(cecile.id());
        assertThat(ids(contacts.search("cm@atelier", false, 50))).containsExactly(cecile.id());
        assertThat(ids(contacts.search("design", false, 50))).containsExactly(cecile.id());
        assertThat(ids(contacts.search("moreau cecile", false, 50))).containsExactly(cecile.id());
        assertThat(ids(contacts.search("moreau thomas", false, 50))).isEmpty();
        assertThat(contacts.search("", false, 50)).hasSize(2);
        assertThat(contacts.search("100%_", false, 50)).isEmpty();
    }

    @EachEngine
    void search_leavesArchivedOutUnlessAsked() {
        Contact a = insert(person("Ann", "Archived").archived(true));

        assertThat(contacts.search("ann", false, 10)).isEmpty();
        assertThat(ids(contacts.search("ann", true, 10))).containsExactly(a.id());
    }

    @EachEngine
    void search_ordersByFoldedNameAndRespectsTheLimit() {
        insert(person("Émile", "Zola"));
        insert(person("Anne", "Bé"));
        insert(person("eve", "a"));

        assertThat(contacts.search("", false, 10)).extracting(ContactSummary::firstName)
                .containsExactly("Anne", "Émile", "eve");
        assertThat(contacts.search("", false, 2)).hasSize(2);
    }

    @EachEngine
    void delete_takesInteractionsOnlyThatContactWasIn() {
        Contact alice = insert(person("Alice", "A"));
        Contact bob = insert(person("Bob", "B"));
        Interaction alone = interactions.insert(log(TODAY.minusDays(5), alice.id()));
        Interaction together = interactions.insert(log(TODAY.minusDays(3), alice.id(), bob.id()));

        assertThat(contacts.delete(alice.id())).isTrue();

        assertThat(contacts.find(alice.id())).isEmpty();
        assertThat(interactions.find(alone.id())).isEmpty();
        assertThat(interactions.find(together.id()).orElseThrow().participantIds()).containsExactly(bob.id());
        assertThat(contacts.find(bob.id()).orElseThrow().lastTouch()).isEqualTo(TODAY.minusDays(3));
        assertThat(contacts.delete(alice.id())).isFalse();
    }

    @EachEngine
    void delete_introducer_clearsTheLink() {
        Contact lea = insert(person("Léa", "Dubois"));
        Contact c = insert(person("Cécile", "Moreau").introducedById(lea.id()));

        contacts.delete(lea.id());

        assertThat(contacts.find(c.id()).orElseThrow().introducedById()).isNull();
    }

    @EachEngine
    void dueCandidates_includesEveryDueContactThatCouldRank() {
        insert(person("Fresh", "One").circle(Circle.INNER).knownSince(TODAY.minusDays(3)));
        Contact innerDue = insert(person("Inner", "Due").circle(Circle.INNER).knownSince(TODAY.minusDays(14)));
        Contact outerLost = insert(person("Outer", "Lost").circle(Circle.OUTER).knownSince(TODAY.minusDays(400)));
        Contact override = insert(person("Over", "Ride").circle(Circle.NETWORK).cadenceOverride(10)
                .knownSince(TODAY.minusDays(10)));
        insert(person("Sleepy", "Dormant").circle(Circle.DORMANT).knownSince(TODAY.minusDays(4000)));
        insert(person("Arch", "Ived").circle(Circle.INNER).archived(true).knownSince(TODAY.minusDays(400)));

        List<ContactSummary> found = contacts.dueCandidates(TODAY, CadencePolicy.defaults(), 7);

        assertThat(ids(found)).containsExactlyInAnyOrder(innerDue.id(), outerLost.id(), override.id());
    }

    @EachEngine
    void findByEmails_isCaseInsensitive() {
        Contact c = insert(person("Cécile", "Moreau").email("Cecile@Atelier.FR"));

        assertThat(contacts.findByEmails(List.of("cecile@atelier.fr"))).extracting(Contact::id).containsExactly(c.id());
    }

    private static Interaction log(LocalDate date, Long... who) {
        return new Interaction(null, date, InteractionKind.MEETING, List.of(who), "s", "", Exchange.NONE, null, NOW,
                NOW);
    }

    private static List<Long> ids(List<ContactSummary> list) {
        return list.stream().map(ContactSummary::id).toList();
    }

    @EachEngine
    void update_fromAnOlderVersion_isRefusedAndKeepsTheNewerEdit() {
        Contact read = insert(person("Tom", "Bernard"));
        Contact saved = contacts.update(read.toBuilder().title("CTO").build());

        assertThatThrownBy(() -> contacts.update(read.toBuilder().title("Founder").build()))
                .isInstanceOf(EditConflictException.class)
                .satisfies(e -> assertThat(((EditConflictException) e).current()).isEqualTo(saved));
        assertThat(contacts.find(read.id()).orElseThrow().title()).isEqualTo("CTO");
        assertThat(saved.version()).isEqualTo(read.version() + 1);
    }
}
