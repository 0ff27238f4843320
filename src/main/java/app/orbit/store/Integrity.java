package app.orbit.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Damage detection: a full read of every table that recomputes each row's check value
 * (V9's {@code ROW_CHECK}), and the classification of what H2 throws (damage, a full disk, a
 * read-only database). See docs/decisions/0011-damage-detection.md.
 */
public final class Integrity {

    /** The check column V9 adds to the tables that hold typed text. */
    static final String CHECK_COLUMN = "ROW_CHECK";

    /** What H2's store throws when what it reads is not what it wrote (not: closed, locked, a failed write). */
    private static final Set<Integer> DAMAGE_CODES = Set.of(DataUtils.ERROR_READING_FAILED,
            DataUtils.ERROR_UNSUPPORTED_FORMAT, DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_SERIALIZATION,
            DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND, DataUtils.ERROR_TRANSACTION_CORRUPT,
            DataUtils.ERROR_UNKNOWN_DATA_TYPE);

    private Integrity() {
    }

    /** What a full read found: the rows of every table, and per table the rows whose check value differs. */
    public record Report(Map<String, Long> rows, Map<String, Long> mismatches) {

        public Report {
            rows = Map.copyOf(rows);
            mismatches = Map.copyOf(mismatches);
        }

        public boolean intact() {
            return mismatches.isEmpty();
        }

        /** Every table's row count, in a stable order, for the backup's side file and the log. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            rows.keySet().stream().sorted().forEach(t -> sb.append(t.toLowerCase(Locale.ROOT)).append('=')
                    .append(rows.get(t)).append(mismatches.containsKey(t) ? " (" + mismatches.get(t) + " damaged)" : "")
                    .append(' '));
            return sb.toString().trim();
        }
    }

    /**
     * Reads every row of every table of the schema (LOBs included) and recomputes the check value
     * of the tables that have one. A damaged page throws (an {@link SQLException} for which
     * {@link #isDamage} holds); a flipped bit inside text shows as a mismatch.
     */
    public static Report verify(Connection c) throws SQLException {
        Map<String, String> checks = new LinkedHashMap<>();
        Map<String, List<String>> columns = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT c.TABLE_NAME, c.COLUMN_NAME, c.GENERATION_EXPRESSION "
                     + "FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t "
                     + "ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
                     + "WHERE c.TABLE_SCHEMA = 'PUBLIC' AND t.TABLE_TYPE = 'BASE TABLE' "
                     + "ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String column = rs.getString(2);
                columns.computeIfAbsent(table, t -> new ArrayList<>()).add(quote(column));
                if (column.equals(CHECK_COLUMN) && rs.getString(3) != null) {
                    checks.put(table, rs.getString(3));
                }
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> mismatches = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> t : columns.entrySet()) {
            String table = quote(t.getKey());
            String check = checks.get(t.getKey());
            // A COUNT(*) alone reads no row (H2 keeps the count). Summing over the rows makes H2 read
            // each page of the table whole; the check expression also reads the text and the large
            // notes, kept outside the rows. A table without a check value has every column read.
            String read = check != null ? "CASE WHEN " + quote(CHECK_COLUMN) + " IS DISTINCT FROM (" + check
                    + ") THEN 1 ELSE 0 END"
                    : "CASE WHEN ORA_HASH(CONCAT_WS(',', " + String.join(", ", t.getValue()) + ", '')) IS NULL "
                    + "THEN 1 ELSE 0 END";
            String sql = "SELECT COUNT(*), COALESCE(SUM(" + read + "), 0) FROM " + table;
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                rows.put(t.getKey(), rs.getLong(1));
                if (check != null && rs.getLong(2) > 0) {
                    mismatches.put(t.getKey(), rs.getLong(2));
                }
            }
        }
        return new Report(rows, mismatches);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Whether H2 found its file damaged: a corrupted record or page, a chunk missing, an unreadable LOB. */
    public static boolean isDamage(Throwable e) {
        if (isDiskFull(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1) {
                return true;
            }
            if (t instanceof MVStoreException mv && DAMAGE_CODES.contains(mv.getErrorCode())) {
                return true;
            }
            if (t instanceof DamageFound) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether H2 stopped a statement because its database was being closed under it: at the JVM's
     * exit (H2's shutdown hook suspends every session) or by another session's SHUTDOWN. Nothing
     * about the file: a backup verified at that moment is cut short, not found damaged.
     */
    public static boolean isCutShort(Throwable e) {
        if (isDamage(e)) {
            return false;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE
                    || sql.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
                    || sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a write failed because the disk (or the user's quota) is full. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if ((t instanceof IOException || t instanceof SQLException || t instanceof MVStoreException)
                    && (m.contains("no space left on device") || m.contains("not enough space on the disk")
                    || m.contains("disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a write reached a database opened read-only. */
    public static boolean isReadOnly(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return true;
            }
        }
        return false;
    }

    /**
     * The exception as Orbit's log may keep it: class names, H2's error codes and the stack, but
     * no message, since H2's messages quote SQL, values and text read from the damaged rows.
     */
    public static Throwable forLog(Throwable e) {
        Throwable cause = e.getCause() == null || e.getCause() == e ? null : forLog(e.getCause());
        String code = e instanceof SQLException sql ? " [" + sql.getErrorCode() + "]"
                : e instanceof MVStoreException mv ? " [store " + mv.getErrorCode() + "]" : "";
        Throwable copy = new Redacted(e.getClass().getName() + code, cause);
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }

    /** Stands in for an exception whose message is left out of the log. */
    private static final class Redacted extends Exception {
        private static final long serialVersionUID = 1L;

        Redacted(String what, Throwable cause) {
            super(what, cause);
        }
    }

    /** Rows whose check value does not match their text: damage H2 itself cannot see. */
    static final class DamageFound extends Exception {
        private static final long serialVersionUID = 1L;

        DamageFound(Report report) {
            super("row checks failed: " + report.summary());
        }
    }
}
