package app.orbit.cli;

import app.orbit.app.Main;
import app.orbit.app.Orbit;
import app.orbit.testing.TestOrbit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import app.orbit.service.Backup;
import app.orbit.service.EncryptionChange;

/** Runs {@code orbit} in-process on one data directory: picocli with captured writers, the test clock. */
final class CliRunner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path data;
    private final Locale locale;
    private final Map<String, String> environment;

    CliRunner(Path data, Locale locale) {
        this(data, locale, Map.of());
    }

    /** A runner whose commands see these environment variables (no terminal): ORBIT_PASSPHRASE_FILE. */
    CliRunner(Path data, Locale locale, Map<String, String> environment) {
        this.data = data;
        this.locale = locale;
        this.environment = environment;
    }

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError(out, e);
            }
        }
    }

    /** Runs a command with {@code --data-dir} set to this runner's directory. */
    Run orbit(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext.Opener opener = new CliContext.Opener() {
            @Override
            public CliContext open(String dir, LocalDate today) {
                return open(dir, today, false);
            }

            @Override
            public CliContext open(String dir, LocalDate today, boolean readOnly) {
                return Main.context(Orbit.open(Path.of(dir),
                        TestOrbit.clockAt(today == null ? TestOrbit.TODAY : today), readOnly));
            }

            @Override
            public CliContext open(String dir, LocalDate today, boolean readOnly, PassphrasePrompt passphrases) {
                return Main.context(Orbit.open(Path.of(dir),
                        TestOrbit.clockAt(today == null ? TestOrbit.TODAY : today), readOnly, passphrases::current));
            }

            @Override
            public Optional<Backup> restore(String dir, LocalDate today, String backupFile,
                                            PassphrasePrompt passphrases) {
                return Main.restoreFromBackup(Path.of(dir), TestOrbit.clockAt(today == null ? TestOrbit.TODAY : today),
                        backupFile, passphrases::current);
            }

            @Override
            public EncryptionChange encrypt(String dir, char[] passphrase) {
                return Orbit.encrypt(Path.of(dir), passphrase);
            }

            @Override
            public EncryptionChange changePassphrase(String dir, char[] current, char[] next) {
                return Orbit.changePassphrase(Path.of(dir), current, next);
            }

            @Override
            public EncryptionChange decrypt(String dir, char[] current) {
                return Orbit.decrypt(Path.of(dir), current);
            }

            @Override
            public CliContext openShared(String dir, String address, LocalDate today) {
                return Main.context(Orbit.openShared(address, Path.of(dir),
                        TestOrbit.clockAt(today == null ? TestOrbit.TODAY : today)));
            }

            @Override
            public java.util.Map<String, Long> migrateTo(String dir, String target, PassphrasePrompt passphrases) {
                return Orbit.migrateTo(Path.of(dir), target, passphrases::current);
            }
        };
        int code = Cli.run(all.toArray(String[]::new), opener, new PrintWriter(out), new PrintWriter(err), locale,
                environment);
        return new Run(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed, and returns what it printed. */
    String ok(String... args) {
        Run r = orbit(args);
        if (r.code() != 0) {
            throw new AssertionError("orbit " + String.join(" ", args) + " failed: " + r.err());
        }
        return r.out();
    }
}
