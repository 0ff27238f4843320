package app.orbit.store;

import app.orbit.domain.Gesture;
import app.orbit.domain.GestureKind;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.PlanProgress;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.WeekPlan;
import app.orbit.domain.WeekSummary;
import app.orbit.service.NotFoundException;
import app.orbit.service.PlanRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Weekly plans (one a week per owner), their entries and snoozes, with plain JDBC. */
public final class JdbcPlanRepository implements PlanRepository {

    private static final String ENTRY_COLUMNS = "id, contact_id, position, time_bound, priority, reason_key, "
            + "reason_args, gesture_kind, gesture_key, gesture_args, gesture_reason_key, gesture_reason_args, "
            + "other_contact_id, status, snooze_until, skip_reason";

    private static final String PLAN_COLUMNS = "id, week_year, week_number, generated_on, owner, generated_by";
    private static final List<String> INSERTED = List.of("week_year", "week_number", "owner", "generated_on",
            "generated_by");

    private final Store db;

    public JdbcPlanRepository(Store db) {
        this.db = db;
    }

    @Override
    public Optional<WeekPlan> find(IsoWeek week, String owner) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + PLAN_COLUMNS
                    + " FROM plan WHERE week_year = ? AND week_number = ? AND owner = ?")) {
                ps.setInt(1, week.year());
                ps.setInt(2, week.week());
                ps.setString(3, ownerKey(owner));
                List<WeekPlan> found = readPlans(conn, ps);
                return found.isEmpty() ? Optional.<WeekPlan>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<WeekPlan> findAll(IsoWeek week) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + PLAN_COLUMNS
                    + " FROM plan WHERE week_year = ? AND week_number = ? ORDER BY owner")) {
                ps.setInt(1, week.year());
                ps.setInt(2, week.week());
                return readPlans(conn, ps);
            }
        });
    }

    @Override
    public List<WeekPlan> all() {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + PLAN_COLUMNS
                    + " FROM plan ORDER BY week_year, week_number, owner")) {
                return readPlans(conn, ps);
            }
        });
    }

    /** "Our plan" is stored under the empty owner, which a unique key compares, unlike NULL. */
    private static String ownerKey(String owner) {
        return owner == null ? WeekPlan.OURS : owner.strip();
    }

    private static List<WeekPlan> readPlans(Connection conn, PreparedStatement ps) throws SQLException {
        List<WeekPlan> heads = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                heads.add(new WeekPlan(rs.getLong("id"), new IsoWeek(rs.getInt("week_year"), rs.getInt("week_number")),
                        Jdbc.getDate(rs, "generated_on"), List.of(), rs.getString("owner"),
                        rs.getString("generated_by")));
            }
        }
        List<WeekPlan> out = new ArrayList<>(heads.size());
        for (WeekPlan h : heads) {
            out.add(new WeekPlan(h.id(), h.week(), h.generatedOn(), entries(conn, h.id()), h.owner(), h.generatedBy()));
        }
        return out;
    }

    private static List<PlanEntry> entries(Connection conn, long planId) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT " + ENTRY_COLUMNS + " FROM plan_entry WHERE plan_id = ? ORDER BY position, id")) {
            ps.setLong(1, planId);
            return readEntries(ps);
        }
    }

    @Override
    public WeekPlan create(IsoWeek week, String owner, LocalDate generatedOn, String generatedBy) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO plan (" + String.join(", ", INSERTED)
                    + ") VALUES (?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                bindPlan(ps, week, owner, generatedOn, generatedBy);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return new WeekPlan(keys.getLong(1), week, generatedOn, List.of(), ownerKey(owner), generatedBy);
                }
            }
        });
    }

    @Override
    public Optional<WeekPlan> createUnlessTaken(IsoWeek week, String owner, LocalDate generatedOn,
            String generatedBy) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(db.dialect().insertUnlessTaken("plan",
                    List.of("week_year", "week_number", "owner"), INSERTED), Statement.RETURN_GENERATED_KEYS)) {
                bindPlan(ps, week, owner, generatedOn, generatedBy);
                if (ps.executeUpdate() == 0) {
                    return Optional.<WeekPlan>empty();
                }
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return Optional.of(new WeekPlan(keys.getLong(1), week, generatedOn, List.of(), ownerKey(owner),
                            generatedBy));
                }
            }
        });
    }

    private static void bindPlan(PreparedStatement ps, IsoWeek week, String owner, LocalDate generatedOn,
            String generatedBy) throws SQLException {
        ps.setInt(1, week.year());
        ps.setInt(2, week.week());
        ps.setString(3, ownerKey(owner));
        Jdbc.setDate(ps, 4, generatedOn);
        ps.setString(5, generatedBy);
    }

    @Override
    public List<PlanEntry> addEntries(long planId, List<PlanEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> {
            List<PlanEntry> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO plan_entry (plan_id, contact_id, position, "
                    + "time_bound, priority, reason_key, reason_args, gesture_kind, gesture_key, gesture_args, "
                    + "gesture_reason_key, gesture_reason_args, other_contact_id, status, snooze_until, skip_reason) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (PlanEntry e : entries) {
                    int i = 1;
                    ps.setLong(i++, planId);
                    ps.setLong(i++, e.contactId());
                    ps.setInt(i++, e.position());
                    ps.setBoolean(i++, e.timeBound());
                    ps.setDouble(i++, e.priority());
                    ps.setString(i++, e.reason().key());
                    ps.setString(i++, PhraseCodec.encode(e.reason().args()));
                    Gesture g = e.gesture();
                    ps.setString(i++, g.kind().name());
                    ps.setString(i++, g.sentence().key());
                    ps.setString(i++, PhraseCodec.encode(g.sentence().args()));
                    ps.setString(i++, g.reason().key());
                    ps.setString(i++, PhraseCodec.encode(g.reason().args()));
                    Jdbc.setLong(ps, i++, g.otherContactId());
                    ps.setString(i++, e.status().name());
                    Jdbc.setDate(ps, i++, e.snoozeUntil());
                    ps.setString(i, e.skipReason());
                    ps.executeUpdate();
                    try (ResultSet keys = ps.getGeneratedKeys()) {
                        keys.next();
                        out.add(e.withId(keys.getLong(1)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Optional<PlanEntry> findEntry(long entryId) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + ENTRY_COLUMNS + " FROM plan_entry WHERE id = ?")) {
                ps.setLong(1, entryId);
                List<PlanEntry> found = readEntries(ps);
                return found.isEmpty() ? Optional.<PlanEntry>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public PlanEntry updateEntry(PlanEntry entry) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "UPDATE plan_entry SET status = ?, snooze_until = ?, skip_reason = ? WHERE id = ?")) {
                ps.setString(1, entry.status().name());
                Jdbc.setDate(ps, 2, entry.snoozeUntil());
                ps.setString(3, entry.skipReason());
                ps.setLong(4, entry.id());
                if (ps.executeUpdate() == 0) {
                    throw new NotFoundException("planEntry", entry.id());
                }
                return entry;
            }
        });
    }

    @Override
    public int markDone(IsoWeek week, Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return 0;
        }
        return db.withConnection(conn -> {
            // A person skipped this week and met all the same is done, no longer skipped.
            try (PreparedStatement ps = conn.prepareStatement("UPDATE plan_entry SET status = 'DONE', "
                    + "skip_reason = '' WHERE status IN ('OPEN', 'SKIPPED') AND contact_id = ANY(?) AND plan_id IN "
                    + "(SELECT id FROM plan WHERE week_year = ? AND week_number = ?)")) {
                Jdbc.setIds(ps, 1, contactIds);
                ps.setInt(2, week.year());
                ps.setInt(3, week.week());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int reopenUncovered(IsoWeek week, Collection<Long> contactIds) {
        if (contactIds.isEmpty()) {
            return 0;
        }
        return db.withConnection(conn -> {
            // Covered only by a touch that counts for them: a newsletter does not cover an INNER person.
            try (PreparedStatement ps = conn.prepareStatement("UPDATE plan_entry e SET status = 'OPEN' "
                    + "WHERE e.status = 'DONE' AND e.contact_id = ANY(?) AND e.plan_id IN "
                    + "(SELECT id FROM plan WHERE week_year = ? AND week_number = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM interaction_participant p JOIN interaction i "
                    + "ON i.id = p.interaction_id JOIN contact c ON c.id = p.contact_id "
                    + "WHERE p.contact_id = e.contact_id AND i.occurred_on BETWEEN ? AND ? AND " + LastTouch.COUNTS
                    + ")")) {
                Jdbc.setIds(ps, 1, contactIds);
                ps.setInt(2, week.year());
                ps.setInt(3, week.week());
                Jdbc.setDate(ps, 4, week.monday());
                Jdbc.setDate(ps, 5, week.sunday());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public int reopenSnoozed(long planId, LocalDate today) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("UPDATE plan_entry SET status = 'OPEN', "
                    + "snooze_until = NULL WHERE plan_id = ? AND status = 'SNOOZED' AND snooze_until <= ?")) {
                ps.setLong(1, planId);
                Jdbc.setDate(ps, 2, today);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<WeekSummary> history(IsoWeek before, String owner, int limit) {
        return db.withConnection(conn -> {
            List<WeekSummary> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT p.week_year, p.week_number, "
                    + "COUNT(CASE WHEN e.status = 'OPEN' THEN 1 END), COUNT(CASE WHEN e.status = 'DONE' THEN 1 END), "
                    + "COUNT(CASE WHEN e.status = 'SKIPPED' THEN 1 END), "
                    + "COUNT(CASE WHEN e.status = 'SNOOZED' THEN 1 END) "
                    + "FROM plan p LEFT JOIN plan_entry e ON e.plan_id = p.id "
                    + "WHERE p.owner = ? AND (p.week_year < ? OR (p.week_year = ? AND p.week_number < ?)) "
                    + "GROUP BY p.id, p.week_year, p.week_number "
                    + "ORDER BY p.week_year DESC, p.week_number DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setString(1, ownerKey(owner));
                ps.setInt(2, before.year());
                ps.setInt(3, before.year());
                ps.setInt(4, before.week());
                ps.setInt(5, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new WeekSummary(new IsoWeek(rs.getInt(1), rs.getInt(2)),
                                new PlanProgress(rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6))));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public void snooze(long contactId, LocalDate until) {
        db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    db.dialect().upsert("contact_snooze", List.of("contact_id"), List.of("contact_id", "snoozed_until")))) {
                ps.setLong(1, contactId);
                Jdbc.setDate(ps, 2, until);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void unsnooze(long contactId) {
        db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM contact_snooze WHERE contact_id = ?")) {
                ps.setLong(1, contactId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public java.util.Map<Long, LocalDate> snoozes() {
        return db.withConnection(conn -> {
            java.util.Map<Long, LocalDate> out = new java.util.TreeMap<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT contact_id, snoozed_until FROM contact_snooze ORDER BY contact_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getLong(1), Jdbc.getDate(rs, "snoozed_until"));
                }
            }
            return out;
        });
    }

    @Override
    public int removeMentions(long contactId) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM plan_entry WHERE other_contact_id = ?")) {
                ps.setLong(1, contactId);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<WeekEntry> entriesAbout(long contactId) {
        return db.withConnection(conn -> {
            List<WeekEntry> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT p.week_year, p.week_number, p.id AS plan_id "
                    + "FROM plan p WHERE EXISTS (SELECT 1 FROM plan_entry e WHERE e.plan_id = p.id "
                    + "AND (e.contact_id = ? OR e.other_contact_id = ?)) ORDER BY p.week_year, p.week_number, p.owner")) {
                ps.setLong(1, contactId);
                ps.setLong(2, contactId);
                List<long[]> plans = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plans.add(new long[] {rs.getInt(1), rs.getInt(2), rs.getLong(3)});
                    }
                }
                for (long[] p : plans) {
                    IsoWeek week = new IsoWeek((int) p[0], (int) p[1]);
                    try (PreparedStatement entries = conn.prepareStatement("SELECT " + ENTRY_COLUMNS
                            + " FROM plan_entry WHERE plan_id = ? AND (contact_id = ? OR other_contact_id = ?) "
                            + "ORDER BY position, id")) {
                        entries.setLong(1, p[2]);
                        entries.setLong(2, contactId);
                        entries.setLong(3, contactId);
                        readEntries(entries).forEach(e -> out.add(new WeekEntry(week, e)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public Set<Long> snoozedOn(LocalDate day) {
        return db.withConnection(conn -> {
            Set<Long> out = new HashSet<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT contact_id FROM contact_snooze WHERE snoozed_until > ?")) {
                Jdbc.setDate(ps, 1, day);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    private static List<PlanEntry> readEntries(PreparedStatement ps) throws SQLException {
        List<PlanEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Gesture g = new Gesture(GestureKind.valueOf(rs.getString("gesture_kind")),
                        PhraseCodec.decode(rs.getString("gesture_key"), rs.getString("gesture_args")),
                        PhraseCodec.decode(rs.getString("gesture_reason_key"), rs.getString("gesture_reason_args")),
                        Jdbc.getLong(rs, "other_contact_id"));
                out.add(new PlanEntry(rs.getLong("id"), rs.getLong("contact_id"), rs.getInt("position"),
                        rs.getBoolean("time_bound"), rs.getDouble("priority"),
                        PhraseCodec.decode(rs.getString("reason_key"), rs.getString("reason_args")), g,
                        PlanStatus.valueOf(rs.getString("status")), Jdbc.getDate(rs, "snooze_until"),
                        rs.getString("skip_reason")));
            }
        }
        return out;
    }
}
