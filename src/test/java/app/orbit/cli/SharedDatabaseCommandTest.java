package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands on a shared PostgreSQL database ({@code --database}): two computers, each with its own
 * (empty) data directory, see and change the same network.
 */
class SharedDatabaseCommandTest {

    @TempDir
    Path laptop;
    @TempDir
    Path desktop;
    private String database;
    private String address;

    @BeforeEach
    void server() throws Exception {
        database = TestPostgres.newDatabase();
        address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
    }

    @AfterEach
    void drop() throws Exception {
        TestPostgres.drop(database);
    }

    private String on(Path computer, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--database";
        all[1] = address;
        System.arraycopy(args, 0, all, 2, args.length);
        return new CliRunner(computer, Locale.ENGLISH).ok(all);
    }

    @Test
    void database_passwordInTheAddressOrItsOptions_isRefusedWithoutConnecting() {
        for (String bad : new String[] {"postgresql://ana:secret@localhost:5432/orbit",
            "postgresql://ana@localhost:5432/orbit?sslmode=require&password=secret"}) {
            CliRunner.Run r = new CliRunner(laptop, Locale.ENGLISH).orbit("--database", bad, "contacts", "list");

            assertThat(r.code()).isNotZero();
            assertThat(r.err()).contains("holds a password").doesNotContain("secret");
        }
    }

    @Test
    void database_tlsRequiredByTheAddress_isAskedOfTheServerAndNamedWhenItHasNone() {
        // The tests' server speaks no TLS: sslmode=require must reach it and be refused there.
        CliRunner.Run r = new CliRunner(laptop, Locale.ENGLISH).orbit("--database", address + "?sslmode=require",
                "contacts", "list");

        assertThat(r.code()).isNotZero();
        assertThat(r.err()).contains("could not connect to").containsIgnoringCase("SSL");
        assertThat(on(laptop, "contacts", "list")).isNotNull();
        assertThat(new CliRunner(laptop, Locale.ENGLISH).ok("--database", address + "?sslmode=disable",
                "contacts", "list")).isNotNull();
    }

    @Test
    void whatOneComputerAddsAndLogs_theOtherSeesAndPlans() throws Exception {
        on(laptop, "contacts", "add", "--name", "Ana Lima", "--email", "ana@example.com", "--circle", "close");
        on(desktop, "contacts", "add", "--name", "Ben Okafor", "--circle", "inner");

        on(desktop, "log", "--with", "Ana", "--kind", "meeting", "--date", "2026-11-20", "--summary", "Coffee");

        assertThat(on(laptop, "contacts", "list")).contains("Ana Lima").contains("Ben Okafor");
        assertThat(on(laptop, "contacts", "list")).contains("2026-11-20");
        assertThat(on(laptop, "week")).isEqualTo(on(desktop, "week"));
        // Nothing was written into either data directory: the network is on the server.
        try (var files = Files.list(laptop)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("orbit.mv"))).isEmpty();
        }
    }

    @Test
    void backup_onASharedDatabase_writesItsJsonBackupOnThisComputer_whichRestoresIntoAnEmptyOrbit() throws Exception {
        on(laptop, "contacts", "add", "--name", "Ana Lima", "--email", "ana@example.com");
        on(desktop, "log", "--with", "Ana", "--kind", "call", "--date", "2026-11-21", "--summary", "Call");

        String out = on(laptop, "backup");

        Path backup;
        try (var files = Files.list(laptop.resolve("backups"))) {
            backup = files.filter(f -> f.getFileName().toString().endsWith("-manual.json")).findFirst().orElseThrow();
        }
        assertThat(out).contains(backup.getFileName().toString());
        Path fresh = desktop.resolve("fresh");
        new CliRunner(fresh, Locale.ENGLISH).ok("import", backup.toString());
        assertThat(new CliRunner(fresh, Locale.ENGLISH).ok("contacts", "list")).contains("Ana Lima").contains("2026-11-21");
    }
}
