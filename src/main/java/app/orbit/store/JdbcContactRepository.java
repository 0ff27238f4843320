package app.orbit.store;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.EditConflictException;
import app.orbit.domain.Photo;
import app.orbit.domain.PostalAddress;
import app.orbit.domain.Text;
import app.orbit.domain.UnsortedContact;
import app.orbit.service.ContactRepository;
import app.orbit.service.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Contacts, with plain JDBC; their table's columns and row writes are {@link ContactRows}'. */
public final class JdbcContactRepository implements ContactRepository {

    private static final String SUMMARY_COLUMNS = ContactRows.SUMMARY;
    /** The same columns of the table aliased {@code c}. */
    private static final String OF_C = qualified("c", SUMMARY_COLUMNS);

    private static String qualified(String alias, String columns) {
        return java.util.Arrays.stream(columns.split(", ")).map(column -> alias + '.' + column)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /*
     * Many ids or keys at once are joined as a table rather than tested with "= ANY(?)": H2 runs the
     * first "= ANY(?)" of a statement with a large array in time quadratic in its length (minutes
     * for the 30,000 people of a LinkedIn export), while the join uses the index.
     */
    private final String joinIds;
    private final String joinKeys;

    private final Store db;
    /** The contact table's columns, and the one writer of its rows (it tells the search index). */
    private final ContactRows rows;

    public JdbcContactRepository(Store db) {
        this.db = db;
        this.rows = new ContactRows(db);
        this.joinIds = "JOIN " + db.dialect().ids("w", "wanted") + " ON ";
        this.joinKeys = "JOIN " + db.dialect().texts("w", "wanted") + " ON ";
    }

    @Override
    public Contact insert(Contact c) {
        return db.withConnection(conn -> {
            long id = rows.insert(conn, c);
            writeChildren(conn, id, c);
            return load(conn, id).orElseThrow();
        });
    }

    /** Rows per JDBC batch: large enough to amortise the round trips, small enough to bound memory. */
    static final int BATCH = 1_000;

    @Override
    public List<Long> insertAll(List<Contact> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> {
            List<Long> ids = rows.insertAll(conn, all);
            writeAllChildren(conn, ids, all);
            writeAddressesAndPhotos(conn, ids, all);
            return ids;
        });
    }

    @Override
    public void linkIntroducers(Map<Long, Long> introducerOf) {
        if (introducerOf.isEmpty()) {
            return;
        }
        db.withConnection(conn -> {
            rows.linkIntroducers(conn, introducerOf);
            return null;
        });
    }

    /** Addresses and pictures, rarer than emails: batched apart so most imports send none. */
    private static void writeAddressesAndPhotos(Connection conn, List<Long> ids, List<Contact> all)
            throws SQLException {
        if (all.stream().allMatch(c -> c.addresses().isEmpty() && c.photo() == null)) {
            return;
        }
        try (PreparedStatement addresses = conn.prepareStatement("INSERT INTO contact_address (contact_id, position, "
                + "label, street, postcode, city, region, country) VALUES (?,?,?,?,?,?,?,?)");
             PreparedStatement photos = conn.prepareStatement(
                     "INSERT INTO contact_photo (contact_id, media_type, bytes) VALUES (?,?,?)")) {
            int pending = 0;
            for (int k = 0; k < all.size(); k++) {
                Contact c = all.get(k);
                int pos = 0;
                for (PostalAddress a : c.addresses()) {
                    addresses.setLong(1, ids.get(k));
                    addresses.setInt(2, pos++);
                    addresses.setString(3, a.label());
                    addresses.setString(4, a.street());
                    addresses.setString(5, a.postcode());
                    addresses.setString(6, a.city());
                    addresses.setString(7, a.region());
                    addresses.setString(8, a.country());
                    addresses.addBatch();
                    pending++;
                }
                if (c.photo() != null) {
                    photos.setLong(1, ids.get(k));
                    photos.setString(2, c.photo().mediaType());
                    photos.setBytes(3, c.photo().bytes());
                    photos.addBatch();
                    pending += 50;
                }
                if (pending >= BATCH || k == all.size() - 1) {
                    addresses.executeBatch();
                    photos.executeBatch();
                    pending = 0;
                }
            }
        }
    }

    private static void writeAllChildren(Connection conn, List<Long> ids, List<Contact> all) throws SQLException {
        try (PreparedStatement emails = conn.prepareStatement(
                "INSERT INTO contact_email (contact_id, position, email, email_key) VALUES (?,?,?,?)");
             PreparedStatement phones = conn.prepareStatement(
                     "INSERT INTO contact_phone (contact_id, position, phone) VALUES (?,?,?)");
             PreparedStatement tags = conn.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?,?)")) {
            int pending = 0;
            for (int k = 0; k < all.size(); k++) {
                long id = ids.get(k);
                Contact c = all.get(k);
                int pos = 0;
                for (String e : c.emails()) {
                    emails.setLong(1, id);
                    emails.setInt(2, pos++);
                    emails.setString(3, e);
                    emails.setString(4, e.toLowerCase(Locale.ROOT));
                    emails.addBatch();
                    pending++;
                }
                pos = 0;
                for (String p : c.phones()) {
                    phones.setLong(1, id);
                    phones.setInt(2, pos++);
                    phones.setString(3, p);
                    phones.addBatch();
                    pending++;
                }
                for (String t : c.tags()) {
                    tags.setLong(1, id);
                    tags.setString(2, t);
                    tags.addBatch();
                    pending++;
                }
                if (pending >= BATCH || k == all.size() - 1) {
                    emails.executeBatch();
                    phones.executeBatch();
                    tags.executeBatch();
                    pending = 0;
                }
            }
        }
    }

    @Override
    public Contact update(Contact c) {
        return db.withConnection(conn -> {
            // Only from the version it was read at: on a shared database another window may have saved since.
            if (!rows.update(conn, c)) {
                throw load(conn, c.id()).<RuntimeException>map(EditConflictException::new)
                        .orElseGet(() -> new NotFoundException("contact", c.id()));
            }
            deleteChildren(conn, c.id());
            writeChildren(conn, c.id(), c);
            rows.recompute(conn, List.of(c.id()));
            return load(conn, c.id()).orElseThrow();
        });
    }

    private static void deleteChildren(Connection conn, long id) throws SQLException {
        for (String table : List.of("contact_email", "contact_phone", "contact_tag", "contact_address",
                "contact_photo")) {
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM " + table + " WHERE contact_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    private static void writeChildren(Connection conn, long id, Contact c) throws SQLException {
        writeAddressesAndPhotos(conn, List.of(id), List.of(c));
        if (!c.emails().isEmpty()) {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO contact_email (contact_id, position, email, email_key) VALUES (?,?,?,?)")) {
                int pos = 0;
                for (String e : c.emails()) {
                    ps.setLong(1, id);
                    ps.setInt(2, pos++);
                    ps.setString(3, e);
                    ps.setString(4, e.toLowerCase(Locale.ROOT));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!c.phones().isEmpty()) {
            try (PreparedStatement ps = conn.prepareStatement(
                    "INSERT INTO contact_phone (contact_id, position, phone) VALUES (?,?,?)")) {
                int pos = 0;
                for (String p : c.phones()) {
                    ps.setLong(1, id);
                    ps.setInt(2, pos++);
                    ps.setString(3, p);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        if (!c.tags().isEmpty()) {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO contact_tag (contact_id, tag) VALUES (?,?)")) {
                for (String t : c.tags()) {
                    ps.setLong(1, id);
                    ps.setString(2, t);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    @Override
    public Optional<Contact> find(long id) {
        return db.withConnection(conn -> load(conn, id));
    }

    @Override
    public List<Contact> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> loadAll(conn, ids));
    }

    private Optional<Contact> load(Connection conn, long id) throws SQLException {
        List<Contact> found = loadAll(conn, List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private List<Contact> loadAll(Connection conn, Collection<Long> ids) throws SQLException {
        Map<Long, Contact.Builder> builders = new LinkedHashMap<>();
        Map<Long, List<String>> emails = new HashMap<>();
        Map<Long, List<String>> phones = new HashMap<>();
        Map<Long, List<String>> tags = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement(
                "SELECT " + ContactRows.SELECT + " FROM contact " + joinIds + "id = w.wanted")) {
            Jdbc.setIds(ps, 1, new java.util.LinkedHashSet<>(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    builders.put(rs.getLong("id"), ContactRows.builder(rs));
                }
            }
        }
        if (builders.isEmpty()) {
            return List.of();
        }
        readChildren(conn, "SELECT contact_id, email FROM contact_email " + joinIds + "contact_id = w.wanted ORDER BY position",
                builders.keySet(), emails);
        readChildren(conn, "SELECT contact_id, phone FROM contact_phone " + joinIds + "contact_id = w.wanted ORDER BY position",
                builders.keySet(), phones);
        readChildren(conn, "SELECT contact_id, tag FROM contact_tag " + joinIds + "contact_id = w.wanted ORDER BY tag",
                builders.keySet(), tags);
        Map<Long, List<PostalAddress>> addresses = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT contact_id, label, street, postcode, city, region, "
                + "country FROM contact_address " + joinIds + "contact_id = w.wanted ORDER BY contact_id, position")) {
            Jdbc.setIds(ps, 1, builders.keySet());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    addresses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PostalAddress(
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
        try (PreparedStatement ps = conn.prepareStatement("SELECT contact_id, media_type, bytes FROM contact_photo "
                + joinIds + "contact_id = w.wanted")) {
            Jdbc.setIds(ps, 1, builders.keySet());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    builders.get(rs.getLong(1)).photo(new Photo(rs.getString(2), rs.getBytes(3)));
                }
            }
        }
        List<Contact> out = new ArrayList<>(builders.size());
        for (Map.Entry<Long, Contact.Builder> e : builders.entrySet()) {
            long id = e.getKey();
            out.add(e.getValue()
                    .emails(emails.getOrDefault(id, List.of()))
                    .phones(phones.getOrDefault(id, List.of()))
                    .tags(tags.getOrDefault(id, List.of()))
                    .addresses(addresses.getOrDefault(id, List.of()))
                    .build());
        }
        return out;
    }

    private static void readChildren(Connection conn, String sql, Collection<Long> ids, Map<Long, List<String>> into)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            Jdbc.setIds(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    into.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
    }

    @Override
    public List<Long> introducedBy(long contactId) {
        return db.withConnection(conn -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id FROM contact WHERE introduced_by = ? ORDER BY id")) {
                ps.setLong(1, contactId);
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
    public Map<Long, Circle> audienceWithTag(String tag) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT c.id, c.circle FROM contact_tag t "
                    + "JOIN contact c ON c.id = t.contact_id WHERE t.tag = ? AND c.archived = FALSE ORDER BY c.id")) {
                ps.setString(1, tag);
                return readAudience(ps);
            }
        });
    }

    @Override
    public Map<Long, Circle> audienceInCircle(Circle circle) {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id, circle FROM contact WHERE circle = ? AND archived = FALSE ORDER BY id")) {
                ps.setString(1, circle.name());
                return readAudience(ps);
            }
        });
    }

    private static Map<Long, Circle> readAudience(PreparedStatement ps) throws SQLException {
        Map<Long, Circle> out = new LinkedHashMap<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getLong(1), Circle.valueOf(rs.getString(2)));
            }
        }
        return out;
    }

    @Override
    public Map<String, Integer> tags() {
        return db.withConnection(conn -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT t.tag, COUNT(*) FROM contact_tag t "
                    + "JOIN contact c ON c.id = t.contact_id WHERE c.archived = FALSE GROUP BY t.tag ORDER BY t.tag");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getInt(2));
                }
            }
            return out;
        });
    }

    @Override
    public boolean delete(long id) {
        return db.withConnection(conn -> {
            // Interactions in which this contact was the only participant go with it.
            try (PreparedStatement ps = conn.prepareStatement("DELETE FROM interaction i WHERE EXISTS ("
                    + "SELECT 1 FROM interaction_participant p WHERE p.interaction_id = i.id AND p.contact_id = ?) "
                    + "AND NOT EXISTS (SELECT 1 FROM interaction_participant p "
                    + "WHERE p.interaction_id = i.id AND p.contact_id <> ?)")) {
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return rows.delete(conn, id);
        });
    }

    @Override
    public List<ContactSummary> search(String query, boolean includeArchived, int limit) {
        List<String> words = words(query);
        ContactSearchIndex index = db.searchIndex();
        if (index.usable()) {
            return index.search(words, includeArchived, Math.max(0, limit));
        }
        return searchInDatabase(words, includeArchived, limit);
    }

    private static List<String> words(String query) {
        return Arrays.stream(Text.fold(query).split(" ")).filter(w -> !w.isEmpty()).distinct().toList();
    }

    /** The same search in SQL: what the index must agree with, and the path inside a transaction that wrote contacts. */
    List<ContactSummary> searchInDatabase(String query, boolean includeArchived, int limit) {
        return searchInDatabase(words(query), includeArchived, limit);
    }

    private List<ContactSummary> searchInDatabase(List<String> words, boolean includeArchived, int limit) {
        StringBuilder sql = new StringBuilder("SELECT ").append(SUMMARY_COLUMNS).append(" FROM contact WHERE 1 = 1");
        if (!includeArchived) {
            sql.append(" AND archived = FALSE");
        }
        for (int i = 0; i < words.size(); i++) {
            sql.append(" AND search_text LIKE ? ESCAPE '\\'");
        }
        sql.append(" ORDER BY sort_name, id FETCH FIRST ? ROWS ONLY");
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(sql.toString())) {
                int i = 1;
                for (String w : words) {
                    ps.setString(i++, Jdbc.likeContains(w));
                }
                ps.setInt(i, Math.max(0, limit));
                return ContactRows.summaries(ps);
            }
        });
    }

    @Override
    public List<ContactSummary> summaries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT " + SUMMARY_COLUMNS + " FROM contact " + joinIds + "id = w.wanted ORDER BY sort_name, id")) {
                Jdbc.setIds(ps, 1, ids);
                return ContactRows.summaries(ps);
            }
        });
    }

    @Override
    public Map<Long, Photo> photos(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.withConnection(conn -> {
            Map<Long, Photo> out = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT contact_id, media_type, bytes FROM contact_photo "
                    + joinIds + "contact_id = w.wanted")) {
                Jdbc.setIds(ps, 1, new java.util.LinkedHashSet<>(ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new Photo(rs.getString(2), rs.getBytes(3)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<ContactSummary> dueCandidates(LocalDate today, CadencePolicy policy, int limit) {
        return db.withConnection(conn -> {
            List<ContactSummary> out = new ArrayList<>();
            // Per circle with its default cadence, the oldest last touches are the most overdue.
            try (PreparedStatement ps = conn.prepareStatement("SELECT " + SUMMARY_COLUMNS + " FROM contact "
                    + "WHERE circle = ? AND last_touch <= ? AND archived = FALSE AND cadence_override IS NULL "
                    // ORDER BY circle too: it matches contact_circle_touch_ix, so H2 reads the index in order
                    // and stops after the first rows instead of sorting the whole circle (66 ms -> 0.7 ms at 30k).
                    + "ORDER BY circle, last_touch FETCH FIRST ? ROWS WITH TIES")) {
                for (Circle circle : Circle.values()) {
                    if (!circle.isReminded()) {
                        continue;
                    }
                    ps.setString(1, circle.name());
                    Jdbc.setDate(ps, 2, today.minusDays(policy.forCircle(circle).getAsInt()));
                    ps.setInt(3, Math.max(1, limit));
                    out.addAll(ContactRows.summaries(ps));
                }
            }
            // Overrides: overdue against their own cadence, most overdue (weighted) first. No index can
            // answer "last_touch + override <= today", so the in-memory index does when it is loaded
            // (the window's, after its first search); a command scans the table once instead.
            ContactSearchIndex index = db.searchIndex();
            if (index.usable() && index.loaded()) {
                out.addAll(index.overdueOverrides(today, Math.max(1, limit)));
                return out;
            }
            out.addAll(overdueOverridesInDatabase(conn, db.dialect(), today, limit));
            return out;
        });
    }

    /** The SQL the in-memory index stands in for: a scan of the contact table. */
    static List<ContactSummary> overdueOverridesInDatabase(Connection conn, Dialect dialect, LocalDate today, int limit)
            throws SQLException {
        // Ranked in a subquery that reads only contact_cadence_override_rank_ix's columns, so that
        // only the few rows kept are read from the table (V17).
        try (PreparedStatement ps = conn.prepareStatement("SELECT " + OF_C + " FROM contact c JOIN ("
                + "SELECT id, CAST(" + dialect.daysBetween("last_touch", "?") + " AS DOUBLE PRECISION) "
                + "* CASE circle WHEN 'INNER' THEN 4 WHEN 'CLOSE' THEN 3 WHEN 'NETWORK' THEN 2 ELSE 1 END "
                + "/ cadence_override AS urgency FROM contact "
                + "WHERE cadence_override >= 1 AND circle NOT IN ('DORMANT', 'UNSORTED') AND archived = FALSE "
                + "AND " + dialect.plusDays("last_touch", "cadence_override") + " <= ? "
                + "ORDER BY urgency DESC FETCH FIRST ? ROWS WITH TIES) ranked ON c.id = ranked.id "
                + "ORDER BY ranked.urgency DESC")) {
            Jdbc.setDate(ps, 1, today);
            Jdbc.setDate(ps, 2, today);
            ps.setInt(3, Math.max(1, limit));
            return ContactRows.summaries(ps);
        }
    }

    @Override
    public List<Contact> findByEmails(Collection<String> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT DISTINCT contact_id FROM contact_email " + joinKeys + "email_key = w.wanted")) {
                ps.setObject(1, emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toArray(String[]::new));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids.isEmpty() ? List.<Contact>of() : loadAll(conn, ids);
        });
    }

    @Override
    public List<Contact> findByProfileKeys(Collection<String> keys) {
        return findWhereAny("SELECT DISTINCT id FROM contact " + joinKeys + "profile_key = w.wanted "
                + "WHERE profile_key <> ''", keys);
    }

    @Override
    public List<Contact> findByNameKeys(Collection<String> keys) {
        return findWhereAny("SELECT DISTINCT id FROM contact " + joinKeys + "sort_name = w.wanted", keys);
    }

    @Override
    public List<Contact> findByAnyKey(Collection<String> emails, Collection<String> profileKeys,
            Collection<String> nameKeys) {
        return db.withConnection(conn -> {
            // Ids first, contacts once: most people of a re-imported file match on all three keys.
            java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
            ids.addAll(idsWhereAny(conn, "SELECT DISTINCT contact_id FROM contact_email " + joinKeys
                    + "email_key = w.wanted", emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).toList()));
            ids.addAll(idsWhereAny(conn, "SELECT DISTINCT id FROM contact " + joinKeys + "profile_key = w.wanted "
                    + "WHERE profile_key <> ''", profileKeys));
            ids.addAll(idsWhereAny(conn, "SELECT DISTINCT id FROM contact " + joinKeys + "sort_name = w.wanted",
                    nameKeys));
            return ids.isEmpty() ? List.<Contact>of() : loadAll(conn, ids);
        });
    }

    private static List<Long> idsWhereAny(Connection conn, String sql, Collection<String> keys) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (keys.isEmpty()) {
            return ids;
        }
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            ps.setObject(1, keys.toArray(String[]::new));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private List<Contact> findWhereAny(String sql, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setObject(1, keys.toArray(String[]::new));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids.isEmpty() ? List.<Contact>of() : loadAll(conn, ids);
        });
    }

    @Override
    public List<Contact> page(long afterId, int limit) {
        return db.withConnection(conn -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT id FROM contact WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY")) {
                ps.setLong(1, afterId);
                ps.setInt(2, Math.max(0, limit));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.<Contact>of();
            }
            List<Contact> out = new ArrayList<>(loadAll(conn, ids));
            out.sort(java.util.Comparator.comparing(Contact::id));
            return out;
        });
    }

    @Override
    public long count() {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT COUNT(*) FROM contact");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public List<Long> setCircle(Collection<Long> ids, Circle circle, Instant updatedAt) {
        return updateAll("UPDATE contact SET circle = ?, updated_at = ?, version = version + 1 WHERE id = ?", ids, (ps, id) -> {
            ps.setString(1, circle.name());
            Jdbc.setInstant(ps, 2, updatedAt);
            ps.setLong(3, id);
        });
    }

    @Override
    public List<Long> setArchived(Collection<Long> ids, boolean archived, Instant updatedAt) {
        return updateAll("UPDATE contact SET archived = ?, updated_at = ?, version = version + 1 WHERE id = ?", ids, (ps, id) -> {
            ps.setBoolean(1, archived);
            Jdbc.setInstant(ps, 2, updatedAt);
            ps.setLong(3, id);
        });
    }

    /**
     * One statement batched over every id (by the thousand): sorting 30,000 people is one
     * statement's worth of round trips in the caller's transaction, not a transaction each.
     */
    private List<Long> updateAll(String sql, Collection<Long> ids, ContactRows.PerId binder) {
        List<Long> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        if (all.isEmpty()) {
            return List.of();
        }
        return db.withConnection(conn -> rows.updateEach(conn, sql, all, binder));
    }

    @Override
    public List<UnsortedContact> unsorted() {
        return db.withConnection(conn -> {
            Map<Long, List<String>> tags = new HashMap<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT t.contact_id, t.tag FROM contact_tag t "
                    + "JOIN contact c ON c.id = t.contact_id WHERE c.circle = 'UNSORTED' AND c.archived = FALSE "
                    + "ORDER BY t.contact_id, t.tag");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tags.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            List<UnsortedContact> out = new ArrayList<>();
            try (PreparedStatement ps = conn.prepareStatement("SELECT id, first_name, last_name, organisation, title, "
                    + "known_since, display_name FROM contact WHERE circle = 'UNSORTED' AND archived = FALSE "
                    + "ORDER BY sort_name, id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.add(new UnsortedContact(id, rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), tags.getOrDefault(id, List.of()), Jdbc.getDate(rs, "known_since"),
                            rs.getString(7)));
                }
            }
            return out;
        });
    }

    @Override
    public long countUnsorted() {
        return db.withConnection(conn -> {
            try (PreparedStatement ps = conn.prepareStatement(
                    "SELECT COUNT(*) FROM contact WHERE circle = 'UNSORTED' AND archived = FALSE");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

}
