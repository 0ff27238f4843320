package app.orbit.store;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Text;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The contact table's row adapter, as AB3's {@code JsonAdaptedPerson} is its file's: the one place
 * that knows the columns, binds a {@link Contact} to them and maps them back, to a whole contact or
 * to the {@link ContactSummary} that lists and the search index read. It is also the one writer
 * of contact rows and of their last touch, so it alone tells the search index what changed: a
 * repository cannot forget to.
 */
final class ContactRows {

    /** The columns of a contact's own fields, in the order {@link #bind} sets them. */
    static final List<String> FIELDS = List.of("first_name", "last_name", "organisation", "title", "city",
            "birthday_month", "birthday_day", "birthday_year", "how_we_met", "introduced_by", "notes", "needs",
            "offers", "circle", "cadence_override", "archived", "known_since", "created_at", "updated_at",
            "search_text", "sort_name", "profile_url", "profile_key", "display_name", "middle_name", "name_prefix",
            "name_suffix");
    /** A new contact: its fields, and a last touch that is its known-since until an interaction says otherwise. */
    static final String INSERT = "INSERT INTO contact (" + String.join(", ", FIELDS) + ", last_touch) VALUES ("
            + "?,".repeat(FIELDS.size()) + "?)";
    /** The same with the id given: a fill numbers its rows itself ({@link Store#keysAhead}). */
    static final String INSERT_NUMBERED = "INSERT INTO contact (id, " + String.join(", ", FIELDS)
            + ", last_touch) VALUES (" + "?,".repeat(FIELDS.size() + 1) + "?)";
    /** An edit, only from the version it was read at (decision 0015). */
    static final String UPDATE = "UPDATE contact SET " + FIELDS.stream().map(c -> c + " = ?")
            .collect(Collectors.joining(", ")) + ", version = version + 1 WHERE id = ? AND version = ?";
    /** Everything {@link #builder} reads. */
    static final String SELECT = "id, " + String.join(", ", FIELDS) + ", last_touch, version";
    /** Everything {@link #summary} reads. */
    static final String SUMMARY = "id, first_name, last_name, organisation, title, circle, cadence_override, archived, "
            + "last_touch, display_name";
    /** A summary and the texts the search index keeps beside it. */
    static final String INDEXED = SUMMARY + ", search_text, sort_name";

    private final Store db;

    ContactRows(Store db) {
        this.db = db;
    }

    /** Binds a contact's fields from parameter 1 in {@link #FIELDS} order; returns the next parameter. */
    static int bind(PreparedStatement ps, Contact c) throws SQLException {
        return bind(ps, c, 1);
    }

    /** The same from parameter {@code from}. */
    private static int bind(PreparedStatement ps, Contact c, int from) throws SQLException {
        int i = from;
        ps.setString(i++, c.firstName());
        ps.setString(i++, c.lastName());
        ps.setString(i++, c.organisation());
        ps.setString(i++, c.title());
        ps.setString(i++, c.city());
        Birthday b = c.birthday();
        Jdbc.setInteger(ps, i++, b == null ? null : b.monthDay().getMonthValue());
        Jdbc.setInteger(ps, i++, b == null ? null : b.monthDay().getDayOfMonth());
        Jdbc.setInteger(ps, i++, b == null ? null : b.year());
        ps.setString(i++, c.howWeMet());
        Jdbc.setLong(ps, i++, c.introducedById());
        ps.setString(i++, c.notes());
        ps.setString(i++, c.needs());
        ps.setString(i++, c.offers());
        ps.setString(i++, c.circle().name());
        Jdbc.setInteger(ps, i++, c.cadenceOverride());
        ps.setBoolean(i++, c.archived());
        Jdbc.setDate(ps, i++, c.knownSince());
        Jdbc.setInstant(ps, i++, c.createdAt());
        Jdbc.setInstant(ps, i++, c.updatedAt());
        ps.setString(i++, searchText(c));
        ps.setString(i++, sortName(c));
        ps.setString(i++, c.profileUrl());
        ps.setString(i++, Contact.profileKey(c.profileUrl()));
        ps.setString(i++, c.formattedName());
        ps.setString(i++, c.middleName());
        ps.setString(i++, c.namePrefix());
        ps.setString(i++, c.nameSuffix());
        return i;
    }

    /** Binds {@link #INSERT}: the fields, then the first last touch. */
    static void bindInsert(PreparedStatement ps, Contact c) throws SQLException {
        Jdbc.setDate(ps, bind(ps, c), c.knownSince());
    }

    /**
     * The same, with the last touch the contact comes with when it has one: an import that also
     * brings a new person's interactions works it out (ImportService).
     */
    private static void bindImported(PreparedStatement ps, Contact c, int from) throws SQLException {
        Jdbc.setDate(ps, bind(ps, c, from), c.lastTouch() != null ? c.lastTouch() : c.knownSince());
    }

    /** A contact read with {@link #SELECT}, without its emails, phones, tags, addresses and picture. */
    static Contact.Builder builder(ResultSet rs) throws SQLException {
        Integer month = Jdbc.getInteger(rs, "birthday_month");
        Integer day = Jdbc.getInteger(rs, "birthday_day");
        Birthday birthday = month == null || day == null ? null
                : new Birthday(MonthDay.of(month, day), Jdbc.getInteger(rs, "birthday_year"));
        return Contact.builder()
                .id(rs.getLong("id"))
                .firstName(rs.getString("first_name"))
                .lastName(rs.getString("last_name"))
                .organisation(rs.getString("organisation"))
                .title(rs.getString("title"))
                .city(rs.getString("city"))
                .birthday(birthday)
                .howWeMet(rs.getString("how_we_met"))
                .introducedById(Jdbc.getLong(rs, "introduced_by"))
                .notes(rs.getString("notes"))
                .needs(rs.getString("needs"))
                .offers(rs.getString("offers"))
                .profileUrl(rs.getString("profile_url"))
                .formattedName(rs.getString("display_name"))
                .middleName(rs.getString("middle_name"))
                .namePrefix(rs.getString("name_prefix"))
                .nameSuffix(rs.getString("name_suffix"))
                .circle(Circle.valueOf(rs.getString("circle")))
                .cadenceOverride(Jdbc.getInteger(rs, "cadence_override"))
                .archived(rs.getBoolean("archived"))
                .knownSince(Jdbc.getDate(rs, "known_since"))
                .lastTouch(Jdbc.getDate(rs, "last_touch"))
                .createdAt(Jdbc.getInstant(rs, "created_at"))
                .updatedAt(Jdbc.getInstant(rs, "updated_at"))
                .version(rs.getLong("version"));
    }

    /** The summary of the row read with {@link #SUMMARY} or {@link #INDEXED}, its columns 1 to 10. */
    static ContactSummary summary(ResultSet rs) throws SQLException {
        return new ContactSummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Circle.valueOf(rs.getString(6)), Jdbc.getInteger(rs, "cadence_override"), rs.getBoolean(8),
                Jdbc.getDate(rs, "last_touch"), rs.getString(10));
    }

    /** Runs a query of {@link #SUMMARY} columns and maps every row. */
    static List<ContactSummary> summaries(PreparedStatement ps) throws SQLException {
        List<ContactSummary> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(summary(rs));
            }
        }
        return out;
    }

    /** The folded text that search looks in: names, organisation, title, city, emails, tags. */
    static String searchText(Contact c) {
        StringBuilder sb = new StringBuilder();
        sb.append(c.firstName()).append(' ').append(c.lastName()).append(' ').append(c.formattedName()).append(' ')
                .append(c.middleName()).append(' ').append(c.organisation()).append(' ')
                .append(c.title()).append(' ').append(c.city());
        c.emails().forEach(e -> sb.append(' ').append(e));
        c.tags().forEach(t -> sb.append(" #").append(t));
        String folded = " " + Text.fold(sb.toString()) + " ";
        return folded.length() > 8000 ? folded.substring(0, 8000) : folded;
    }

    static String sortName(String first, String last) {
        String s = Text.fold(Contact.displayName(first, last));
        return s.length() > 400 ? s.substring(0, 400) : s;
    }

    /** The folded name as shown: the name as written when there is one. */
    static String sortName(Contact c) {
        String s = c.nameKey();
        return s.length() > 400 ? s.substring(0, 400) : s;
    }

    // Writes. Each one ends in written(ids): the only place the search index hears of a change.

    /** Inserts a contact's row (not its emails, phones, tags, addresses, picture); returns its id. */
    long insert(Connection conn, Contact c) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bindInsert(ps, c);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                long id = keys.getLong(1);
                written(List.of(id));
                return id;
            }
        }
    }

    /** Inserts contacts' rows in batches of {@link JdbcContactRepository#BATCH}; returns their ids in order. */
    List<Long> insertAll(Connection conn, List<Contact> all) throws SQLException {
        List<Long> ids = Jdbc.insertAll(conn, all, db.keysAhead(conn, "contact", all.size()), INSERT, INSERT_NUMBERED,
                ContactRows::bindImported);
        written(ids);
        return ids;
    }

    /** Sets who introduced whom (contact id to introducer id) among contacts just inserted; nothing else changes. */
    void linkIntroducers(Connection conn, java.util.Map<Long, Long> introducerOf) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("UPDATE contact SET introduced_by = ? WHERE id = ?")) {
            for (java.util.Map.Entry<Long, Long> e : introducerOf.entrySet()) {
                ps.setLong(1, e.getValue());
                ps.setLong(2, e.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        written(introducerOf.keySet());
    }

    /** Saves an edited contact's row; false when it is gone or was saved since its version was read. */
    boolean update(Connection conn, Contact c) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(UPDATE)) {
            int i = bind(ps, c);
            ps.setLong(i++, c.id());
            ps.setLong(i, c.version());
            if (ps.executeUpdate() == 0) {
                return false;
            }
        }
        written(List.of(c.id()));
        return true;
    }

    /** Deletes a contact's row (its children follow by cascade); false when there was none. */
    boolean delete(Connection conn, long id) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("DELETE FROM contact WHERE id = ?")) {
            ps.setLong(1, id);
            boolean deleted = ps.executeUpdate() > 0;
            written(List.of(id));
            return deleted;
        }
    }

    /** Binds one contact's parameters of a statement run once per id. */
    interface PerId {
        void bind(PreparedStatement ps, long id) throws SQLException;
    }

    /** Runs an UPDATE of contact rows once per id, in batches; returns the ids it found no row for. */
    List<Long> updateEach(Connection conn, String sql, List<Long> ids, PerId binder) throws SQLException {
        List<Long> missing = new ArrayList<>();
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int from = 0; from < ids.size(); from += JdbcContactRepository.BATCH) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + JdbcContactRepository.BATCH));
                for (long id : chunk) {
                    binder.bind(ps, id);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                for (int k = 0; k < counts.length; k++) {
                    if (counts[k] == 0) {
                        missing.add(chunk.get(k));
                    }
                }
            }
        }
        written(ids);
        return missing;
    }

    /** A new interaction on {@code date} with these contacts: see {@link LastTouch#advance}. */
    void advance(Connection conn, Collection<Long> ids, LocalDate date) throws SQLException {
        LastTouch.advance(conn, ids, date);
        written(ids);
    }

    /** A new one-to-many touch: see {@link LastTouch#advanceToMany}; {@code participants} are its people. */
    void advanceToMany(Connection conn, long interactionId, LocalDate date, Collection<Long> participants)
            throws SQLException {
        LastTouch.advanceToMany(conn, interactionId, date);
        written(participants);
    }

    /** See {@link LastTouch#recompute}. */
    void recompute(Connection conn, Collection<Long> ids) throws SQLException {
        LastTouch.recompute(conn, ids);
        written(ids);
    }

    /** See {@link LastTouch#meetEarlier}; known-since is not in the index, but a last touch resting on it is. */
    int meetEarlier(Connection conn, Map<Long, LocalDate> earliest) throws SQLException {
        int moved = LastTouch.meetEarlier(conn, earliest);
        if (moved > 0) {
            written(earliest.keySet());
        }
        return moved;
    }

    private void written(Collection<Long> ids) {
        db.searchIndex().changed(ids);
    }
}
