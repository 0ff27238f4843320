package app.orbit.store;

import app.orbit.domain.Birthday;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.MatchProfile;
import app.orbit.domain.PendingFollowUp;
import app.orbit.domain.Reciprocity;
import app.orbit.service.NetworkQueries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The plan's read-only queries over contacts and interactions, in H2. */
public final class JdbcNetworkQueries implements NetworkQueries {

    private final Store db;

    public JdbcNetworkQueries(Store db) {
        this.db = db;
    }

    @Override
    public List<PendingFollowUp> followUpsDue(LocalDate from, LocalDate to) {
        return db.withConnection(conn -> {
            List<PendingFollowUp> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT t.contact_id, i.occurred_on, i.follow_up_on, "
                    + "i.follow_up_promise FROM interaction i JOIN interaction_promise_to t ON t.interaction_id = i.id "
                    + "JOIN contact c ON c.id = t.contact_id "
                    + "WHERE i.follow_up_on BETWEEN ? AND ? AND i.follow_up_done = FALSE AND c.archived = FALSE "
                    + "ORDER BY i.follow_up_on, t.contact_id, i.id")) {
                Jdbc.setDate(ps, 1, from);
                Jdbc.setDate(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new PendingFollowUp(rs.getLong(1), Jdbc.getDate(rs, "occurred_on"),
                                Jdbc.getDate(rs, "follow_up_on"), rs.getString(4)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public java.util.Set<Long> touched(Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return java.util.Set.of();
        }
        return db.withConnection(conn -> {
            java.util.Set<Long> out = new java.util.HashSet<>();
            // A one-to-many touch that does not count for them (INNER, CLOSE) does not make them touched.
            // A last touch after known_since can only come from a touch that counts (LastTouch), so
            // the interactions are looked at only for the others, and only until one counts: the
            // Contacts screen asks this of 5,000 people at once (docs/benchmarks.md).
            try (PreparedStatement ps = conn.prepareStatement("SELECT c.id FROM "
                    + db.dialect().ids("w", "wanted") + " JOIN contact c ON c.id = w.wanted "
                    + "WHERE c.last_touch > c.known_since OR EXISTS (SELECT 1 FROM interaction_participant p "
                    + "JOIN interaction i ON i.id = p.interaction_id WHERE p.contact_id = c.id AND "
                    + LastTouch.COUNTS + ")")) {
                Jdbc.setIds(ps, 1, contactIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, Birthday> birthdaysOn(Collection<MonthDay> days) {
        if (days.isEmpty()) {
            return Map.of();
        }
        Integer[] months = days.stream().map(MonthDay::getMonthValue).toArray(Integer[]::new);
        Integer[] dayNumbers = days.stream().map(MonthDay::getDayOfMonth).toArray(Integer[]::new);
        return db.withConnection(conn -> {
            Map<Long, Birthday> out = new HashMap<>();
            // Month and day joined as a table so that contact_birthday_ix is used (an expression on
            // both columns was a scan of every contact).
            try (PreparedStatement ps = conn.prepareStatement("SELECT c.id, c.birthday_month, c.birthday_day, "
                    + "c.birthday_year FROM " + db.dialect().monthDays("w") + " JOIN contact c "
                    + "ON c.birthday_month = w.m AND c.birthday_day = w.d "
                    + "WHERE c.archived = FALSE AND c.circle IN ('INNER', 'CLOSE', 'NETWORK')")) {
                ps.setObject(1, months);
                ps.setObject(2, dayNumbers);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Birthday(MonthDay.of(rs.getInt(2), rs.getInt(3)),
                                Jdbc.getInteger(rs, "birthday_year")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * "offers > ''" rather than "<> ''" (the same rows: '' sorts first) is a range H2 reads from
     * the covering index V18 made for it, without going to the table.
     */
    @Override
    public List<MatchProfile> offerers() {
        return profiles("SELECT id, first_name, last_name, needs, offers, introduced_by, display_name FROM contact "
                + "WHERE archived = FALSE AND offers > '' ORDER BY id");
    }

    @Override
    public List<MatchProfile> needers() {
        return profiles("SELECT id, first_name, last_name, needs, offers, introduced_by, display_name FROM contact "
                + "WHERE archived = FALSE AND needs <> '' ORDER BY id");
    }

    /** Match profiles of the contacts a query selects (id, names, needs, offers, introduced_by). */
    private List<MatchProfile> profiles(String sql) {
        return db.withConnection(conn -> {
            List<MatchProfile> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String written = rs.getString("display_name");
                        out.add(new MatchProfile(rs.getLong(1), written.isEmpty()
                                ? Contact.displayName(rs.getString(2), rs.getString(3)) : written,
                                rs.getString(4), rs.getString(5), Jdbc.getLong(rs, "introduced_by"), false));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Map<Long, Reciprocity> reciprocity(Collection<Long> contactIds, LocalDate since) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        return db.withConnection(conn -> {
            Map<Long, int[]> counts = new HashMap<>();
            // Joined as a table, not "p.contact_id = ANY(?)": with the plan's few hundred ids H2 tested
            // the array row by row, half of the time of opening a stored plan at 30k.
            try (PreparedStatement ps = conn.prepareStatement("SELECT p.contact_id, i.exchange, COUNT(*), "
                    + "COUNT(CASE WHEN i.occurred_on >= ? THEN 1 END) FROM " + db.dialect().ids("w", "wanted") + " "
                    + "JOIN interaction_participant p ON p.contact_id = w.wanted "
                    + "JOIN interaction i ON i.id = p.interaction_id "
                    + "WHERE i.exchange <> 'NONE' GROUP BY p.contact_id, i.exchange")) {
                Jdbc.setDate(ps, 1, since);
                Jdbc.setIds(ps, 2, contactIds);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int[] c = counts.computeIfAbsent(rs.getLong(1), k -> new int[6]);
                        int slot = switch (Exchange.valueOf(rs.getString(2))) {
                            case GAVE -> 0;
                            case ASKED -> 1;
                            default -> 2;
                        };
                        c[slot] = rs.getInt(4);
                        c[slot + 3] = rs.getInt(3);
                    }
                }
            }
            Map<Long, Reciprocity> out = new HashMap<>();
            counts.forEach((id, c) -> out.put(id, new Reciprocity(c[0], c[1], c[2], c[3], c[4], c[5])));
            return out;
        });
    }
}
