package app.orbit.store;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;

/** Small JDBC conversions shared by the repositories. */
final class Jdbc {

    private Jdbc() {
    }

    static void setDate(PreparedStatement ps, int i, LocalDate d) throws SQLException {
        if (d == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, d);
        }
    }

    static LocalDate getDate(ResultSet rs, String col) throws SQLException {
        return rs.getObject(col, LocalDate.class);
    }

    /**
     * Written as a UTC date and time. Not by {@code OffsetDateTime.ofInstant}, which asks the offset
     * for its rules and so builds a new {@code ZoneRules} each time: 2 % of a large restore's rows.
     */
    static void setInstant(PreparedStatement ps, int i, Instant t) throws SQLException {
        ps.setObject(i, OffsetDateTime.of(java.time.LocalDateTime.ofEpochSecond(t.getEpochSecond(), t.getNano(),
                ZoneOffset.UTC), ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rs, String col) throws SQLException {
        OffsetDateTime t = rs.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static void setInteger(PreparedStatement ps, int i, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setInt(i, v);
        }
    }

    static Integer getInteger(ResultSet rs, String col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v;
    }

    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    static Long getLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    /**
     * Binds ids as one array parameter, each once, for {@code JOIN TABLE(wanted BIGINT = ?)} (a
     * repeated id would repeat the joined rows) or {@code id = ANY(?)}.
     */
    static void setIds(PreparedStatement ps, int i, Collection<Long> ids) throws SQLException {
        Collection<Long> once = ids instanceof java.util.Set<Long> ? ids : new java.util.LinkedHashSet<>(ids);
        ps.setObject(i, once.toArray(new Long[0]));
    }

    static String likeContains(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static Date sqlDate(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** Binds one row's values from parameter {@code from} on. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(java.sql.PreparedStatement ps, T row, int from) throws SQLException;
    }

    /**
     * Inserts rows in batches of {@link JdbcContactRepository#BATCH}; returns their ids in order.
     * With {@code first} at 0 or more, the rows are numbered from it ({@link Store#keysAhead}) by
     * {@code numbered}, whose first parameter is the id; otherwise {@code generated} lets the
     * engine number them and its keys are read back.
     */
    static <T> java.util.List<Long> insertAll(java.sql.Connection conn, java.util.List<T> rows, long first,
            String generated, String numbered, RowBinder<T> binder) throws SQLException {
        java.util.List<Long> ids = new java.util.ArrayList<>(rows.size());
        try (java.sql.PreparedStatement ps = first < 0
                ? conn.prepareStatement(generated, java.sql.Statement.RETURN_GENERATED_KEYS)
                : conn.prepareStatement(numbered)) {
            for (int from = 0; from < rows.size(); from += JdbcContactRepository.BATCH) {
                for (T row : rows.subList(from, Math.min(rows.size(), from + JdbcContactRepository.BATCH))) {
                    if (first < 0) {
                        binder.bind(ps, row, 1);
                    } else {
                        long id = first + ids.size();
                        ps.setLong(1, id);
                        binder.bind(ps, row, 2);
                        ids.add(id);
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
                if (first < 0) {
                    collectKeys(ps, ids);
                }
            }
        }
        checkKeys(ids, rows.size());
        return ids;
    }

    /** Appends the keys a batch insert generated, in order. */
    static void collectKeys(java.sql.Statement ps, java.util.List<Long> ids) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
    }

    /** A batch insert must give one id per row; anything else would misattach children. */
    static void checkKeys(java.util.List<Long> ids, int expected) {
        if (ids.size() != expected) {
            throw new IllegalStateException("Expected " + expected + " generated ids, got " + ids.size());
        }
    }
}
