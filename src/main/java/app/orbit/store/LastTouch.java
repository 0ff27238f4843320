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

    /** From this many contacts on, every contact's last touch is checked in one statement. */
    private static final int WHOLE_TABLE = 5_000;
    private static final String LATEST = "GREATEST(c.known_since, COALESCE((SELECT MAX(i.occurred_on) "
            + "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
            + "WHERE p.contact_id = c.id), c.known_since))";

    /** After an edit or delete: the latest interaction's date, or known_since when later or alone. */
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
