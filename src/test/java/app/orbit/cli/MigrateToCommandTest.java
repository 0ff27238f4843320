package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.store.Database;
import app.orbit.store.PostgresStore;
import app.orbit.store.JdbcContactRepository;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbit migrate-to}: this data directory into an empty PostgreSQL database or a new data directory. */
class MigrateToCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path other;
    private String database;
    private long contacts;

    @BeforeEach
    void network() throws Exception {
        try (Orbit orbit = TestOrbit.open(data)) {
            contacts = orbit.sampleNetwork().load();
        }
        database = TestPostgres.newDatabase();
    }

    @AfterEach
    void drop() throws Exception {
        TestPostgres.drop(database);
    }

    private String address() throws Exception {
        return "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
    }

    private CliRunner cli() {
        return new CliRunner(data, Locale.ENGLISH);
    }

    @Test
    void migrateTo_postgres_copiesTheNetworkAndSaysHowMuch() throws Exception {
        String out = cli().ok("migrate-to", address());

        assertThat(out).contains(contacts + " contacts").contains("This data directory is unchanged");
        try (PostgresStore pg = PostgresStore.open(TestPostgres.source(database))) {
            assertThat(new JdbcContactRepository(pg).count()).isEqualTo(contacts);
        }
    }

    @Test
    void migrateTo_twice_isRefusedTheSecondTimeAndCopiesNothingMore() throws Exception {
        cli().ok("migrate-to", address());

        CliRunner.Run again = cli().orbit("migrate-to", address());

        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("not empty");
        try (PostgresStore pg = PostgresStore.open(TestPostgres.source(database))) {
            assertThat(new JdbcContactRepository(pg).count()).isEqualTo(contacts);
        }
    }

    @Test
    void migrateTo_anAddressWithAPassword_isRefusedWithoutShowingIt() throws Exception {
        CliRunner.Run run = cli().orbit("migrate-to", "postgresql://postgres:s3cret@localhost:"
                + TestPostgres.server().getPort() + "/" + database);

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("~/.pgpass").doesNotContain("s3cret");
        try (PostgresStore pg = PostgresStore.open(TestPostgres.source(database))) {
            assertThat(new JdbcContactRepository(pg).count()).isZero();
        }
    }

    @Test
    void migrateTo_h2Folder_makesANewDataDirectoryWithTheNetwork() {
        Path copy = other.resolve("copy");

        cli().ok("migrate-to", "h2:" + copy);

        try (Database db = Database.open(copy)) {
            assertThat(new JdbcContactRepository(db).count()).isEqualTo(contacts);
        }
    }

    @Test
    void migrateTo_somethingElse_namesTheTwoFormsItTakes() {
        CliRunner.Run run = cli().orbit("migrate-to", "mysql://localhost/orbit");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("postgresql://[user@]host[:port]/database or h2:FOLDER");
    }
}
