package app.orbit.store;

import app.orbit.service.Log;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops an H2 database's secondary indexes and foreign keys and builds them again, for a bulk
 * write into a new file ({@link Database#fill}): H2 then builds each index once by sorting, where
 * every inserted row would otherwise go into each index's B-tree in turn. Primary keys and unique
 * constraints stay, so the rows are still checked against them as they come. The definitions
 * are read from the database itself ({@code SCRIPT NODATA}), so a migration that adds an index
 * needs nothing here. Foreign keys come back checked: every row is verified against its parent.
 */
final class SecondaryIndexes {

    private static final Log LOG = Log.of(SecondaryIndexes.class);

    private static final Pattern INDEX = Pattern.compile("^CREATE INDEX (\"[^\"]+\"\\.\"([^\"]+)\") ON .*");
    private static final Pattern FOREIGN_KEY = Pattern.compile(
            "^ALTER TABLE (\"[^\"]+\"\\.\"[^\"]+\") ADD CONSTRAINT (\"[^\"]+\"\\.\"[^\"]+\") FOREIGN KEY.*");
    /** A foreign key of one column: its table, column, and the parent's table and column. */
    private static final Pattern ONE_COLUMN_KEY = Pattern.compile("^ALTER TABLE (\"[^\"]+\"\\.\"[^\"]+\") ADD "
            + "CONSTRAINT \"[^\"]+\"\\.\"[^\"]+\" FOREIGN KEY\\((\"[^\"]+\")\\) REFERENCES "
            + "(\"[^\"]+\"\\.\"[^\"]+\")\\((\"[^\"]+\")\\).*");
    private static final java.util.Set<Integer> WHOLE_NUMBERS = java.util.Set.of(java.sql.Types.BIGINT,
            java.sql.Types.INTEGER, java.sql.Types.SMALLINT, java.sql.Types.TINYINT);

    /**
     * Indexes cheaper to keep up row by row than to build again: most interactions have no
     * follow-up, so their entries (empty key, rising row id) are appended at the end of the index,
     * where building it after 300,000 interactions took 3.3 s (docs/benchmarks.md). The same holds
     * of who logged them, which only a shared database fills: building that index took 0.8 to 1.3 s
     * of the 30,000-contact backup, keeping it up 0.3 to 0.5 s.
     */
    private static final java.util.Set<String> KEPT = java.util.Set.of("INTERACTION_FOLLOW_UP_IX",
            "INTERACTION_LOGGED_BY_IX");

    private SecondaryIndexes() {
    }

    /** Drops them; returns the statements that create them again, foreign keys last. */
    static List<String> drop(Connection c) throws SQLException {
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        List<String> dropIndexes = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SCRIPT NODATA")) {
            while (rs.next()) {
                String sql = rs.getString(1).strip();
                if (sql.endsWith(";")) {
                    sql = sql.substring(0, sql.length() - 1);
                }
                Matcher fk = FOREIGN_KEY.matcher(sql);
                Matcher ix = INDEX.matcher(sql);
                if (fk.matches()) {
                    drops.add("ALTER TABLE " + fk.group(1) + " DROP CONSTRAINT " + fk.group(2));
                    foreignKeys.add(checked(sql));
                } else if (ix.matches() && !ix.group(2).toLowerCase(Locale.ROOT).startsWith("flyway")
                        && !KEPT.contains(ix.group(2))) {
                    dropIndexes.add("DROP INDEX " + ix.group(1));
                    indexes.add(sql);
                }
            }
        }
        drops.addAll(dropIndexes);
        try (Statement st = c.createStatement()) {
            for (String sql : drops) {
                st.execute(sql);
            }
        }
        List<String> rebuild = new ArrayList<>(indexes);
        rebuild.addAll(foreignKeys);
        return rebuild;
    }

    /**
     * Runs the statements {@link #drop} returned. A foreign key of one whole-number column is
     * checked here, every child value looked up among the parent's keys held in memory, and then
     * added without H2's check, which looks each row up in the parent's B-tree (3 s for the
     * 600,000 participant rows of a 30,000-contact backup; docs/benchmarks.md). When a value has
     * no parent, or the columns are of another type, H2 checks it and refuses it as before.
     */
    static void create(Connection c, List<String> statements) throws SQLException {
        create(c, statements, null);
    }

    /**
     * The same, the keys' checks run by {@code beside} (another connection, on its own thread) while
     * this connection builds the indexes before them: a third of the time of the indexes after a
     * large restore. A check that finds its table locked by an index being built waits for it.
     */
    static void create(Connection c, List<String> statements, FillBeside beside) throws SQLException {
        // Most keys name the contacts: their ids are read and sorted once, not once per key (20 of them).
        java.util.Map<String, long[]> parentKeys = new java.util.HashMap<>();
        java.util.Map<String, java.util.concurrent.Future<Boolean>> checks = new java.util.HashMap<>();
        if (beside != null) {
            for (String sql : statements) {
                Matcher one = ONE_COLUMN_KEY.matcher(sql);
                if (one.matches()) {
                    checks.put(sql, beside.ask(checker -> everyValueHasItsParent(checker, one, parentKeys)));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                long start = System.nanoTime();
                Matcher one = ONE_COLUMN_KEY.matcher(sql);
                boolean checked = one.matches() && (checks.containsKey(sql) ? result(checks.get(sql))
                        : everyValueHasItsParent(c, one, parentKeys));
                st.execute(checked ? sql + " NOCHECK" : sql);
                LOG.debug("{} ms: {}", (System.nanoTime() - start) / 1_000_000, sql);
            }
        }
    }

    private static boolean result(java.util.concurrent.Future<Boolean> check) throws SQLException {
        try {
            return check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while a key was checked", e);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException ce ? ce.getCause()
                    : e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            throw new SQLException(cause);
        }
    }

    /** Whether every non-null value of the key's column is a key of its parent; false too when not whole numbers. */
    private static boolean everyValueHasItsParent(Connection c, Matcher key, java.util.Map<String, long[]> parentKeys)
            throws SQLException {
        String parentQuery = "SELECT " + key.group(4) + " FROM " + key.group(3);
        long[] parents = parentKeys.get(parentQuery);
        if (parents == null) {
            parents = wholeNumbers(c, parentQuery);
            if (parents == null) {
                return false;
            }
            Arrays.sort(parents);
            parentKeys.put(parentQuery, parents);
        }
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + key.group(2) + " FROM " + key.group(1) + " WHERE "
                     + key.group(2) + " IS NOT NULL")) {
            if (!WHOLE_NUMBERS.contains(rs.getMetaData().getColumnType(1))) {
                return false;
            }
            while (rs.next()) {
                if (Arrays.binarySearch(parents, rs.getLong(1)) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The values of a query's one column, or null when it is not of a whole-number type. */
    private static long[] wholeNumbers(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            if (!WHOLE_NUMBERS.contains(rs.getMetaData().getColumnType(1))) {
                return null;
            }
            long[] values = new long[1024];
            int n = 0;
            while (rs.next()) {
                if (n == values.length) {
                    values = Arrays.copyOf(values, n * 2);
                }
                values[n++] = rs.getLong(1);
            }
            return Arrays.copyOf(values, n);
        }
    }

    /** SCRIPT writes foreign keys NOCHECK (its rows come after); here the rows are there to check. */
    private static String checked(String sql) {
        return sql.endsWith(" NOCHECK") ? sql.substring(0, sql.length() - " NOCHECK".length()) : sql;
    }
}
