package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaStampTest {

    @TempDir
    Path dir;

    @Test
    void close_clean_recordsTheFileAtThisSchema() throws Exception {
        Database.open(dir).close();

        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION)).isTrue();
        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION + 1)).isFalse();
        if (OwnerOnly.supported(dir)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(SchemaStamp.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
        assertThat(dir.resolve(SchemaStamp.FILE_NAME + ".part")).doesNotExist();
    }

    @Test
    void matches_afterAnotherProgramWroteTheFile_isFalse() throws Exception {
        Database.open(dir).close();
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE someone_elses (id INT)");
            st.execute("SHUTDOWN");
        }

        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION)).isFalse();
    }

    @Test
    void matches_fileReplacedByAnOlderCopy_isFalse() throws Exception {
        Database.open(dir).close();
        Path aside = Files.copy(Database.databaseFile(dir), dir.resolve("aside.mv.db"));
        Files.setLastModifiedTime(aside, Files.getLastModifiedTime(Database.databaseFile(dir)));
        try (Database db = Database.open(dir)) {
            db.inTransaction(() -> new JdbcSettingsRepository(db).put("k", "v"));
        }
        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION)).isTrue();

        // A restore by hand: the same bytes as an earlier state, another file.
        Files.move(aside, Database.databaseFile(dir), StandardCopyOption.REPLACE_EXISTING);

        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION)).isFalse();
    }

    @Test
    void matches_aCopyThatKeptItsTime_isTrue() throws Exception {
        Database.open(dir).close();
        Path other = Files.createDirectories(dir.resolve("moved"));
        Files.copy(Database.databaseFile(dir), Database.databaseFile(other), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(dir.resolve(SchemaStamp.FILE_NAME), other.resolve(SchemaStamp.FILE_NAME));

        assertThat(SchemaStamp.matches(other, Database.SCHEMA_VERSION)).isTrue();
        try (Database db = Database.open(other)) {
            db.inTransaction(() -> new JdbcSettingsRepository(db).put("k", "v"));
        }
    }

    @Test
    void open_stampCutShortOrMissing_looksAtTheHistoryAndOpens() throws Exception {
        Database.open(dir).close();
        Path stamp = dir.resolve(SchemaStamp.FILE_NAME);
        Files.writeString(stamp, Files.readString(stamp).substring(0, 5));
        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION)).isFalse();

        try (Database db = Database.open(dir)) {
            db.inTransaction(() -> new JdbcSettingsRepository(db).put("k", "v"));
        }
        Files.delete(stamp);
        try (Database db = Database.open(dir)) {
            assertThat(new JdbcSettingsRepository(db).get("k")).contains("v");
        }

        assertThat(SchemaStamp.matches(dir, Database.SCHEMA_VERSION)).isTrue();
    }

    @Test
    void close_readOnly_leavesTheStampAsItWas() throws Exception {
        Database.open(dir).close();
        String before = Files.readString(dir.resolve(SchemaStamp.FILE_NAME));
        SchemaStamp.forget(dir);

        Database.open(dir, Database.Migrations.NONE, true).close();

        assertThat(dir.resolve(SchemaStamp.FILE_NAME)).doesNotExist();
        assertThat(before).startsWith(Database.SCHEMA_VERSION + " ");
    }

    @Test
    void open_afterTheWarmUp_opensTheFileAndTheWarmUpLeftNothingBehind() throws Exception {
        Database.open(dir).close();
        try (var before = Files.list(dir)) {
            var names = before.map(p -> p.getFileName().toString()).sorted().toList();

            StoreWarmUp.start(() -> { });
            try (Database db = Database.open(dir)) {
                db.inTransaction(() -> new JdbcSettingsRepository(db).put("k", "v"));
            }

            try (var after = Files.list(dir)) {
                assertThat(after.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(names);
            }
        }
    }
}
