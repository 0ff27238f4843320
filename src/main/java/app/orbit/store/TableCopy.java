package app.orbit.store;

import app.orbit.domain.OrbitException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies every row of Orbit's tables from one store into another, empty one at the same schema
 * version, whatever the two engines (H2's file into a PostgreSQL server for {@code orbit
 * migrate-to}, and back). All or nothing: the target is written in one transaction, its row
 * counts compared with the source's before the commit.
 */
public final class TableCopy {

    private static final int BATCH = 1_000;

    private TableCopy() {
    }

    /**
     * Copies {@code from} into {@code to} and returns the rows copied per table.
     *
     * @throws OrbitException {@code migrateTo.notEmpty} when the target holds rows,
     *     {@code migrateTo.versions} when the two are not at the same schema version
     */
    public static Map<String, Long> copy(Store from, Store to) {
        return from.withConnection(source -> to.inTransaction(() -> to.withConnection(target -> copy(source, target))));
    }

    private static Map<String, Long> copy(Connection source, Connection target) throws SQLException {
        String fromVersion = version(source);
        String toVersion = version(target);
        if (!fromVersion.equals(toVersion)) {
            throw new OrbitException("migrateTo.versions", fromVersion, toVersion);
        }
        List<String> tables = inDependencyOrder(target);
        for (String table : tables) {
            if (count(target, table) > 0) {
                throw new OrbitException("migrateTo.notEmpty", table);
            }
        }
        Map<String, Long> copied = new LinkedHashMap<>();
        for (String table : tables) {
            copied.put(table, copyTable(source, target, table));
        }
        for (String table : tables) {
            long expected = count(source, table);
            long found = count(target, table);
            if (expected != found) {
                throw new IllegalStateException(table + ": " + expected + " rows in the source, " + found + " copied");
            }
            restartIdentity(target, table);
        }
        return copied;
    }

    /** The newest successful Flyway version: both stores must be at the same one. */
    private static String version(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL")) {
            int newest = -1;
            while (rs.next()) {
                newest = Math.max(newest, Integer.parseInt(rs.getString(1)));
            }
            return String.valueOf(newest);
        }
    }

    /** Orbit's tables, each after the tables its foreign keys point to (a self-reference aside). */
    private static List<String> inDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = schema(c);
        Map<String, Set<String>> needs = new TreeMap<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.equals("flyway_schema_history")) {
                    needs.put(table, new LinkedHashSet<>());
                }
            }
        }
        for (Map.Entry<String, Set<String>> e : needs.entrySet()) {
            try (ResultSet rs = meta.getImportedKeys(null, schema, name(meta, e.getKey()))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(e.getKey())) {
                        e.getValue().add(parent);
                    }
                }
            }
        }
        List<String> order = new ArrayList<>();
        while (order.size() < needs.size()) {
            boolean progressed = false;
            for (Map.Entry<String, Set<String>> e : needs.entrySet()) {
                if (!order.contains(e.getKey()) && order.containsAll(e.getValue())) {
                    order.add(e.getKey());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("foreign keys in a cycle among " + needs.keySet());
            }
        }
        return order;
    }

    private static String schema(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2") ? "PUBLIC" : "public";
    }

    /** The table's name as the engine's catalogue spells it (H2 upper case, PostgreSQL lower). */
    private static String name(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }

    /** The columns the target lets one write: not the generated ones (H2's row checks). */
    private static List<String> writableColumns(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, is_generated FROM information_schema.columns "
                + "WHERE table_schema = ? AND LOWER(table_name) = ? ORDER BY ordinal_position")) {
            ps.setString(1, schema(c));
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!"ALWAYS".equalsIgnoreCase(rs.getString(2))) {
                        out.add(rs.getString(1).toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return out;
    }

    private static long copyTable(Connection source, Connection target, String table) throws SQLException {
        List<String> columns = writableColumns(target, table);
        // A contact's introducer may come later in the table: the link is set once both are there.
        List<String> later = table.equals("contact") && columns.contains("introduced_by")
                ? List.of("introduced_by") : Collections.emptyList();
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table + " (" + list + ") " + overriding(target) + "VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        long rows = 0;
        List<Object[]> links = new ArrayList<>();
        try (Statement st = source.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + list + " FROM " + table);
             PreparedStatement ps = target.prepareStatement(insert)) {
            int pending = 0;
            while (rs.next()) {
                for (int i = 0; i < columns.size(); i++) {
                    Object value = rs.getObject(i + 1);
                    if (later.contains(columns.get(i)) && value != null) {
                        links.add(new Object[] {rs.getObject(columns.indexOf("id") + 1), value});
                        value = null;
                    }
                    ps.setObject(i + 1, value instanceof java.sql.Clob clob ? clob.getSubString(1, (int) clob.length())
                            : value instanceof java.sql.Blob blob ? blob.getBytes(1, (int) blob.length()) : value);
                }
                ps.addBatch();
                rows++;
                if (++pending == BATCH) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
        if (!links.isEmpty()) {
            try (PreparedStatement ps = target.prepareStatement("UPDATE contact SET introduced_by = ? WHERE id = ?")) {
                for (Object[] link : links) {
                    ps.setObject(1, link[1]);
                    ps.setObject(2, link[0]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return rows;
    }

    /** Ids are copied as they are: PostgreSQL wants to be told (its identity columns), H2 takes them. */
    private static String overriding(Connection target) throws SQLException {
        return schema(target).equals("public") ? "OVERRIDING SYSTEM VALUE " : "";
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** New rows get ids after the copied ones (the same statement on both engines). */
    private static void restartIdentity(Connection target, String table) throws SQLException {
        if (!writableColumns(target, table).contains("id") || !hasIdentity(target, table)) {
            return;
        }
        long next;
        try (Statement st = target.createStatement();
             ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
            rs.next();
            next = rs.getLong(1);
        }
        try (Statement st = target.createStatement()) {
            st.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    private static boolean hasIdentity(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT is_identity FROM information_schema.columns "
                + "WHERE table_schema = ? AND LOWER(table_name) = ? AND LOWER(column_name) = 'id'")) {
            ps.setString(1, schema(c));
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && "YES".equalsIgnoreCase(rs.getString(1));
            }
        }
    }
}
