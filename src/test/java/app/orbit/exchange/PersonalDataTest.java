package app.orbit.exchange;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.GestureKind;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Photo;
import app.orbit.domain.PostalAddress;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanOnDay;
import app.orbit.service.SnoozeLength;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's export holds every table that refers to them, and their erasure empties every one:
 * checked against the schema's own foreign keys, so a table added later cannot be forgotten.
 */
class PersonalDataTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    @TempDir
    Path dir;

    /** The people of the test: Zoe is the one who asks what Orbit holds about her. */
    private record People(long zoe, long ann, long ben, long yann) {
    }

    /** Fills every table that refers to a contact with rows about Zoe, through the services. */
    private static People fill(Orbit orbit) {
        Contact ann = orbit.contacts().create(person("Ann", "Lee").email("ann@example.com").notes("Ann's own note")
                .needs("kotlin mentoring").circle(Circle.INNER)
                .knownSince(TODAY.minusYears(3)).build());
        Contact ben = orbit.contacts().create(person("Ben", "Okafor").circle(Circle.CLOSE)
                .knownSince(TODAY.minusYears(3)).build());
        Contact zoe = orbit.contacts().create(person("Zoé", "Marchand").email("zoe@example.fr").email("z@work.example")
                .phone("+33 6 11 22 33 44").tag("design").tag("lyon").organisation("Atelier Z").title("Designer")
                .city("Lyon").birthday(Birthday.of(LocalDate.of(1990, 11, 28))).howWeMet("Devoxx 2023")
                .introducedById(ben.id()).notes("Prefers calls").needs("a frontend freelancer")
                .offers("kotlin mentoring").circle(Circle.INNER).knownSince(TODAY.minusYears(3))
                .address(new PostalAddress("home", "3 rue Mercière", "69002", "Lyon", "", "France"))
                .photo(new Photo("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3})).build());
        Contact yann = orbit.contacts().create(person("Yann", "Le Gall").introducedById(zoe.id()).build());

        orbit.interactions().log(Interaction.of(TODAY.minusDays(300), InteractionKind.CALL, List.of(zoe.id()),
                "Portfolio review", "She is moving to Lyon", Exchange.GAVE,
                new FollowUp(TODAY.minusDays(280), "send the deck", false)));
        orbit.interactions().log(Interaction.of(TODAY.minusDays(250), InteractionKind.MEETING,
                List.of(zoe.id(), ann.id()), "Lunch at Café Riche", "", Exchange.RECEIVED, null));
        orbit.interactions().log(Interaction.of(TODAY.minusDays(220), InteractionKind.EMAIL,
                List.of(zoe.id(), ben.id()), "Asked for a printer", "", Exchange.ASKED, null));
        // Zoé on both sides of the pair (the smaller id is stored first).
        orbit.introductions().introduce(zoe.id(), ben.id(), TODAY.minusDays(210), "Introduction over email");
        orbit.introductions().introduce(yann.id(), zoe.id(), TODAY.minusDays(200), "Introduction at a meetup");

        // Last week's plan: Zoe's entry skipped. This week's: snoozed, and Ann's suggests meeting Zoe.
        PlanOnDay lastWeek = orbit.planner().week(TODAY.minusDays(7));
        orbit.planner().skip(lastWeek.lineFor(zoe.id()).orElseThrow().entry().id(), "on holiday");
        PlanOnDay week = orbit.planner().thisWeek();
        PlanLine annLine = week.lineFor(ann.id()).orElseThrow();
        assertThat(annLine.entry().gesture().kind()).as("Ann's gesture").isEqualTo(GestureKind.INTRODUCE);
        assertThat(annLine.entry().gesture().otherContactId()).isEqualTo(zoe.id());
        orbit.planner().snooze(week.lineFor(zoe.id()).orElseThrow().entry().id(), SnoozeLength.ONE_WEEK);
        // Suggestions answered with Zoé on either side.
        orbit.introductions().decline(zoe.id(), ben.id());
        orbit.introductions().later(ann.id(), zoe.id());
        return new People(zoe.id(), ann.id(), ben.id(), yann.id());
    }

    private static String exportOf(Orbit orbit, long contactId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        orbit.personalData().exportContact(contactId, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every TABLE.COLUMN of the schema with a foreign key to the contact table. */
    static Set<String> columnsReferringToContacts(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT k.TABLE_NAME, k.COLUMN_NAME "
                + "FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS r "
                + "JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE k ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA "
                + "AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME "
                + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS u ON u.CONSTRAINT_SCHEMA = r.UNIQUE_CONSTRAINT_SCHEMA "
                + "AND u.CONSTRAINT_NAME = r.UNIQUE_CONSTRAINT_NAME "
                + "WHERE u.TABLE_NAME = 'CONTACT' AND k.TABLE_SCHEMA = 'PUBLIC'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + "." + rs.getString(2));
            }
        }
        return out;
    }

    /** The columns referring to contacts that the export and the erase do not know of. */
    static Set<String> uncovered(Connection c) throws SQLException {
        Set<String> out = new TreeSet<>(columnsReferringToContacts(c));
        out.removeAll(PersonalDataService.COVERED);
        return out;
    }

    private static Connection connect(Orbit orbit) throws SQLException {
        return DriverManager.getConnection(Database.url(orbit.dataDirectory()), "orbit", "");
    }

    private static long rowsNaming(Connection c, String column, long contactId) throws SQLException {
        String[] tableAndColumn = column.split("\\.");
        // Names come from INFORMATION_SCHEMA, not from input.
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + tableAndColumn[0] + " WHERE "
                + tableAndColumn[1] + " = ?")) {
            ps.setLong(1, contactId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void schema_everyColumnReferringToAContact_isCoveredByExportAndErase() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir); Connection c = connect(orbit)) {
            Set<String> columns = columnsReferringToContacts(c);

            assertThat(columns).as("the schema's foreign keys to contact").contains("CONTACT_EMAIL.CONTACT_ID")
                    .hasSizeGreaterThanOrEqualTo(10);
            assertThat(uncovered(c)).as("add them to PersonalDataService.COVERED, the export and the erase")
                    .isEmpty();
            assertThat(PersonalDataService.COVERED).as("covered columns the schema no longer has")
                    .isSubsetOf(columns);
        }
    }

    @Test
    void uncovered_aNewTableReferringToContacts_isReported() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir); Connection c = connect(orbit)) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE contact_badge (contact_id BIGINT NOT NULL, badge VARCHAR(20), "
                        + "CONSTRAINT contact_badge_fk FOREIGN KEY (contact_id) REFERENCES contact (id))");
            }

            assertThat(uncovered(c)).containsExactly("CONTACT_BADGE.CONTACT_ID");
        }
    }

    @Test
    void exportContact_everyTableAboutThem_isInTheJsonWithOthersByNameOnly() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            People p = fill(orbit);
            try (Connection c = connect(orbit)) {
                for (String column : columnsReferringToContacts(c)) {
                    assertThat(rowsNaming(c, column, p.zoe())).as("rows of %s naming Zoé (the fill must cover it)",
                            column).isPositive();
                }
            }

            String text = exportOf(orbit, p.zoe());
            JsonNode json = new ObjectMapper().readTree(text);

            assertThat(json.get("formatVersion").asInt()).isEqualTo(JsonBackup.PERSON_FORMAT_VERSION);
            JsonNode contact = json.get("contact");
            assertThat(contact.get("firstName").asText()).isEqualTo("Zoé");
            assertThat(texts(contact.get("emails"))).containsExactly("zoe@example.fr", "z@work.example");
            assertThat(texts(contact.get("phones"))).containsExactly("+33 6 11 22 33 44");
            assertThat(texts(contact.get("tags"))).containsExactlyInAnyOrder("design", "lyon");
            assertThat(contact.get("birthday").asText()).isEqualTo("1990-11-28");
            assertThat(contact.get("addresses").get(0).get("street").asText()).isEqualTo("3 rue Mercière");
            assertThat(contact.get("addresses").get(0).get("postcode").asText()).isEqualTo("69002");
            assertThat(contact.get("photo").get("mediaType").asText()).isEqualTo("image/png");
            assertThat(contact.get("photo").get("data").binaryValue()).hasSize(7);
            assertThat(contact.get("needs").asText()).isEqualTo("a frontend freelancer");
            assertThat(contact.get("offers").asText()).isEqualTo("kotlin mentoring");
            assertThat(contact.has("introducedBy")).as("no id of another person").isFalse();
            assertThat(json.get("introducedBy").asText()).isEqualTo("Ben Okafor");
            assertThat(texts(json.get("introduced"))).containsExactly("Yann Le Gall");
            assertThat(json.get("snoozedUntil").asText()).isEqualTo(TODAY.plusWeeks(1).toString());

            JsonNode interactions = json.get("interactions");
            assertThat(interactions).hasSize(5);
            assertThat(interactions.get(0).get("summary").asText()).isEqualTo("Portfolio review");
            assertThat(interactions.get(0).get("followUp").get("promise").asText()).isEqualTo("send the deck");
            assertThat(texts(interactions.get(0).get("followUp").get("to"))).containsExactly("Zoé Marchand");
            assertThat(texts(interactions.get(0).get("with"))).isEmpty();
            assertThat(texts(interactions.get(1).get("with"))).containsExactly("Ann Lee");
            assertThat(texts(interactions.get(2).get("with"))).containsExactly("Ben Okafor");
            assertThat(interactions.get(3).get("exchange").asText()).isEqualTo("GAVE");
            assertThat(texts(interactions.get(4).get("with"))).containsExactly("Yann Le Gall");
            JsonNode exchanges = json.get("exchanges");
            assertThat(List.of(exchanges.get("gave").asInt(), exchanges.get("asked").asInt(),
                    exchanges.get("received").asInt())).containsExactly(3, 1, 1);

            JsonNode entries = json.get("planEntries");
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).get("week").asText()).isEqualTo("2026-W47");
            assertThat(entries.get(0).get("status").asText()).isEqualTo("SKIPPED");
            assertThat(entries.get(0).get("skipReason").asText()).isEqualTo("on holiday");
            assertThat(entries.get(1).get("week").asText()).isEqualTo("2026-W48");
            assertThat(entries.get(1).get("status").asText()).isEqualTo("SNOOZED");
            assertThat(entries.get(1).get("snoozeUntil").asText()).isEqualTo(TODAY.plusWeeks(1).toString());
            for (JsonNode e : entries) {
                assertThat(e.get("reason").get("key").asText()).startsWith("plan.reason.");
                assertThat(e.get("reason").get("text").asText()).isNotBlank().doesNotStartWith("plan.reason.");
                assertThat(e.get("gesture").get("text").asText()).contains("Zoé");
                assertThat(e.get("gestureKind").asText()).isNotBlank();
            }

            JsonNode mentions = json.get("mentionedInPlans");
            assertThat(mentions).isNotEmpty().allSatisfy(m -> {
                assertThat(m.get("forPerson").asText()).isIn("Ann Lee", "Ben Okafor", "Yann Le Gall");
                assertThat(m.get("gestureKind").asText()).isEqualTo("INTRODUCE");
                assertThat(m.get("gesture").get("text").asText()).contains("Zoé");
            });
            assertThat(mentions).anySatisfy(m -> assertThat(m.get("forPerson").asText()).isEqualTo("Ann Lee"));

            JsonNode intros = json.get("introductions");
            assertThat(intros).hasSize(2);
            assertThat(intros.get(0).get("with").asText()).isEqualTo("Ben Okafor");
            assertThat(intros.get(0).get("on").asText()).isEqualTo(TODAY.minusDays(210).toString());
            assertThat(intros.get(0).get("interactionOn").asText()).isEqualTo(TODAY.minusDays(210).toString());
            assertThat(intros.get(1).get("with").asText()).isEqualTo("Yann Le Gall");
            JsonNode answered = json.get("suggestionsAnswered");
            assertThat(answered).hasSize(2);
            assertThat(answered.get(0).get("with").asText()).isEqualTo("Ann Lee");
            assertThat(answered.get(0).get("side").asText()).isEqualTo("offers");
            assertThat(answered.get(0).get("verdict").asText()).isEqualTo("LATER");
            assertThat(answered.get(1).get("with").asText()).isEqualTo("Ben Okafor");
            assertThat(answered.get(1).get("side").asText()).isEqualTo("needs");
            assertThat(answered.get(1).get("verdict").asText()).isEqualTo("DECLINED");

            // Others' records stay out: their fields, their ids as participants.
            assertThat(text).doesNotContain("ann@example.com").doesNotContain("Ann's own note")
                    .doesNotContain("participants");
            assertThat(mentions.findValues("gestureReason")).isEmpty();
        }
    }

    @Test
    void erase_everyTableAboutThem_isEmptiedAndOthersKeepTheirLastTouch() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            People p = fill(orbit);
            LocalDate annTouch = orbit.contacts().get(p.ann()).lastTouch();
            LocalDate benTouch = orbit.contacts().get(p.ben()).lastTouch();
            int annInteractions = orbit.interactions().timeline(p.ann()).size();
            int benInteractions = orbit.interactions().timeline(p.ben()).size();

            orbit.personalData().erase(p.zoe());

            try (Connection c = connect(orbit)) {
                List<String> left = new ArrayList<>();
                for (String column : columnsReferringToContacts(c)) {
                    if (rowsNaming(c, column, p.zoe()) > 0) {
                        left.add(column);
                    }
                }
                assertThat(left).as("rows still naming Zoé").isEmpty();
                assertThat(rowsNaming(c, "CONTACT.ID", p.zoe())).isZero();
            }
            assertThat(orbit.contacts().find(p.zoe())).isEmpty();
            assertThat(orbit.contacts().search("zoe", true, 10)).isEmpty();
            assertThat(orbit.contacts().get(p.ann()).lastTouch()).isEqualTo(annTouch);
            assertThat(orbit.contacts().get(p.ben()).lastTouch()).isEqualTo(benTouch);
            assertThat(orbit.interactions().timeline(p.ann())).hasSize(annInteractions)
                    .allSatisfy(i -> assertThat(i.participantIds()).containsExactly(p.ann()));
            assertThat(orbit.interactions().timeline(p.ben())).hasSize(benInteractions)
                    .allSatisfy(i -> assertThat(i.participantIds()).containsExactly(p.ben()));
            assertThat(orbit.contacts().get(p.yann()).introducedById()).isNull();
            assertThat(orbit.contacts().get(p.yann()).lastTouch()).isEqualTo(TODAY.minusDays(200));
            String all = JsonBackupTest.export(orbit);
            assertThat(all).doesNotContain("Zoé").doesNotContain("Portfolio review").doesNotContain("zoe@example.fr");
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
