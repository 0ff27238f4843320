package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new database is made by one script ({@link Database#NEW_DATABASE}) instead of the migrations:
 * the script must be what the migrations make, to the last index and history row. When a
 * migration is added or H2 changes, this test fails; write the script again with
 * {@code ./mvnw -o test -Dtest=NewDatabaseScriptTest -Dorbit.test.args=-Dorbit.newDatabaseScript.write=true}.
 */
class NewDatabaseScriptTest {

    private static final Path SOURCE = Path.of("src/main/resources", Database.NEW_DATABASE);

    @TempDir
    Path dir;

    @Test
    void script_isWhatTheMigrationsMake() throws Exception {
        String made = scriptOfTheMigrations(dir.resolve("migrated"));
        if (Boolean.getBoolean("orbit.newDatabaseScript.write")) {
            Files.writeString(SOURCE, made, StandardCharsets.UTF_8);
        }
        assertThat(resource())
                .as("%s is not what the migrations make: write it again (see NewDatabaseScriptTest)", SOURCE)
                .isEqualTo(made);
    }

    @Test
    void newDatabase_sameSchemaAndHistoryAsTheMigrationsGive() throws Exception {
        Path migrated = dir.resolve("migrated");
        scriptOfTheMigrations(migrated);
        Path created = dir.resolve("created");
        Database.open(created).close();

        List<String> expected = schema(Database.url(migrated));
        List<String> actual = schema(Database.url(created));
        assertThat(actual).hasSizeGreaterThan(100).isEqualTo(expected);
        assertThat(actual).anyMatch(line -> line.contains("'V" + Database.SCHEMA_VERSION + "__"));
        // Flyway finds nothing to do in it, and takes it as its own.
        Flyway flyway = Flyway.configure().dataSource(Database.url(created), Database.USER, "")
                .locations(Database.MIGRATIONS).load();
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
    }

    /** The migrations run by Flyway on a new file, written out as the script that makes the same. */
    private static String scriptOfTheMigrations(Path directory) throws SQLException {
        String url = "jdbc:h2:" + directory.resolve("orbit").toAbsolutePath();
        Flyway.configure().dataSource(url, Database.USER, "").locations(Database.MIGRATIONS).load().migrate();
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(url, Database.USER, "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                String sql = rs.getString(1).strip();
                if (sql.startsWith("CREATE USER ")) {
                    continue; // The user is the one connected: it exists already.
                }
                // The history's times become those of the database's making.
                sql = sql.replaceAll("TIMESTAMP '[^']*', [0-9]+, TRUE\\)", "CURRENT_TIMESTAMP, 0, TRUE)");
                out.append(sql).append('\n');
            }
        }
        return out.toString();
    }

    /** Everything but the history's times, which differ by their making. */
    private static List<String> schema(String url) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, Database.USER, "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS")) {
            while (rs.next()) {
                for (String line : rs.getString(1).split("\n")) {
                    lines.add(line.strip().replaceAll("TIMESTAMP '[^']*', [0-9]+, TRUE\\)", "(when), TRUE)"));
                }
            }
        }
        return lines;
    }

    private static String resource() throws IOException {
        try (InputStream in = Database.class.getClassLoader().getResourceAsStream(Database.NEW_DATABASE)) {
            return in == null ? "(no " + Database.NEW_DATABASE + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
