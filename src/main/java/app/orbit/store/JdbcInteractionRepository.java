package app.orbit.store;

import app.orbit.domain.Audience;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.InteractionRepository;
import app.orbit.service.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Interactions in H2, with plain JDBC; every write keeps its participants' last touch right. */
public final class JdbcInteractionRepository implements InteractionRepository {

    private static final String COLUMNS = "id, occurred_on, kind, summary, notes, exchange, follow_up_on, "
            + "follow_up_promise, follow_up_done, created_at, updated_at, one_to_many, audience_kind, audience_name, "
            + "audience_size, logged_by";
    private static final String INSERT = "INSERT INTO interaction (occurred_on, kind, summary, notes, exchange, "
            + "follow_up_on, follow_up_promise, follow_up_done, created_at, updated_at, one_to_many, audience_kind, "
            + "audience_name, audience_size, logged_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    /** The same with the id given: a fill numbers its rows itself ({@link Store#keysAhead}). */
    private static final String INSERT_NUMBERED = INSERT.replace("INSERT INTO interaction (",
            "INSERT INTO interaction (id, ").replace("VALUES (", "VALUES (?,");

    private final Store db;
    /** Every write of a last touch goes through the contact rows' adapter, which tells the search index. */
    private final ContactRows contacts;

    public JdbcInteractionRepository(Store db) {
        this.db = db;
        this.contacts = new ContactRows(db);
    }

    @Override
    public Interaction insert(Interaction in) {
        return db.withConnection(conn -> {
            long id;
            try (PreparedStatement ps = conn.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, in);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            writeParticipants(conn, id, in.participantIds());
            writeRecipients(conn, id, in.followUp());
            if (in.isOneToMany()) {
                contacts.advanceToMany(conn, id, in.date(), in.participantIds());
            } else {
                contacts.advance(conn, in.participantIds(), in.date());
            }
            return in.withId(id);
        });
    }

    @Override
    public List<Long> insertAll(List<Interaction> all) {
        return insertAll(all, true);
    }

    @Override
    public List<Long> insertAllLeavingLastTouch(List<Interaction> all) {
        return insertAll(all, false);
    }

    @Override
    public void settleAfterImport(java.util.Collection<Long> contactIds) {
        db.withConnection(conn -> {
            LastTouch.knownSinceFromInteractions(conn, contactIds);
            contacts.recompute(conn, contactIds);
            return null;
        });
    }

    @Override
    public void recomputeLastTouch(java.util.Collection<Long> contactIds) {
        db.withConnection(conn -> {
            contacts.recompute(conn, contactIds);
            return null;
        });
    }

    private List<Long> insertAll(List<Interaction> all, boolean lastTouch) {
        if (all.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> {
            long first = db.keysAhead(conn, "interaction", all.size());
            List<Long> ids = Jdbc.insertAll(conn, all, first, INSERT, INSERT_NUMBERED, JdbcInteractionRepository::bind);
            if (first >= 0 && !lastTouch) {
                // A fill numbered the rows: who took part in them is written beside, on the other core.
                db.beside(conn, c -> {
                    writeParticipantsAndPromises(c, all, ids, null, null);
                    return null;
                });
                return ids;
            }
            Set<Long> affected = new LinkedHashSet<>();
            Map<Long, LocalDate> earliest = new HashMap<>();
            writeParticipantsAndPromises(conn, all, ids, affected, earliest);
            // Left to the caller with the last touches: an import works out new people's itself and
            // settles the others once at the end (settleAfterImport).
            if (lastTouch) {
                contacts.meetEarlier(conn, earliest);
                contacts.recompute(conn, affected);
            }
            return ids;
        });
    }

    /** The participants and promise recipients of interactions just written; who and when noted when asked. */
    private static void writeParticipantsAndPromises(Connection conn, List<Interaction> all, List<Long> ids,
            Set<Long> affected, Map<Long, LocalDate> earliest) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO interaction_participant (interaction_id, contact_id, position) VALUES (?,?,?)")) {
            int pending = 0;
            for (int k = 0; k < all.size(); k++) {
                int pos = 0;
                Interaction in = all.get(k);
                for (Long contactId : in.participantIds()) {
                    ps.setLong(1, ids.get(k));
                    ps.setLong(2, contactId);
                    ps.setInt(3, pos++);
                    ps.addBatch();
                    if (affected != null) {
                        affected.add(contactId);
                        earliest.merge(contactId, in.date(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                    pending++;
                }
                if (pending >= JdbcContactRepository.BATCH || k == all.size() - 1) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO interaction_promise_to (interaction_id, contact_id) VALUES (?,?)")) {
            int pending = 0;
            for (int k = 0; k < all.size(); k++) {
                FollowUp f = all.get(k).followUp();
                for (Long contactId : f == null ? List.<Long>of() : f.to()) {
                    ps.setLong(1, ids.get(k));
                    ps.setLong(2, contactId);
                    ps.addBatch();
                    pending++;
                }
                if (pending >= JdbcContactRepository.BATCH || pending > 0 && k == all.size() - 1) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
        }
    }

    @Override
    public Interaction update(Interaction in) {
        return db.withConnection(conn -> {
            Set<Long> affected = new LinkedHashSet<>(participants(conn, List.of(in.id())).getOrDefault(in.id(),
                    List.of()));
            try (PreparedStatement ps = conn.prepareStatement("UPDATE interaction SET occurred_on = ?, kind = ?, "
                    + "summary = ?, notes = ?, exchange = ?, follow_up_on = ?, follow_up_promise = ?, "
                    + "follow_up_done = ?, created_at = ?, updated_at = ?, one_to_many = ?, audience_kind = ?, "
                    + "audience_name = ?, audience_size = ?, logged_by = ? WHERE id = ?")) {
                int i = bind(ps, in);
                ps.setLong(i, in.id());
                if (ps.executeUpdate() == 0) {
                    throw new NotFoundException("interaction", in.id());
                }
            }
            try (PreparedStatement ps = conn.prepareStatement(
                    "DELETE FROM interaction_participant WHERE interaction_id = ?")) {
                ps.setLong(1, in.id());
                ps.executeUpdate();
            }
            // Deleting the participants took their promise rows with them (foreign key cascade).
            writeParticipants(conn, in.id(), in.participantIds());
            writeRecipients(conn, in.id(), in.followUp());
            affected.addAll(in.participantIds());
            Map<Long, LocalDate> met = new HashMap<>();
            in.participantIds().forEach(id -> met.put(id, in.date()));
            contacts.meetEarlier(conn, met);
            contacts.recompute(conn, affected);
            return in;
        });
    }

    private static int bind(PreparedStatement ps, Interaction in) throws SQLException {
        return bind(ps, in, 1);
    }

    private static int bind(PreparedStatement ps, Interaction in, int from) throws SQLException {
        int i = from;
        Jdbc.setDate(ps, i++, in.date());
        ps.setString(i++, in.kind().name());
        ps.setString(i++, in.summary());
        ps.setString(i++, in.notes());
        ps.setString(i++, in.exchange().name());
        FollowUp f = in.followUp();
        Jdbc.setDate(ps, i++, f == null ? null : f.due());
        ps.setString(i++, f == null ? null : f.promise());
        ps.setBoolean(i++, f != null && f.done());
        Jdbc.setInstant(ps, i++, in.createdAt());
        Jdbc.setInstant(ps, i++, in.updatedAt());
        Audience a = in.audience();
        ps.setBoolean(i++, a != null);
        ps.setString(i++, a == null ? null : a.kind().name());
        ps.setString(i++, a == null ? "" : a.name());
        ps.setInt(i++, a == null ? 0 : a.size());
        ps.setString(i++, in.loggedBy());
        return i;
    }

    /** In batches of {@link JdbcContactRepository#BATCH}: a one-to-many touch may reach 30,000 people. */
    private static void writeParticipants(Connection conn, long id, List<Long> participants) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO interaction_participant (interaction_id, contact_id, position) VALUES (?,?,?)")) {
            int pos = 0;
            for (Long contactId : participants) {
                ps.setLong(1, id);
                ps.setLong(2, contactId);
                ps.setInt(3, pos++);
                ps.addBatch();
                if (pos % JdbcContactRepository.BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void writeRecipients(Connection conn, long id, FollowUp f) throws SQLException {
        if (f == null) {
            return;
        }
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO interaction_promise_to (interaction_id, contact_id) VALUES (?,?)")) {
            for (Long contactId : f.to()) {
                ps.setLong(1, id);
                ps.setLong(2, contactId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public boolean delete(long id) {
        return db.withConnection(conn -> {
            List<Long> affected = participants(conn, List.of(id)).getOrDefault(id, List.of());
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM interaction WHERE id = ?")) {
                ps.setLong(1, id);
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            contacts.recompute(conn, affected);
            return true;
        });
    }

    @Override
    public Optional<Interaction> find(long id) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM interaction WHERE id = ?")) {
                ps.setLong(1, id);
                List<Interaction> found = read(conn, ps, null);
                return found.isEmpty() ? Optional.<Interaction>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<Interaction> forContact(long contactId, int limit) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + qualified("i") + " FROM interaction i "
                    + "JOIN interaction_participant p ON p.interaction_id = i.id WHERE p.contact_id = ? "
                    + "ORDER BY i.occurred_on DESC, i.id DESC FETCH FIRST ? ROWS ONLY")) {
                ps.setLong(1, contactId);
                ps.setInt(2, Math.max(0, limit));
                return read(conn, ps, contactId);
            }
        });
    }

    @Override
    public Optional<LocalDate> earliestDate(long contactId) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT MIN(i.occurred_on) AS first_on "
                    + "FROM interaction_participant p JOIN interaction i ON i.id = p.interaction_id "
                    + "WHERE p.contact_id = ?")) {
                ps.setLong(1, contactId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return Optional.ofNullable(Jdbc.getDate(rs, "first_on"));
                }
            }
        });
    }

    @Override
    public List<Interaction> page(long afterId, int limit) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + COLUMNS + " FROM interaction WHERE id > ? "
                    + "ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                ps.setLong(1, afterId);
                ps.setInt(2, Math.max(0, limit));
                return read(conn, ps, null);
            }
        });
    }

    @Override
    public long count() {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM interaction");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public boolean severalLoggers() {
        return db.withConnection(conn -> {
            // Two ends of the index on logged_by, not a scan of every interaction.
            try (PreparedStatement ps = conn.prepareStatement("SELECT MIN(logged_by), MAX(logged_by) FROM interaction");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                String first = rs.getString(1);
                return first != null && !first.equals(rs.getString(2));
            }
        });
    }

    private static String qualified(String alias) {
        return alias + "." + COLUMNS.replace(", ", ", " + alias + ".");
    }

    /**
     * Reads the interactions and their participants. For one contact's timeline ({@code self} not
     * null) a one-to-many touch lists only that contact: its thousands of others are not read.
     */
    private List<Interaction> read(Connection conn, PreparedStatement ps, Long self) throws SQLException {
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.put(rs.getLong(1), new Row(rs));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> wanted = rows.values().stream().filter(r -> self == null || r.audience == null)
                .map(r -> r.id).toList();
        Map<Long, List<Long>> participants = wanted.isEmpty() ? Map.of() : participants(conn, wanted);
        List<Long> promising = rows.values().stream().filter(r -> r.followUp != null).map(r -> r.id).toList();
        Map<Long, List<Long>> recipients = promising.isEmpty() ? Map.of() : recipients(conn, promising);
        List<Interaction> out = new ArrayList<>(rows.size());
        for (Row r : rows.values()) {
            out.add(r.toInteraction(self != null && r.audience != null ? List.of(self)
                    : participants.getOrDefault(r.id, List.of()), recipients.getOrDefault(r.id, List.of())));
        }
        return out;
    }

    private Map<Long, List<Long>> participants(Connection conn, Collection<Long> ids) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT p.interaction_id, p.contact_id FROM "
                + db.dialect().ids("w", "wanted") + " JOIN interaction_participant p ON p.interaction_id = w.wanted "
                + "ORDER BY p.interaction_id, p.position")) {
            Jdbc.setIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return out;
    }

    private Map<Long, List<Long>> recipients(Connection conn, Collection<Long> ids) throws SQLException {
        Map<Long, List<Long>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT t.interaction_id, t.contact_id FROM "
                + db.dialect().ids("w", "wanted") + " JOIN interaction_promise_to t ON t.interaction_id = w.wanted "
                + "JOIN interaction_participant p ON p.interaction_id = t.interaction_id "
                + "AND p.contact_id = t.contact_id "
                + "ORDER BY t.interaction_id, p.position")) {
            Jdbc.setIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                }
            }
        }
        return out;
    }

    /** One interaction row, read before its participants. */
    private static final class Row {
        final long id;
        final LocalDate date;
        final InteractionKind kind;
        final String summary;
        final String notes;
        final Exchange exchange;
        final FollowUp followUp;
        final Instant createdAt;
        final Instant updatedAt;
        final Audience audience;
        final String loggedBy;

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            date = Jdbc.getDate(rs, "occurred_on");
            kind = InteractionKind.valueOf(rs.getString("kind"));
            summary = rs.getString("summary");
            notes = rs.getString("notes");
            exchange = Exchange.valueOf(rs.getString("exchange"));
            LocalDate due = Jdbc.getDate(rs, "follow_up_on");
            followUp = due == null ? null
                    : new FollowUp(due, rs.getString("follow_up_promise"), rs.getBoolean("follow_up_done"));
            createdAt = Jdbc.getInstant(rs, "created_at");
            updatedAt = Jdbc.getInstant(rs, "updated_at");
            audience = rs.getBoolean("one_to_many") ? new Audience(Audience.Kind.valueOf(rs.getString("audience_kind")),
                    rs.getString("audience_name"), rs.getInt("audience_size")) : null;
            loggedBy = rs.getString("logged_by");
        }

        /**
         * A promise whose every recipient was erased (their participant row went, and their
         * promise rows with it) was made to no one left: it is read as no follow-up.
         */
        Interaction toInteraction(List<Long> participants, List<Long> recipients) {
            FollowUp f = followUp == null || recipients.isEmpty() ? null : followUp.to(recipients);
            return new Interaction(id, date, kind, participants, summary, notes, exchange, f, createdAt, updatedAt,
                    audience, loggedBy);
        }
    }
}
