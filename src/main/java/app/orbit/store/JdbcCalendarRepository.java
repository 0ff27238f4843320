package app.orbit.store;

import app.orbit.domain.CalendarSource;
import app.orbit.service.CalendarRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Calendar sources (each person's, V14) and decided events (everyone's), with plain JDBC. */
public final class JdbcCalendarRepository implements CalendarRepository {

    private final Store db;

    public JdbcCalendarRepository(Store db) {
        this.db = db;
    }

    @Override
    public CalendarSource insert(CalendarSource s, String addedBy) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO calendar_source (location, owner_email, added_at, added_by) VALUES (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, s.location());
                ps.setString(2, s.owner());
                Jdbc.setInstant(ps, 3, s.addedAt());
                ps.setString(4, addedBy);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new CalendarSource(keys.getLong(1), s.location(), s.owner(), s.addedAt());
                }
            }
        });
    }

    @Override
    public List<CalendarSource> sources(String person) {
        return db.withConnection(conn -> {
            List<CalendarSource> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, location, owner_email, added_at "
                    + "FROM calendar_source WHERE added_by = ? OR added_by IS NULL ORDER BY id")) {
                ps.setString(1, person);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new CalendarSource(rs.getLong("id"), rs.getString("location"),
                                rs.getString("owner_email"), Jdbc.getInstant(rs, "added_at")));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean delete(long id) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM calendar_source WHERE id = ?")) {
                ps.setLong(1, id);
                return ps.executeUpdate() > 0;
            }
        });
    }

    @Override
    public Set<String> decided(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return Set.of();
        }
        return db.withConnection(conn -> {
            Set<String> out = new HashSet<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT event_key FROM calendar_event_done WHERE event_key = ANY(?)")) {
                ps.setObject(1, eventKeys.toArray(new String[0]));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public java.util.Map<String, List<Long>> contactsByEmail(Collection<String> emails) {
        return idsByKey("SELECT w.wanted, e.contact_id FROM " + db.dialect().texts("w", "wanted") + " "
                + "JOIN contact_email e ON e.email_key = w.wanted ORDER BY e.contact_id", emails);
    }

    @Override
    public java.util.Map<String, List<Long>> contactsByName(Collection<String> nameKeys) {
        return idsByKey("SELECT w.wanted, c.id FROM " + db.dialect().texts("w", "wanted") + " "
                + "JOIN contact c ON c.sort_name = w.wanted ORDER BY c.id", nameKeys);
    }

    private java.util.Map<String, List<Long>> idsByKey(String sql, Collection<String> keys) {
        java.util.Map<String, List<Long>> out = new java.util.HashMap<>();
        if (keys.isEmpty()) {
            return out;
        }
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setObject(1, new java.util.LinkedHashSet<>(keys).toArray(String[]::new));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        List<Long> ids = out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                        if (!ids.contains(rs.getLong(2))) {
                            ids.add(rs.getLong(2));
                        }
                    }
                }
            }
            return out;
        });
    }

    @Override
    public boolean decide(String eventKey, Outcome outcome, Instant at) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO calendar_event_done (event_key, outcome, decided_at) SELECT ?, ?, ? "
                            + "WHERE NOT EXISTS (SELECT 1 FROM calendar_event_done WHERE event_key = ?)")) {
                ps.setString(1, eventKey);
                ps.setString(2, outcome.name());
                Jdbc.setInstant(ps, 3, at);
                ps.setString(4, eventKey);
                return ps.executeUpdate() > 0;
            }
        });
    }
}
