package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void open_twiceOnOneDirectory_secondIsRefusedAndFirstStillWorks() throws Exception {
        try (Database first = Database.open(dir)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(first);
            settings.put("k", "v");

            assertThatThrownBy(() -> Database.open(dir))
                    .isInstanceOfSatisfying(OrbitException.class,
                            e -> assertThat(e.key()).isEqualTo("error.dataDir.inUse"));

            assertThat(settings.get("k")).hasValue("v");
        }
        try (Database again = Database.open(dir)) {
            assertThat(new JdbcSettingsRepository(again).get("k")).hasValue("v");
        }
    }

    @Test
    void schemaVersion_isTheNewestMigration() throws Exception {
        int newest = 0;
        for (String folder : new String[] {"/db/migration", "/db/common"}) {
            try (var files = Files.list(Path.of(Database.class.getResource(folder).toURI()))) {
                newest = Math.max(newest, files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElse(0));
            }
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(newest);
    }

    @Test
    void open_atTheLatestVersion_opensAgainWithoutMigratingAndKeepsItsData() throws Exception {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("k", "v");
        }
        try (Database again = Database.open(dir, (url, user, password, key) -> {
            throw new AssertionError("no migration expected");
        })) {
            assertThat(new JdbcSettingsRepository(again).get("k")).hasValue("v");
            try (Connection c = again.connection(); Statement st = c.createStatement();
                 // The newest version, not the count of rows: migration numbers may leave gaps.
                 var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\" "
                         + "WHERE \"version\" IS NOT NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Database.SCHEMA_VERSION);
            }
        }
    }

    @Test
    void open_writesAtTheEndOfTheFileNeverIntoFreedSpace() throws Exception {
        try (Database db = Database.open(dir); Connection c = db.connection()) {
            var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();

            assertThat(session.getDatabase().getStore().getMvStore().isSpaceReused()).isFalse();
        }
    }

    @Test
    void close_afterUse_leavesNoTraceFileBehind() throws Exception {
        for (int round = 0; round < 2; round++) {
            try (Database db = Database.open(dir)) {
                // Borrow pooled connections, so the pool has idle ones to close at shutdown.
                db.inTransaction(() -> new JdbcSettingsRepository(db).put("k", "v"));
                new JdbcSettingsRepository(db).get("k");
            }
        }

        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    @Test
    void open_createsOwnerOnlyDirectoryAndFiles() throws Exception {
        Path data = dir.resolve("nested/orbit-data");
        try (Database db = Database.open(data)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Database.databaseFile(data))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void open_databaseFromANewerOrbit_isRefusedAndLeftUntouched() throws Exception {
        Database.open(dir).close();
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'orbit', 1, TRUE)");
            st.execute("SHUTDOWN");
        }
        byte[] before = Files.readAllBytes(Database.databaseFile(dir));

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(e.key()).isEqualTo("error.database.newer"));

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(before);
    }

    @Test
    void open_garbageFile_isReportedAsDamagedAndNotOverwritten() throws Exception {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(Database.databaseFile(dir), garbage);

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOfSatisfying(OrbitException.class,
                        e -> assertThat(e.key()).isEqualTo("error.database.damaged"));

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(garbage);
    }

    @Test
    void inTransaction_failure_rollsBackEverything() {
        try (Database db = Database.open(dir)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
            assertThatThrownBy(() -> db.inTransaction(() -> {
                settings.put("a", "1");
                settings.put("b", "2");
                throw new IllegalStateException("midway");
            })).hasMessage("midway");

            assertThat(settings.all()).isEmpty();
        }
    }

    @Test
    void afterCommit_runsOnceAfterCommitAndNeverAfterRollback() {
        try (Database db = Database.open(dir)) {
            int[] runs = {0};
            Runnable action = () -> runs[0]++;
            db.inTransaction(() -> {
                db.afterCommit(action);
                db.afterCommit(action);
                assertThat(runs[0]).isZero();
            });
            assertThat(runs[0]).isEqualTo(1);

            assertThatThrownBy(() -> db.inTransaction(() -> {
                db.afterCommit(action);
                throw new IllegalStateException("no");
            }));
            assertThat(runs[0]).isEqualTo(1);
        }
    }
}
