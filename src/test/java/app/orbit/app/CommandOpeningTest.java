package app.orbit.app;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short command's data directory opened while picocli reads the arguments. */
class CommandOpeningTest {

    @TempDir
    Path dir;

    @Test
    void take_theValuesPicocliFound_isTheOrbitOpenedAhead() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.contacts().create(person("Ann", "Archer").build());
        }
        CommandOpening early = CommandOpening.start("contacts",
                new String[] {"--data-dir", dir.toString(), "contacts", "list", "--today=2026-11-30"});

        Orbit taken = early.take(dir.toString(), LocalDate.parse("2026-11-30"), false);

        assertThat(taken).isNotNull();
        assertThat(taken.contacts().count()).isEqualTo(1);
        assertThat(early.take(dir.toString(), LocalDate.parse("2026-11-30"), false)).as("taken once").isNull();
        early.closeUnused(); // Taken: the command closes it.
        assertThat(taken.contacts().count()).isEqualTo(1);
        taken.close();
    }

    @Test
    void take_otherValues_isNullAndTheOpeningIsClosedUnused() throws Exception {
        TestOrbit.open(dir).close();
        CommandOpening early = CommandOpening.start("week", new String[] {"--data-dir", dir.toString(), "week"});

        assertThat(early.take(dir.toString(), null, true)).isNull();
        assertThat(early.take(dir.resolve("elsewhere").toString(), null, false)).isNull();
        early.closeUnused();

        // Closed: the data directory opens again.
        try (Orbit again = Orbit.open(dir, TestOrbit.clockAt(TestOrbit.TODAY))) {
            assertThat(again.contacts().count()).isZero();
        }
    }

    @Test
    void start_notAQuickCommandOrASharedDatabaseOrABadDate_opensNothing() {
        assertThat(CommandOpening.start("import", new String[] {"--data-dir", dir.toString(), "import", "x.vcf"}))
                .isNull();
        assertThat(CommandOpening.start("restore", new String[] {"restore", "x.zip"})).isNull();
        assertThat(CommandOpening.start("week", new String[] {"--database", "postgresql://h/db", "week"})).isNull();
        assertThat(CommandOpening.start("week", new String[] {"--today", "30/11/2026", "week"})).isNull();
        assertThat(CommandOpening.start("week", new String[] {"week", "--data-dir"})).isNull();
    }

    @Test
    void take_anEncryptedDatabase_isNullSoTheCommandAsksForThePassphrase() throws Exception {
        TestOrbit.open(dir).close();
        Orbit.encrypt(dir, "a passphrase long enough".toCharArray());
        CommandOpening early = CommandOpening.start("contacts", new String[] {"--data-dir", dir.toString(), "contacts",
            "list"});

        assertThat(early.take(dir.toString(), null, false)).isNull();
        early.closeUnused();

        try (Orbit orbit = Orbit.open(dir, TestOrbit.clockAt(TestOrbit.TODAY), false,
                app.orbit.store.PassphraseSource.of("a passphrase long enough".toCharArray()))) {
            assertThat(orbit.encrypted()).isTrue();
        }
    }
}
