package app.orbit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the denormalised contact.last_touch right, inside the caller's transaction: the latest
 * interaction's date, known_since only when there is none. Known_since is never after a
 * contact's earliest interaction: an interaction dated before it moves it back
 * (docs/decisions/0008-last-touch-and-known-since.md).
 */
final class LastTouch {

    private LastTouch() {
    }

    /** After an interaction on {@code date} was added: a cheap forward move, no scan. */
    static void advance(Connection conn, Collection<Long> contactIds, LocalDate date) throws SQLException {
        Map<Long, LocalDate> met = new HashMap<>();
        contactIds.forEach(id -> met.put(id, date));
        if (meetEarlier(conn, met) > 0) {
            // Known since after this interaction: their last touch may have been known_since, with
            // nothing logged; read it again from their own interactions (indexed, rare).
            recompute(conn, contactIds);
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE contact SET last_touch = ? WHERE id = ANY(?) AND last_touch < ?")) {
            Jdbc.setDate(ps, 1, date);
            Jdbc.setIds(ps, 2, contactIds);
            Jdbc.setDate(ps, 3, date);
            ps.executeUpdate();
        }
    }

    /** Ids per recompute statement: H2's "= ANY(?)" slows down more than linearly with a large array. */
    private static final int CHUNK = 1_000;

    /** From this many contacts on, every contact's last touch is checked in one statement. */
    private static final int WHOLE_TABLE = 5_000;
    /** The latest interaction's date, or known_since when there is none (decision 0008). */
    private static final String LATEST = "COALESCE((SELECT MAX(i.occurred_on) "
            + "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
            + "WHERE p.contact_id = c.id AND " + LastTouch.COUNTS + "), c.known_since)";

    /**
     * Moves each contact's known_since back to the given date when it was later (they met
     * earlier than known); returns how many moved. A batch of primary-key updates.
     */
    static int meetEarlier(Connection conn, Map<Long, LocalDate> earliest) throws SQLException {
        if (earliest.isEmpty()) {
            return 0;
        }
        int moved = 0;
        try (PreparedStatement ps = conn.prepareStatement(
                "UPDATE contact SET known_since = ? WHERE id = ? AND known_since > ?")) {
            int pending = 0;
            for (Map.Entry<Long, LocalDate> e : earliest.entrySet()) {
                Jdbc.setDate(ps, 1, e.getValue());
                ps.setLong(2, e.getKey());
                Jdbc.setDate(ps, 3, e.getValue());
                ps.addBatch();
                if (++pending == CHUNK) {
                    moved += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                moved += sum(ps.executeBatch());
            }
        }
        return moved;
    }

    /** The earliest interaction's date, whatever its kind. */
    private static final String EARLIEST = "(SELECT MIN(i.occurred_on) FROM interaction_participant p "
            + "JOIN interaction i ON i.id = p.interaction_id WHERE p.contact_id = c.id)";

    /**
     * Moves each contact's known_since back to its earliest stored interaction when that is
     * earlier; after interactions were stored without it ({@code insertAllLeavingLastTouch}).
     */
    static void knownSinceFromInteractions(Connection conn, Collection<Long> contactIds) throws SQLException {
        if (contactIds.isEmpty()) {
            return;
        }
        List<Long> all = new ArrayList<>(contactIds);
        String set = "UPDATE contact c SET known_since = " + EARLIEST + " WHERE c.known_since > " + EARLIEST;
        if (all.size() >= WHOLE_TABLE) {
            try (PreparedStatement ps = conn.prepareStatement(set)) {
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(set + " AND c.id = ANY(?)")) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                Jdbc.setIds(ps, 1, all.subList(from, Math.min(all.size(), from + CHUNK)));
                ps.executeUpdate();
            }
        }
    }

    private static int sum(int[] counts) {
        int n = 0;
        for (int c : counts) {
            n += Math.max(0, c);
        }
        return n;
    }

    /**
     * Whether a one-to-many touch counts for contact {@code c}: outside INNER and CLOSE only. The
     * same rule as {@code Audience.countsFor} (LastTouchRuleTest checks that they agree).
     */
    static final String TO_MANY_COUNTS = "c.circle NOT IN ('INNER', 'CLOSE')";

    /** Whether interaction {@code i} counts as a touch for contact {@code c} (decision 0010). */
    static final String COUNTS = "(i.one_to_many = FALSE OR " + TO_MANY_COUNTS + ")";

    /**
     * After a one-to-many touch on {@code date} was added: the same forward move as {@link #advance},
     * in one statement over its participant rows, for those it counts for. A MERGE walks the
     * participant rows and finds each contact by its key; "UPDATE ... WHERE id IN (SELECT ...)"
     * ran the subquery again for every contact (minutes for 5,000 people).
     */
    static void advanceToMany(Connection conn, long interactionId, LocalDate date) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("MERGE INTO contact c USING (SELECT p.contact_id "
                + "FROM interaction_participant p WHERE p.interaction_id = ?) s ON c.id = s.contact_id "
                + "WHEN MATCHED AND c.last_touch < ? AND " + TO_MANY_COUNTS + " THEN UPDATE SET last_touch = ?")) {
            ps.setLong(1, interactionId);
            Jdbc.setDate(ps, 2, date);
            Jdbc.setDate(ps, 3, date);
            ps.executeUpdate();
        }
    }

    /**
     * After an edit or delete, or a change of circle: the latest interaction that counts for the
     * contact, or known_since when there is none.
     */
    static void recompute(Connection conn, Collection<Long> contactIds) throws SQLException {
        if (contactIds.isEmpty()) {
            return;
        }
        List<Long> all = new ArrayList<>(contactIds);
        if (all.size() >= WHOLE_TABLE) {
            // An import's worth: one pass over the table beats thousands of array tests.
            try (PreparedStatement ps = conn.prepareStatement("UPDATE contact c SET last_touch = " + LATEST
                    + " WHERE c.last_touch IS DISTINCT FROM " + LATEST)) {
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement("UPDATE contact c SET last_touch = " + LATEST
                + " WHERE c.id = ANY(?)")) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                Jdbc.setIds(ps, 1, all.subList(from, Math.min(all.size(), from + CHUNK)));
                ps.executeUpdate();
            }
        }
    }
}
