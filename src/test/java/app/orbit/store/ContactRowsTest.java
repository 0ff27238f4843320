package app.orbit.store;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The contact table's row adapter: its columns are the table's, and a row written reads back whole. */
class ContactRowsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @EachEngine
    void fields_areEveryColumnOfTheTable_butTheOnesOrbitKeepsItself(Store db) {
        List<String> columns = db.withConnection(conn -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE LOWER(table_name) = 'contact' AND LOWER(table_schema) = 'public' ORDER BY column_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            return out;
        });

        // id (identity), last_touch (LastTouch), version (counted by the edit) and H2's row check are not a contact's fields.
        assertThat(columns).containsAll(ContactRows.FIELDS)
                .hasSize(ContactRows.FIELDS.size() + (db.dialect() == Dialect.H2 ? 4 : 3));
    }

    @EachEngine
    void insertThenSelect_givesBackEveryField_andTheSummaryAndTheIndexAgree(Store db) {
        ContactRows rows = new ContactRows(db);
        Contact written = person("Léa", "Martin").circle(Circle.CLOSE).cadenceOverride(20).organisation("Atelier")
                .title("Founder").city("Lyon").howWeMet("A talk").notes("Notes").needs("a designer").offers("Kotlin")
                .profileUrl("https://www.linkedin.com/in/leamartin").middleName("Anne").namePrefix("Dr")
                .nameSuffix("Jr").formattedName("Dr Léa Anne Martin Jr").createdAt(NOW).updatedAt(NOW).build();

        long id = db.inTransaction(() -> db.withConnection(conn -> rows.insert(conn, written)));

        Contact read = db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + ContactRows.SELECT
                    + " FROM contact WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return ContactRows.builder(rs).build();
                }
            }
        });
        assertThat(read).usingRecursiveComparison().ignoringFields("id", "lastTouch").isEqualTo(written);
        assertThat(read.lastTouch()).isEqualTo(written.knownSince());
        assertThat(db.searchIndex().search(List.of("lea"), false, 10)).singleElement()
                .satisfies(s -> assertThat(s.displayName()).isEqualTo("Dr Léa Anne Martin Jr"))
                .isEqualTo(new JdbcContactRepository(db).summaries(List.of(id)).get(0));
    }
}
