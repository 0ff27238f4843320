package app.orbit.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Keeps the denormalised contact.last_touch right, inside the caller's transaction. */
final class LastTouch {

    private LastTouch() {
    }

    /** After an interaction on {@code date} was added: a cheap forward move, no scan. */
    static void advance(Connection conn, Collection<Long> contactIds, LocalDate date) throws SQLException {
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
        try (PreparedStatement ps = conn.prepareStatement("UPDATE contact c SET last_touch = "
                + "COALESCE((SELECT MAX(i.occurred_on) FROM interaction_participant p "
                + "JOIN interaction i ON i.id = p.interaction_id WHERE p.contact_id = c.id AND " + COUNTS + "), "
                + "c.known_since) WHERE c.id = ANY(?)")) {
            for (int from = 0; from < all.size(); from += CHUNK) {
                Jdbc.setIds(ps, 1, all.subList(from, Math.min(all.size(), from + CHUNK)));
                ps.executeUpdate();
            }
        }
    }
}
