package app.orbit.testing;

import app.orbit.app.Orbit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A real Orbit on a fresh H2 database in a temporary directory, on a fixed clock. */
public final class TestOrbit {

    /** The day every test lives on unless it says otherwise: a Thursday. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    private TestOrbit() {
    }

    public static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    /** The passphrase of the tests' encrypted data directories (asked only when the database is encrypted). */
    public static final String PASSPHRASE = "a test passphrase, long enough";

    public static Orbit open(Path dir) {
        return open(dir, TODAY);
    }

    /** Opens on the day; an encrypted database (the crash harness, the damage tests) with {@link #PASSPHRASE}. */
    public static Orbit open(Path dir, LocalDate today) {
        return Orbit.open(dir, clockAt(today), false, () -> PASSPHRASE.toCharArray());
    }

    /** Closes Orbit and opens its data directory again on another day: "a week later, the same network". */
    public static Orbit reopen(Orbit orbit, LocalDate day) {
        orbit.close();
        return open(orbit.dataDirectory(), day);
    }

    /** Encrypts the closed data directory with {@link #PASSPHRASE}. */
    public static void encrypt(Path dir) {
        Orbit.encrypt(dir, PASSPHRASE.toCharArray());
    }
}
