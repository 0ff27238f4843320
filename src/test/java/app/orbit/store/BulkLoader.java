package app.orbit.store;

import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads a whole network into the real schema with JDBC batches, for the benchmark: far faster
 * than the services, and it computes exactly what they would (search text, known-since moved back
 * to the earliest interaction, last touch, to whom each promise was made).
 */
public final class BulkLoader {

    private static final int BATCH = 5_000;

    private BulkLoader() {
    }

    public static void load(Database db, List<Contact> contacts, List<Interaction> interactions) {
        try (Connection c = db.connection()) {
            load(c, contacts, interactions);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * The same on a plain connection: also a database at an older schema version (Flyway
     * {@code target}), from V9 on, whose tables hold every column written here.
     */
    public static void load(Connection c, List<Contact> contacts, List<Interaction> interactions) {
        Map<Long, LocalDate> lastTouch = new HashMap<>();
        Map<Long, LocalDate> firstTouch = new HashMap<>();
        for (Interaction in : interactions) {
            for (Long p : in.participantIds()) {
                lastTouch.merge(p, in.date(), (a, b) -> a.isAfter(b) ? a : b);
                firstTouch.merge(p, in.date(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        try {
            c.setAutoCommit(false);
            insertContacts(c, contacts, firstTouch, lastTouch);
            insertInteractions(c, interactions);
            try (Statement st = c.createStatement()) {
                st.execute("ALTER TABLE contact ALTER COLUMN id RESTART WITH " + (contacts.size() + 1));
                st.execute("ALTER TABLE interaction ALTER COLUMN id RESTART WITH " + (interactions.size() + 1));
                st.execute("ANALYZE");
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Rewrites a closed database compactly. One huge load leaves H2's append-only file many times
     * the size of its live data, which a user's database grown over years of use would not be.
     */
    public static void compact(java.nio.file.Path dir) {
        try (Connection c = java.sql.DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    private static void insertContacts(Connection c, List<Contact> contacts, Map<Long, LocalDate> firstTouch,
            Map<Long, LocalDate> lastTouch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (id, first_name, last_name, organisation, "
                + "title, city, birthday_month, birthday_day, birthday_year, needs, offers, circle, cadence_override, "
                + "archived, known_since, last_touch, created_at, updated_at, search_text, sort_name) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement email = c.prepareStatement(
                     "INSERT INTO contact_email (contact_id, position, email, email_key) VALUES (?,?,?,?)");
             PreparedStatement tag = c.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?,?)")) {
            int n = 0;
            for (Contact p : contacts) {
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
                ps.setString(i++, p.needs());
                ps.setString(i++, p.offers());
                ps.setString(i++, p.circle().name());
                Jdbc.setInteger(ps, i++, p.cadenceOverride());
                ps.setBoolean(i++, p.archived());
                LocalDate first = firstTouch.get(p.id());
                LocalDate known = first != null && first.isBefore(p.knownSince()) ? first : p.knownSince();
                ps.setObject(i++, known);
                ps.setObject(i++, lastTouch.getOrDefault(p.id(), known));
                ps.setObject(i++, OffsetDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC));
                ps.setObject(i++, OffsetDateTime.ofInstant(p.updatedAt(), ZoneOffset.UTC));
                ps.setString(i++, ContactRows.searchText(p));
                ps.setString(i, ContactRows.sortName(p.firstName(), p.lastName()));
                ps.addBatch();
                int pos = 0;
                for (String e : p.emails()) {
                    email.setLong(1, p.id());
                    email.setInt(2, pos++);
                    email.setString(3, e);
                    email.setString(4, e.toLowerCase(Locale.ROOT));
                    email.addBatch();
                }
                for (String t : p.tags()) {
                    tag.setLong(1, p.id());
                    tag.setString(2, t);
                    tag.addBatch();
                }
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    email.executeBatch();
                    tag.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            email.executeBatch();
            tag.executeBatch();
        }
    }

    private static void insertInteractions(Connection c, List<Interaction> interactions) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO interaction (id, occurred_on, kind, summary, notes, "
                + "exchange, follow_up_on, follow_up_promise, follow_up_done, created_at, updated_at) "
                + "VALUES (?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement part = c.prepareStatement(
                     "INSERT INTO interaction_participant (interaction_id, contact_id, position) VALUES (?,?,?)");
             PreparedStatement to = c.prepareStatement(
                     "INSERT INTO interaction_promise_to (interaction_id, contact_id) VALUES (?,?)")) {
            int n = 0;
            for (Interaction in : interactions) {
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
                ps.setObject(i++, OffsetDateTime.ofInstant(in.createdAt(), ZoneOffset.UTC));
                ps.setObject(i, OffsetDateTime.ofInstant(in.updatedAt(), ZoneOffset.UTC));
                ps.addBatch();
                int pos = 0;
                for (Long p : in.participantIds()) {
                    part.setLong(1, in.id());
                    part.setLong(2, p);
                    part.setInt(3, pos++);
                    part.addBatch();
                }
                for (Long p : in.followUp() == null ? List.<Long>of() : in.followUp().to()) {
                    to.setLong(1, in.id());
                    to.setLong(2, p);
                    to.addBatch();
                }
                if (++n % BATCH == 0) {
                    ps.executeBatch();
                    part.executeBatch();
                    to.executeBatch();
                    c.commit();
                }
            }
            ps.executeBatch();
            part.executeBatch();
            to.executeBatch();
        }
    }

    /**
     * Experiment for the import benchmark only: gives the contact and interaction identities a
     * larger sequence cache, as a migration would (H2 commits its store every 32 values by default).
     */
    public static void identityCache(Database db, int cache) {
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            st.execute("ALTER TABLE contact ALTER COLUMN id SET CACHE " + cache);
            st.execute("ALTER TABLE interaction ALTER COLUMN id SET CACHE " + cache);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }
}
