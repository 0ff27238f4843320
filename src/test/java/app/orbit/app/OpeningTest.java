package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.store.Database;
import app.orbit.store.PassphraseSource;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's opening on its own thread, from the command line's options, as {@code launchWith} starts it. */
class OpeningTest {

    @TempDir
    Path dir;

    @Test
    void inBackground_fromTheOptions_opensThatDirectoryOnThatDay() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
        }

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString(), "--today", "2030-01-15")).await();

        try (Orbit orbit = r.orbit()) {
            assertThat(r.failure()).isNull();
            assertThat(r.dataDirectory()).isEqualTo(dir);
            assertThat(orbit.planner().today()).isEqualTo(java.time.LocalDate.of(2030, 1, 15));
            assertThat(orbit.contacts().count()).isEqualTo(1);
        }
    }

    @Test
    void inBackground_aPassphraseKnownAtStart_isDerivedAheadOnceAndOpens() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
        }
        TestOrbit.encrypt(dir);
        List<String> readOn = new CopyOnWriteArrayList<>();
        PassphraseSource file = () -> {
            readOn.add(Thread.currentThread().getName());
            return TestOrbit.PASSPHRASE.toCharArray();
        };

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString()), file).await();

        try (Orbit orbit = r.orbit()) {
            assertThat(r.failure()).isNull();
            assertThat(orbit.encrypted()).isTrue();
            assertThat(orbit.contacts().count()).isEqualTo(1);
        }
        assertThat(readOn).as("read once, by the key's own thread").containsExactly("orbit-key");
    }

    @Test
    void inBackground_aWrongPassphraseKnownAtStart_isAFailureToShow_andNothingIsWritten() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
        }
        TestOrbit.encrypt(dir);
        Map<String, byte[]> before = files();

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString()),
                () -> "not the passphrase at all".toCharArray()).await();

        assertThat(r.orbit()).isNull();
        // The window then asks for the passphrase in its dialog, saying this one was wrong.
        assertThat(r.failure().key()).isEqualTo("error.passphrase.wrong");
        assertThat(r.offeredBackup()).isNull();
        Map<String, byte[]> after = files();
        // The log is the one file an opening writes before it knows the key: it says the passphrase was wrong.
        after.keySet().removeIf(name -> name.startsWith("logs"));
        before.keySet().removeIf(name -> name.startsWith("logs"));
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
    }

    /** Every file under the data directory, by its relative path. */
    private Map<String, byte[]> files() throws java.io.IOException {
        return app.orbit.testing.DataFiles.under(dir);
    }

    @Test
    void inBackground_aBadDate_isAFailureToShowNotAnException() {
        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString(), "--today", "someday")).await();

        assertThat(r.orbit()).isNull();
        assertThat(r.failure().key()).isEqualTo("error.option.today");
    }

    @Test
    void inBackground_aDamagedDatabase_offersTheLatestBackup() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ada", "Lovelace").build());
            orbit.backups().backupNow();
        }
        Files.write(Database.databaseFile(dir), new byte[20_000]);

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString())).await();

        assertThat(r.orbit()).isNull();
        assertThat(r.failure().key()).isEqualTo("backup.damaged");
        assertThat(r.offeredBackup()).isNotNull();
    }

    @Test
    void inBackground_aDatabaseOption_opensTheSharedServerAndKeepsLogsHere() throws Exception {
        String database = TestPostgres.newDatabase();
        String address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;

        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString(), "--database=" + address)).await();

        try (Orbit orbit = r.orbit()) {
            assertThat(r.failure()).isNull();
            assertThat(r.server()).isEqualTo(address);
            assertThat(orbit.server()).contains(address);
            orbit.contacts().create(person("Ada", "Lovelace").build());
        } finally {
            TestPostgres.drop(database);
        }
        assertThat(Database.exists(dir)).as("no H2 database in the data directory").isFalse();
    }

    @Test
    void inBackground_theServerSavedInSettings_isOpened_unlessReadOnlyIsAsked() throws Exception {
        String database = TestPostgres.newDatabase();
        String address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
        TestOrbit.open(dir).close();
        new SharedDatabaseFile(dir, null).save(address);
        try {
            Opening.Result shared = Opening.inBackground(List.of("--data-dir", dir.toString())).await();
            try (Orbit orbit = shared.orbit()) {
                assertThat(orbit.server()).contains(address);
            }
            Opening.Result local = Opening.inBackground(List.of("--data-dir", dir.toString(), "--read-only")).await();
            try (Orbit orbit = local.orbit()) {
                assertThat(orbit.server()).isEmpty();
            }
        } finally {
            TestPostgres.drop(database);
        }
    }

    @Test
    void inBackground_anUnreachableServer_isAFailureNamingItMasked() {
        Opening.Result r = Opening.inBackground(List.of("--data-dir", dir.toString(), "--database",
                "postgresql://ana@localhost:1/orbit")).await();

        assertThat(r.orbit()).isNull();
        assertThat(r.failure().key()).isEqualTo("shared.unreachable");
        assertThat(r.failure().args()).containsExactly("postgresql://…@localhost:1/orbit");
        assertThat(r.server()).isEqualTo("postgresql://ana@localhost:1/orbit");
    }

    @Test
    void forWindow_anAuthenticationFailure_pointsToPgpass() {
        var refused = new app.orbit.domain.OrbitException(new java.sql.SQLException("password authentication failed",
                "28P01"), "migrateTo.unreachable", "postgresql://…@db/orbit", "password authentication failed");

        assertThat(Opening.forWindow(refused, "postgresql://…@db/orbit").key()).isEqualTo("shared.refused");
    }
}
