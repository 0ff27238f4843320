package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.testing.TestOrbit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;

/** {@link JdbcContactRepository#insertAll}: the import's batch write, on real H2. */
class ContactRepositoryBatchTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private Store db;
    private JdbcContactRepository contacts;

    @BeforeEach
    void open(Store store) {
        db = store;
        contacts = new JdbcContactRepository(db);
    }


    /** Seeded varied contacts, more than two batches' worth so batch edges are crossed. */
    private static List<Contact> generated(int n, long seed, Long introducer) {
        Random r = new Random(seed);
        List<Contact> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Contact.Builder b = person("Prénom" + i, "Nom-" + r.nextInt(1000)).createdAt(NOW.minusSeconds(i))
                    .updatedAt(NOW).knownSince(TODAY.minusDays(r.nextInt(2000)));
            for (int e = r.nextInt(3); e > 0; e--) {
                b.email("p" + i + "." + e + "@Example.com");
            }
            for (int p = r.nextInt(3); p > 0; p--) {
                b.phone("+33 6 00 00 " + p + " " + i);
            }
            List<String> tags = new ArrayList<>();
            for (int t = r.nextInt(3); t > 0; t--) {
                tags.add("tag" + r.nextInt(50));
            }
            b.tags(tags);
            if (r.nextBoolean()) {
                b.organisation("Org " + r.nextInt(40)).title("Title " + i).city("Ville " + r.nextInt(9))
                        .birthday(new Birthday(MonthDay.of(1 + r.nextInt(12), 1 + r.nextInt(28)),
                                r.nextBoolean() ? null : 1950 + r.nextInt(50)))
                        .howWeMet("met at " + i).notes("notes \"" + i + "\"; ✨").needs("needs " + i)
                        .offers("offers " + i).profileUrl("https://www.linkedin.com/in/p" + i)
                        .circle(Circle.values()[r.nextInt(Circle.values().length)])
                        .cadenceOverride(r.nextBoolean() ? null : 1 + r.nextInt(365)).archived(r.nextInt(10) == 0);
            }
            if (introducer != null && r.nextInt(5) == 0) {
                b.introducedById(introducer);
            }
            out.add(b.build());
        }
        return out;
    }

    @EachEngine
    void insertAll_thenFind_givesBackEveryFieldInOrder() {
        Contact introducer = contacts.insert(person("Léa", "Dubois").createdAt(NOW).updatedAt(NOW).build());
        List<Contact> wanted = generated(2_345, 7, introducer.id());

        List<Long> ids = db.inTransaction(() -> contacts.insertAll(wanted));

        assertThat(ids).hasSize(wanted.size()).doesNotHaveDuplicates().doesNotContain(introducer.id());
        for (int i = 0; i < wanted.size(); i++) {
            Contact w = wanted.get(i);
            Contact found = contacts.find(ids.get(i)).orElseThrow();
            assertThat(found).isEqualTo(w.toBuilder().id(ids.get(i)).lastTouch(w.knownSince()).build());
        }
        assertThat(contacts.count()).isEqualTo(wanted.size() + 1L);
    }

    /**
     * More contacts than two batches hold, and more emails: every optional field empty or null in
     * some, at its longest in others, with accents. A row, a column or a NULL lost at a batch's edge
     * would show here.
     */
    @EachEngine
    void insertAll_moreRowsThanTwoBatches_givesBackEveryFieldWithNullsAndLongTexts() {
        String longNotes = "Carnet d'Hélène — « ✨ » ".repeat(Contact.MAX_NOTES / 20)
                .substring(0, Contact.MAX_NOTES);
        List<Contact> wanted = new ArrayList<>();
        for (int i = 0; i < 2 * JdbcContactRepository.BATCH + 29; i++) {
            Contact.Builder b = person(i % 7 == 0 ? "" : "Éloïse" + i, "N'Guyen-" + i).createdAt(NOW.minusSeconds(i))
                    .updatedAt(NOW.plusSeconds(i % 13)).knownSince(TODAY.minusDays(i % 4000))
                    .email("e" + i + "@Exemple.fr").email("autre" + i + "@exemple.fr");
            if (i % 2 == 0) {
                b.phone("+33 6 00 00 00 " + i % 100).tag("t" + i % 30).organisation("Société " + i % 50)
                        .title("Directrice").city("Orléans")
                        .birthday(new Birthday(MonthDay.of(1 + i % 12, 1 + i % 28), i % 4 == 0 ? null : 1940 + i % 60))
                        .howWeMet("à « La Cantine » ".repeat(200)).needs("des conseils").offers("du temps")
                        .profileUrl("https://www.linkedin.com/in/e" + i)
                        .circle(Circle.values()[i % Circle.values().length])
                        .cadenceOverride(i % 3 == 0 ? null : 1 + i % 365).archived(i % 10 == 0)
                        .notes(i % 1000 == 0 ? longNotes : "notes " + i);
            }
            wanted.add(b.build());
        }

        List<Long> ids = db.inTransaction(() -> contacts.insertAll(wanted));

        assertThat(ids).hasSize(wanted.size()).doesNotHaveDuplicates().isSorted();
        for (int i = 0; i < wanted.size(); i++) {
            Contact w = wanted.get(i);
            assertThat(contacts.find(ids.get(i)).orElseThrow()).as("contact %d", i)
                    .isEqualTo(w.toBuilder().id(ids.get(i)).lastTouch(w.knownSince()).build());
        }
        assertThat(countRows("contact_email")).isEqualTo(2L * wanted.size());
    }

    @EachEngine
    void insertAll_storesTheSameRowsAsInsert() {
        Contact one = person("Cécile", "Moreau").email("Cecile@Atelier.fr").tag("design").createdAt(NOW)
                .updatedAt(NOW).knownSince(TODAY.minusDays(3)).profileUrl("https://linkedin.com/in/cecile/").build();
        Contact single = contacts.insert(one);

        long batched = contacts.insertAll(List.of(one)).get(0);

        assertThat(contacts.find(batched).orElseThrow()).isEqualTo(single.toBuilder().id(batched).build());
        assertThat(contacts.findByEmails(List.of("cecile@atelier.fr"))).extracting(Contact::id)
                .containsExactlyInAnyOrder(single.id(), batched);
        assertThat(contacts.findByProfileKeys(List.of(Contact.profileKey(one.profileUrl())))).hasSize(2);
        assertThat(contacts.searchInDatabase("atelier", false, 10)).hasSize(2);
    }

    @EachEngine
    void insertAll_afterCommit_searchIndexShowsThem() {
        contacts.insert(person("Zoé", "Avant").createdAt(NOW).updatedAt(NOW).build());
        assertThat(contacts.search("", true, 10)).hasSize(1);
        List<Contact> wanted = generated(1_500, 11, null);

        db.inTransaction(() -> {
            contacts.insertAll(wanted.subList(0, 700));
            contacts.insertAll(wanted.subList(700, wanted.size()));
            // Inside the writing transaction search goes to the database, which sees the rows.
            assertThat(contacts.search("prenom1499", true, 10)).hasSize(1);
        });

        assertThat(contacts.search("", true, 10_000)).hasSize(wanted.size() + 1);
        assertThat(contacts.search("prenom1499", true, 10)).extracting(ContactSummary::firstName)
                .containsExactly("Prénom1499");
        assertThat(contacts.search("", true, 10_000)).isEqualTo(contacts.searchInDatabase("", true, 10_000));
    }

    @EachEngine
    void insertAll_failureInALaterBatch_rollsEverythingBack() {
        Contact kept = contacts.insert(person("Kept", "Before").createdAt(NOW).updatedAt(NOW).build());
        contacts.search("", true, 10);
        List<Contact> wanted = new ArrayList<>(generated(2_500, 3, null));
        // An introducer that does not exist breaks the foreign key in the third batch.
        wanted.set(2_400, wanted.get(2_400).toBuilder().introducedById(999_999L).build());

        assertThatThrownBy(() -> db.inTransaction(() -> contacts.insertAll(wanted)))
                .isInstanceOf(StoreException.class);

        assertThat(contacts.count()).isEqualTo(1);
        assertThat(contacts.findByEmails(List.of("p1.1@example.com", "p2000.1@example.com"))).isEmpty();
        assertThat(contacts.search("", true, 10_000)).extracting(ContactSummary::id).containsExactly(kept.id());
        assertThat(countRows("contact_email") + countRows("contact_phone") + countRows("contact_tag")).isZero();
    }

    @EachEngine
    void insertAll_empty_storesNothing() {
        assertThat(contacts.insertAll(List.of())).isEmpty();
        assertThat(contacts.count()).isZero();
    }

    @EachEngine
    void findByAnyKey_matchesOnEachKeyAndGivesEveryoneOnce() {
        List<Long> ids = contacts.insertAll(List.of(
                person("Ann", "Lee").email("Ann@Example.com").profileUrl("https://linkedin.com/in/ann")
                        .createdAt(NOW).updatedAt(NOW).knownSince(TODAY).build(),
                person("Bob", "Byrne").email("bob@example.com").createdAt(NOW).updatedAt(NOW).knownSince(TODAY).build(),
                person("Cy", "Cole").profileUrl("https://www.linkedin.com/in/cy/").createdAt(NOW).updatedAt(NOW)
                        .knownSince(TODAY).build(),
                person("Dee", "Dunn").createdAt(NOW).updatedAt(NOW).knownSince(TODAY).build()));

        List<Contact> found = contacts.findByAnyKey(List.of("ann@example.com", "nobody@example.com"),
                List.of(Contact.profileKey("https://linkedin.com/in/ann"), Contact.profileKey("linkedin.com/in/cy")),
                List.of(person("Ann", "Lee").build().nameKey(), person("Dee", "Dunn").build().nameKey()));

        assertThat(found).extracting(Contact::id).containsExactlyInAnyOrder(ids.get(0), ids.get(2), ids.get(3));
        assertThat(found).filteredOn(c -> c.id().equals(ids.get(0))).singleElement()
                .satisfies(c -> assertThat(c.emails()).containsExactly("Ann@Example.com"));
        assertThat(contacts.findByAnyKey(List.of(), List.of(), List.of())).isEmpty();
    }

    private long countRows(String table) {
        return db.withConnection(conn -> {
            try (var ps = conn.prepareStatement("SELECT COUNT(*) FROM " + table); var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
