package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.domain.StalenessLevel;
import app.orbit.service.Backup;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database at every schema version Orbit ever shipped (Flyway target = N), filled with data
 * through the tables of V1 with plain SQL, then opened by this Orbit: migrated to the latest,
 * backed up first, and nothing lost. New migrations are picked up from the classpath.
 */
class MigrationTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final Instant CREATED = Instant.parse("2024-03-01T08:30:00Z");

    @TempDir
    Path dir;

    static List<String> versions() {
        Flyway probe = Flyway.configure().dataSource("jdbc:h2:mem:versions" + System.nanoTime(), "sa", "")
                .locations(Database.MIGRATIONS).load();
        return Arrays.stream(probe.info().all()).map(m -> m.getVersion().getVersion()).toList();
    }

    private static String latest() {
        List<String> all = versions();
        return all.get(all.size() - 1);
    }

    /** What the old Orbit had stored: four people, one introduced by another, and their history. */
    private static List<Contact> people() {
        Contact ada = Contact.builder().id(1L).firstName("Adèle").lastName("O'Brien-Lefèvre")
                .emails(List.of("adele@example.fr", "A.OBrien@Example.com")).phones(List.of("+33 6 12 34 56 78"))
                .organisation("Société \"Générale\"; DROP TABLE contact;--").title("CTO").city("Lyon")
                .tags(List.of("fintech", "café")).birthday(new Birthday(MonthDay.of(2, 29), 1984))
                .howWeMet("Conférence Devoxx").notes("Line one\nLine two\tTabbed — émoji 🎉 שלום")
                .needs("recruteurs data").offers("conseils levée de fonds").circle(Circle.INNER).cadenceOverride(10)
                .knownSince(LocalDate.of(2020, 1, 15)).createdAt(CREATED).updatedAt(CREATED).build();
        Contact bob = Contact.builder().id(2L).firstName("Bob").lastName("").circle(Circle.CLOSE)
                .introducedById(1L).knownSince(LocalDate.of(2021, 6, 1)).createdAt(CREATED).updatedAt(CREATED)
                .build();
        Contact chen = Contact.builder().id(3L).firstName("").lastName("陈").circle(Circle.DORMANT)
                .knownSince(LocalDate.of(2019, 9, 9)).archived(true).createdAt(CREATED).updatedAt(CREATED).build();
        Contact dana = Contact.builder().id(4L).firstName("Dana").lastName("Smith").circle(Circle.OUTER)
                .knownSince(TODAY.minusDays(3)).createdAt(CREATED).updatedAt(CREATED).build();
        return List.of(ada, bob, chen, dana);
    }

    private static List<Interaction> history() {
        return List.of(
                new Interaction(1L, LocalDate.of(2024, 5, 2), InteractionKind.MEETING, List.of(1L, 2L),
                        "Déjeuner à trois", "Parlé de 'levée'; \"SELECT *\"", Exchange.GAVE,
                        new FollowUp(LocalDate.of(2024, 5, 20), "Envoyer le deck", false, List.of(1L, 2L)), CREATED,
                        CREATED),
                new Interaction(2L, LocalDate.of(2025, 1, 10), InteractionKind.CALL, List.of(2L), "Call", "",
                        Exchange.ASKED, new FollowUp(LocalDate.of(2025, 2, 1), "Intro to Dana", true), CREATED,
                        CREATED),
                new Interaction(3L, LocalDate.of(2025, 11, 3), InteractionKind.EVENT, List.of(3L, 1L, 2L),
                        "Meetup", "🙂", Exchange.NONE, null, CREATED, CREATED),
                new Interaction(4L, LocalDate.of(2018, 4, 4), InteractionKind.EMAIL, List.of(3L),
                        "Before known-since", "", Exchange.RECEIVED, null, CREATED, CREATED));
    }

    /** Last touch as Orbit kept it before V5: the later of known-since and the latest interaction. */
    private static LocalDate lastTouchBeforeV5(Contact c) {
        return history().stream().filter(i -> i.involves(c.id())).map(Interaction::date)
                .filter(d -> d.isAfter(c.knownSince())).max(LocalDate::compareTo).orElse(c.knownSince());
    }

    /** From V5: the latest interaction's date, known-since only when there is none. */
    private static LocalDate lastTouch(Contact c) {
        return history().stream().filter(i -> i.involves(c.id())).map(Interaction::date)
                .max(LocalDate::compareTo).orElse(c.knownSince());
    }

    /** From V5: never after the earliest interaction. */
    private static LocalDate knownSince(Contact c) {
        return history().stream().filter(i -> i.involves(c.id())).map(Interaction::date)
                .filter(d -> d.isBefore(c.knownSince())).min(LocalDate::compareTo).orElse(c.knownSince());
    }

    private static boolean hasPromiseRecipients(String version) {
        return Integer.parseInt(version) >= 5;
    }

    /**
     * Writes the data with the columns V1 created, which every later schema keeps, as the Orbit of
     * {@code version} kept it: from V5, known-since moved back, last touch by the new rule, and
     * to whom each promise was made.
     */
    private void fillThroughV1Tables(String version) throws Exception {
        boolean v5 = hasPromiseRecipients(version);
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "")) {
            c.setAutoCommit(false);
            for (Contact p : people()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (id, first_name, last_name, "
                        + "organisation, title, city, birthday_month, birthday_day, birthday_year, how_we_met, "
                        + "introduced_by, notes, needs, offers, circle, cadence_override, archived, known_since, "
                        + "last_touch, created_at, updated_at, search_text, sort_name) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                    int i = 1;
                    ps.setLong(i++, p.id());
                    ps.setString(i++, p.firstName());
                    ps.setString(i++, p.lastName());
                    ps.setString(i++, p.organisation());
                    ps.setString(i++, p.title());
                    ps.setString(i++, p.city());
                    Jdbc.setInteger(ps, i++, p.birthday() == null ? null : p.birthday().monthDay().getMonthValue());
                    Jdbc.setInteger(ps, i++, p.birthday() == null ? null : p.birthday().monthDay().getDayOfMonth());
                    Jdbc.setInteger(ps, i++, p.birthday() == null ? null : p.birthday().year());
                    ps.setString(i++, p.howWeMet());
                    Jdbc.setLong(ps, i++, p.introducedById());
                    ps.setString(i++, p.notes());
                    ps.setString(i++, p.needs());
                    ps.setString(i++, p.offers());
                    ps.setString(i++, p.circle().name());
                    Jdbc.setInteger(ps, i++, p.cadenceOverride());
                    ps.setBoolean(i++, p.archived());
                    ps.setObject(i++, v5 ? knownSince(p) : p.knownSince());
                    ps.setObject(i++, v5 ? lastTouch(p) : lastTouchBeforeV5(p));
                    ps.setObject(i++, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
                    ps.setObject(i++, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
                    ps.setString(i++, ContactRows.searchText(p));
                    ps.setString(i, ContactRows.sortName(p.firstName(), p.lastName()));
                    ps.executeUpdate();
                }
                int pos = 0;
                for (String e : p.emails()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO contact_email (contact_id, position, email, email_key) VALUES (?,?,?,?)")) {
                        ps.setLong(1, p.id());
                        ps.setInt(2, pos++);
                        ps.setString(3, e);
                        ps.setString(4, e.toLowerCase(java.util.Locale.ROOT));
                        ps.executeUpdate();
                    }
                }
                pos = 0;
                for (String ph : p.phones()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO contact_phone (contact_id, position, phone) VALUES (?,?,?)")) {
                        ps.setLong(1, p.id());
                        ps.setInt(2, pos++);
                        ps.setString(3, ph);
                        ps.executeUpdate();
                    }
                }
                for (String t : p.tags()) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "INSERT INTO contact_tag (contact_id, tag) VALUES (?,?)")) {
                        ps.setLong(1, p.id());
                        ps.setString(2, t);
                        ps.executeUpdate();
                    }
                }
            }
            for (Interaction in : history()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction (id, occurred_on, kind, "
                        + "summary, notes, exchange, follow_up_on, follow_up_promise, follow_up_done, created_at, "
                        + "updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    int i = 1;
                    ps.setLong(i++, in.id());
                    ps.setObject(i++, in.date());
                    ps.setString(i++, in.kind().name());
                    ps.setString(i++, in.summary());
                    ps.setString(i++, in.notes());
                    ps.setString(i++, in.exchange().name());
                    Jdbc.setDate(ps, i++, in.followUp() == null ? null : in.followUp().due());
                    ps.setString(i++, in.followUp() == null ? null : in.followUp().promise());
                    ps.setBoolean(i++, in.followUp() != null && in.followUp().done());
                    ps.setObject(i++, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
                    ps.setObject(i, OffsetDateTime.ofInstant(CREATED, ZoneOffset.UTC));
                    ps.executeUpdate();
                }
                int pos = 0;
                for (Long p : in.participantIds()) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction_participant "
                            + "(interaction_id, contact_id, position) VALUES (?,?,?)")) {
                        ps.setLong(1, in.id());
                        ps.setLong(2, p);
                        ps.setInt(3, pos++);
                        ps.executeUpdate();
                    }
                }
                if (v5 && in.followUp() != null) {
                    for (Long p : in.followUp().to()) {
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction_promise_to "
                                + "(interaction_id, contact_id) VALUES (?,?)")) {
                            ps.setLong(1, in.id());
                            ps.setLong(2, p);
                            ps.executeUpdate();
                        }
                    }
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('plan.size', '5')");
                st.execute("INSERT INTO setting (setting_key, setting_value) VALUES ('cadence.INNER', '12')");
                // Identity columns must move past the ids written by hand, as they would have in use.
                st.execute("ALTER TABLE contact ALTER COLUMN id RESTART WITH 100");
                st.execute("ALTER TABLE interaction ALTER COLUMN id RESTART WITH 100");
            }
            c.commit();
        }
    }

    @ParameterizedTest(name = "from V{0}")
    @MethodSource("versions")
    void open_databaseAtAnEarlierVersion_migratesToTheLatestAndLosesNothing(String version) throws Exception {
        Flyway.configure().dataSource(Database.url(dir), "orbit", "").locations(Database.MIGRATIONS)
                .target(version).load().migrate();
        fillThroughV1Tables(version);

        try (Orbit orbit = TestOrbit.open(dir)) {
            for (Contact expected : people()) {
                Contact actual = orbit.contacts().get(expected.id());
                assertThat(actual).usingRecursiveComparison().ignoringFields("lastTouch", "knownSince")
                        .isEqualTo(expected);
                assertThat(actual.knownSince()).as("known since of %s", expected.displayName())
                        .isEqualTo(knownSince(expected));
                assertThat(actual.lastTouch()).as("last touch of %s", expected.displayName())
                        .isEqualTo(lastTouch(expected));
            }
            for (Interaction expected : history()) {
                assertThat(orbit.interactions().get(expected.id())).isEqualTo(expected);
            }
            assertThat(orbit.contacts().search("lefevre", false, 10)).singleElement()
                    .satisfies(s -> assertThat(s.id()).isEqualTo(1L));
            assertThat(orbit.settings().current().planSize()).isEqualTo(5);
            assertThat(orbit.settings().current().cadences().forCircle(Circle.INNER).getAsInt()).isEqualTo(12);
            // Still writable after the upgrade: new ids do not collide with the old ones.
            Contact added = orbit.contacts().create(Contact.builder().firstName("New").circle(Circle.NETWORK).build());
            assertThat(added.id()).isGreaterThan(4L);
            orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(added.id(), 2L), "After",
                    "", Exchange.NONE, null));
            assertThat(orbit.contacts().get(2L).lastTouch()).isEqualTo(TODAY);
        }
        MigrationInfo current = Flyway.configure().dataSource(Database.url(dir), "orbit", "")
                .locations(Database.MIGRATIONS).load().info().current();
        assertThat(current.getVersion().getVersion()).isEqualTo(latest());
        if (!version.equals(latest())) {
            assertThat(Orbit.latestBackup(dir)).get().extracting(Backup::kind).isEqualTo(Backup.Kind.PRE_MIGRATION);
        }
    }

    @Test
    void v6_fromV4_keepsEveryStoredCircle_andAcceptsNotSortedOnly() throws Exception {
        Flyway.configure().dataSource(Database.url(dir), "orbit", "").locations(Database.MIGRATIONS)
                .target("4").load().migrate();
        fillThroughV1Tables("4");
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("UPDATE contact SET circle = 'UNSORTED' WHERE id = 4"))
                    .as("V4 knows no UNSORTED").isInstanceOf(java.sql.SQLException.class);
        }

        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(List.of(1L, 2L, 3L, 4L)).extracting(id -> orbit.contacts().get(id).circle())
                    .containsExactly(Circle.INNER, Circle.CLOSE, Circle.DORMANT, Circle.OUTER);
            assertThat(orbit.contacts().countUnsorted()).isZero();
        }
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            st.execute("UPDATE contact SET circle = 'UNSORTED' WHERE id = 4");
            assertThatThrownBy(() -> st.execute("UPDATE contact SET circle = 'SOMEONE' WHERE id = 4"))
                    .isInstanceOf(java.sql.SQLException.class);
        }
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(orbit.contacts().get(4L).circle()).isEqualTo(Circle.UNSORTED);
            assertThat(orbit.contacts().unsorted()).extracting(u -> u.id()).containsExactly(4L);
        }
    }

    @Test
    void open_v4Database_givesEachPromiseItsRecipientsAndRepairsTouchesBeforeKnownSince() throws Exception {
        Flyway.configure().dataSource(Database.url(dir), "orbit", "").locations(Database.MIGRATIONS)
                .target("4").load().migrate();
        fillThroughV1Tables("4");
        assertThat(people().get(2).knownSince()).as("the fixture: 陈's email of 2018 is before known-since")
                .isEqualTo(LocalDate.of(2019, 9, 9));
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            // Added today, then the meeting of two months ago logged: V4 said "touched today".
            st.execute("INSERT INTO contact (id, first_name, circle, known_since, last_touch, created_at, updated_at, "
                    + "search_text, sort_name) VALUES (5, 'Eve', 'CLOSE', DATE '" + TODAY + "', DATE '" + TODAY + "', "
                    + "TIMESTAMP WITH TIME ZONE '2026-11-26 09:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-11-26 09:00:00+00', "
                    + "' eve ', 'eve')");
            st.execute("INSERT INTO interaction (id, occurred_on, kind, created_at, updated_at) VALUES (5, DATE '"
                    + TODAY.minusMonths(2) + "', 'MEETING', TIMESTAMP WITH TIME ZONE '2026-11-26 09:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-11-26 09:00:00+00')");
            st.execute("INSERT INTO interaction_participant (interaction_id, contact_id, position) VALUES (5, 5, 0)");
        }

        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(orbit.interactions().get(1L).followUp().to()).as("a group promise: every participant, as before")
                    .containsExactly(1L, 2L);
            assertThat(orbit.interactions().get(2L).followUp().to()).as("a promise in a call with one person")
                    .containsExactly(2L);
            assertThat(orbit.contacts().get(3L).knownSince()).isEqualTo(LocalDate.of(2018, 4, 4));
            assertThat(orbit.contacts().get(3L).lastTouch()).isEqualTo(LocalDate.of(2025, 11, 3));
            Contact eve = orbit.contacts().get(5L);
            assertThat(eve.knownSince()).isEqualTo(TODAY.minusMonths(2));
            assertThat(eve.lastTouch()).isEqualTo(TODAY.minusMonths(2));
            assertThat(orbit.contacts().staleness(ContactSummary.of(eve)).level())
                    .as("two months on a 30-day cadence").isEqualTo(StalenessLevel.LOST);
            assertThat(orbit.contacts().search("eve", false, 1)).singleElement()
                    .satisfies(s -> assertThat(s.lastTouch()).isEqualTo(TODAY.minusMonths(2)));
        }
    }

    @Test
    void open_databaseFromANewerOrbit_isRefusedUntouchedAndNotBackedUp() throws Exception {
        TestOrbit.open(dir).close();
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'orbit', 1, TRUE)");
        }
        byte[] before = Files.readAllBytes(Database.databaseFile(dir));

        assertThatThrownBy(() -> TestOrbit.open(dir, TODAY.plusDays(5)))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(e.key()).isEqualTo("error.database.newer"));

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(before);
        assertThat(Orbit.latestBackup(dir)).isEmpty();
    }
}
