package app.orbit.store;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that differs between the two engines Orbit stores in: H2 (the file on this computer)
 * and PostgreSQL (a shared server). Everything else the repositories write is common SQL.
 */
public enum Dialect {

    H2 {
        @Override
        String ids(String alias, String column) {
            return "TABLE(" + column + " BIGINT = ?) " + alias;
        }

        @Override
        String texts(String alias, String column) {
            return "TABLE(" + column + " VARCHAR = ?) " + alias;
        }

        @Override
        String monthDays(String alias) {
            return "TABLE(m INT = ?, d INT = ?) " + alias;
        }

        @Override
        String upsert(String table, List<String> key, List<String> columns) {
            return "MERGE INTO " + table + " (" + String.join(", ", columns) + ") KEY (" + String.join(", ", key)
                    + ") VALUES (" + placeholders(columns.size()) + ")";
        }

        @Override
        String insertUnlessTaken(String table, List<String> key, List<String> columns) {
            // One Orbit at a time holds an H2 file (its lock): nobody else can take the key meanwhile.
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + placeholders(columns.size()) + ")";
        }

        @Override
        String plusDays(String date, String days) {
            return "DATEADD(DAY, " + days + ", " + date + ")";
        }

        @Override
        String daysBetween(String from, String to) {
            return "DATEDIFF(DAY, " + from + ", " + to + ")";
        }
    },

    POSTGRESQL {
        @Override
        String ids(String alias, String column) {
            return "UNNEST(CAST(? AS BIGINT[])) AS " + alias + "(" + column + ")";
        }

        @Override
        String texts(String alias, String column) {
            return "UNNEST(CAST(? AS VARCHAR[])) AS " + alias + "(" + column + ")";
        }

        @Override
        String monthDays(String alias) {
            return "UNNEST(CAST(? AS INT[]), CAST(? AS INT[])) AS " + alias + "(m, d)";
        }

        @Override
        String upsert(String table, List<String> key, List<String> columns) {
            String updates = columns.stream().filter(c -> !key.contains(c)).map(c -> c + " = EXCLUDED." + c)
                    .collect(Collectors.joining(", "));
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + placeholders(columns.size()) + ") ON CONFLICT (" + String.join(", ", key) + ") "
                    + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + updates);
        }

        @Override
        String insertUnlessTaken(String table, List<String> key, List<String> columns) {
            return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + placeholders(columns.size()) + ") ON CONFLICT (" + String.join(", ", key) + ") DO NOTHING";
        }

        @Override
        String plusDays(String date, String days) {
            return "(" + date + " + " + days + ")";
        }

        @Override
        String daysBetween(String from, String to) {
            return "(CAST(" + to + " AS DATE) - " + from + ")";
        }
    };

    /**
     * A table of the ids bound as one array parameter, to join: {@code JOIN ids("w", "wanted") ON
     * c.id = w.wanted}. On H2 a joined table uses the index where {@code = ANY(?)} ran in time
     * quadratic in the array's length (minutes for the 30,000 people of a LinkedIn export).
     */
    abstract String ids(String alias, String column);

    /** The same for texts (email keys, profile keys). */
    abstract String texts(String alias, String column);

    /** A table of (m, d) pairs from two arrays bound in order: month-days, for birthdays. */
    abstract String monthDays(String alias);

    /** Inserts a row, or updates the one with the same key: one statement with a placeholder per column. */
    abstract String upsert(String table, List<String> key, List<String> columns);

    /**
     * Inserts a row unless another client's row holds its key already (then nothing, 0 rows): on a
     * shared server, two clients making the same week's plan at once get one plan, not an error.
     */
    abstract String insertUnlessTaken(String table, List<String> key, List<String> columns);

    /** A date {@code days} days after {@code date} (both SQL expressions). */
    abstract String plusDays(String date, String days);

    /** The number of days from {@code from} to {@code to} (SQL expressions; {@code to} may be a parameter). */
    abstract String daysBetween(String from, String to);

    private static String placeholders(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
