package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Orbit's Flyway history on a real PostgreSQL server (started from Maven's binaries, nothing
 * installed): the same versions as H2's, applied cleanly, giving the same tables, columns,
 * constraints and indexes. A migration added for H2 without its PostgreSQL twin fails here.
 */
class MigrationsOnPostgresTest {

    private static EmbeddedPostgres server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    /** A new, empty database on the server for each test. */
    private DataSource freshDatabase() throws SQLException {
        String name = "orbit_" + Long.toHexString(System.nanoTime());
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        return server.getDatabase("postgres", name);
    }

    private static Flyway postgres(DataSource ds, String target) {
        var config = Flyway.configure().dataSource(ds).locations(PostgresStore.MIGRATIONS).cleanDisabled(true);
        return (target == null ? config : config.target(target)).load();
    }

    @Test
    void history_onPostgres_hasH2sVersionsAndDescriptions() throws Exception {
        String h2 = describe(Flyway.configure().dataSource(Database.url(dir), "orbit", "")
                .locations(Database.MIGRATIONS).load().info().pending());
        String pg = describe(postgres(freshDatabase(), null).info().pending());

        assertThat(pg).isEqualTo(h2);
        assertThat(h2).contains(Database.SCHEMA_VERSION + " ");
    }

    private static String describe(MigrationInfo[] migrations) {
        return Arrays.stream(migrations).map(m -> m.getVersion() + " " + m.getDescription())
                .collect(Collectors.joining("\n"));
    }

    @Test
    void migrate_onAnEmptyPostgresDatabase_reachesTheSchemaVersion() throws Exception {
        Flyway flyway = postgres(freshDatabase(), null);

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().applied().length);
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
    }

    /**
     * Every table and column of H2's schema is on PostgreSQL with the same kind of type, length
     * and nullability. The only difference allowed: H2's row check values (V9), which guard
     * Orbit's own file; a PostgreSQL server guards its pages itself.
     */
    @Test
    void schema_onPostgres_hasH2sTablesColumnsTypesAndNullability() throws Exception {
        DataSource ds = freshDatabase();
        postgres(ds, null).migrate();
        Map<String, String> h2Columns;
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            h2Columns = columns(c, "PUBLIC");
        }
        Map<String, String> pgColumns;
        try (Connection c = ds.getConnection()) {
            pgColumns = columns(c, "public");
        }
        h2Columns.keySet().removeIf(k -> k.endsWith(".row_check"));

        assertThat(h2Columns).hasSizeGreaterThan(60);
        assertThat(pgColumns).containsExactlyInAnyOrderEntriesOf(h2Columns);
    }

    private static Map<String, String> columns(Connection c, String schema) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (var ps = c.prepareStatement("SELECT table_name, column_name, data_type, character_maximum_length, "
                + "is_nullable FROM information_schema.columns WHERE table_schema = ? "
                + "AND LOWER(table_name) <> 'flyway_schema_history'")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String type = family(rs.getString(3));
                    long length = rs.getLong(4);
                    String limit = rs.wasNull() || type.equals("text") || type.equals("bytes") ? "" : "(" + length + ")";
                    out.put((rs.getString(1) + "." + rs.getString(2)).toLowerCase(Locale.ROOT),
                            type + limit + ("YES".equals(rs.getString(5)) ? " null" : " not null"));
                }
            }
        }
        return out;
    }

    /** One name per kind of type: the two engines spell some differently. */
    private static String family(String type) {
        return switch (type.toUpperCase(Locale.ROOT)) {
            case "CHARACTER LARGE OBJECT", "TEXT" -> "text";
            case "BINARY VARYING", "BYTEA" -> "bytes";
            case "TINYINT", "SMALLINT" -> "smallint";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    /** The named constraints (foreign keys, checks, unique keys) and indexes of one engine are the other's. */
    @Test
    void constraintsAndIndexes_onPostgres_areH2s() throws Exception {
        DataSource ds = freshDatabase();
        postgres(ds, null).migrate();
        TreeSet<String> h2;
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            h2 = named(c, "PUBLIC", "SELECT index_name FROM information_schema.indexes WHERE table_schema = ?");
        }
        TreeSet<String> pg;
        try (Connection c = ds.getConnection()) {
            pg = named(c, "public", "SELECT indexname FROM pg_indexes WHERE schemaname = ?");
        }

        assertThat(h2).contains("contact_introduced_by_fk", "contact_circle_ck", "plan_week_owner_uq",
                "participant_contact_ix", "promise_to_participant_fk", "introduction_verdict_until_ck");
        assertThat(pg).isEqualTo(h2);
    }

    private static TreeSet<String> named(Connection c, String schema, String indexes) throws SQLException {
        TreeSet<String> out = new TreeSet<>();
        for (String sql : new String[] {"SELECT constraint_name FROM information_schema.table_constraints "
                + "WHERE table_schema = ?", indexes}) {
            try (var ps = c.prepareStatement(sql)) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String name = rs.getString(1).toLowerCase(Locale.ROOT);
                        // Orbit names its own; each engine names primary keys and NOT NULL checks its way.
                        if (name.matches("[a-z_]+_(fk|ck|uq|ix)")) {
                            out.add(name);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * V5's data step, shared with H2 (a MERGE, which PostgreSQL runs from version 15): a promise
     * made before V5 goes to every participant, known-since moves back to the first touch, last
     * touch to the latest.
     */
    @Test
    void v5_onPostgres_movesKnownSinceBackAndGivesOldPromisesToEveryParticipant() throws Exception {
        DataSource ds = freshDatabase();
        postgres(ds, "4").migrate();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute("INSERT INTO contact (id, first_name, circle, known_since, last_touch, created_at, updated_at) "
                    + "VALUES (1, 'Ana', 'CLOSE', DATE '2026-10-01', DATE '2026-10-01', now(), now()), "
                    + "(2, 'Ben', 'CLOSE', DATE '2026-01-01', DATE '2026-11-20', now(), now())");
            st.execute("INSERT INTO interaction (id, occurred_on, kind, follow_up_on, created_at, updated_at) VALUES "
                    + "(1, DATE '2026-09-15', 'CALL', DATE '2026-12-01', now(), now()), "
                    + "(2, DATE '2026-11-02', 'MEETING', NULL, now(), now())");
            st.execute("INSERT INTO interaction_participant (interaction_id, contact_id, position) VALUES "
                    + "(1, 1, 0), (1, 2, 1), (2, 2, 0)");
        }

        postgres(ds, null).migrate();

        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            Map<Long, String> dates = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT id, known_since, last_touch FROM contact ORDER BY id")) {
                while (rs.next()) {
                    dates.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
                }
            }
            assertThat(dates).containsExactly(Map.entry(1L, "2026-09-15 2026-09-15"),
                    Map.entry(2L, "2026-01-01 2026-11-02"));
            try (ResultSet rs = st.executeQuery("SELECT contact_id FROM interaction_promise_to "
                    + "WHERE interaction_id = 1 ORDER BY contact_id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(2);
                assertThat(rs.next()).isFalse();
            }
        }
    }
}
