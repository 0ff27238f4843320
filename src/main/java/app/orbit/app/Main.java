package app.orbit.app;

import app.orbit.cli.Cli;
import app.orbit.cli.CliContext;
import app.orbit.cli.PassphrasePrompt;
import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.ContactResolver;
import app.orbit.service.EncryptionChange;
import app.orbit.store.BackupFiles;
import app.orbit.store.PassphraseSource;
import app.orbit.store.StoreWarmUp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * Orbit's entry point: a plain class (not an Application) so JavaFX can run from the classpath.
 * With no command (only {@code --data-dir} or {@code --today}) it opens the window; with a
 * command it runs it and exits with the command's code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        app.orbit.store.H2Settings.beforeH2Loads();
        if (Cli.wantsWindow(args)) {
            OrbitApplication.launchWith(args);
            return;
        }
        String command = Cli.commandIn(args);
        CommandOpening early = command != null ? CommandOpening.start(command, args) : null;
        if (early == null && command != null) {
            // Logback and H2 set up on the other core while picocli reads the arguments on this one.
            StoreWarmUp.start(LoggerFactory::getILoggerFactory);
        }
        int code = Cli.run(args, commandOpener(early));
        if (early != null) {
            early.closeUnused();
        }
        System.exit(code);
    }

    /** How a command opens Orbit: on its data directory, with its log, and restores a closed one. */
    static CliContext.Opener commandOpener() {
        return commandOpener(null);
    }

    /** The same, taking what {@code early} opened when it opened what the command asks for. */
    private static CliContext.Opener commandOpener(CommandOpening early) {
        return new CliContext.Opener() {
            @Override
            public CliContext open(String dataDirectory, LocalDate today) {
                return open(dataDirectory, today, false);
            }

            @Override
            public CliContext open(String dataDirectory, LocalDate today, boolean readOnly) {
                Orbit opened = early == null ? null : early.take(dataDirectory, today, readOnly);
                return opened != null ? forCommand(opened) : openForCommand(dataDirectory, today, readOnly);
            }

            @Override
            public CliContext open(String dataDirectory, LocalDate today, boolean readOnly,
                                   PassphrasePrompt passphrases) {
                Orbit opened = early == null ? null : early.take(dataDirectory, today, readOnly);
                return opened != null ? forCommand(opened)
                        : openForCommand(dataDirectory, today, readOnly, passphrases::current);
            }

            @Override
            public Optional<Backup> restore(String dataDirectory, LocalDate today, String backupFile) {
                return restore(dataDirectory, today, backupFile, null);
            }

            @Override
            public Optional<Backup> restore(String dataDirectory, LocalDate today, String backupFile,
                                            PassphrasePrompt passphrases) {
                Path dir = DataDirectory.resolve(dataDirectory);
                Logging.toDataDirectory(dir);
                return restoreFromBackup(dir, clock(today), backupFile,
                        passphrases == null ? PassphraseSource.NONE : passphrases::current);
            }

            @Override
            public EncryptionChange encrypt(String dataDirectory, char[] passphrase) {
                return Orbit.encrypt(logged(dataDirectory), passphrase);
            }

            @Override
            public EncryptionChange changePassphrase(String dataDirectory, char[] current, char[] next) {
                return Orbit.changePassphrase(logged(dataDirectory), current, next);
            }

            @Override
            public CliContext openShared(String dataDirectory, String address, LocalDate today) {
                Path dir = logged(dataDirectory);
                Orbit orbit = Orbit.openShared(address, dir, clock(today));
                CliContext context = context(orbit);
                // This computer's daily JSON backup of the shared network, once the command's output is out.
                return new CliContext(context.contacts(), context.resolver(), context.interactions(),
                        context.dueList(), context.planner(), context.asks(), context.settings(), context.importer(),
                        context.exporter(), context.backups(), context.introductions(), context.clock(),
                        orbit::closeWithDailyBackup, context.notice(), context.verify(), context.encrypted(),
                        context.calendar());
            }

            @Override
            public java.util.Map<String, Long> migrateTo(String dataDirectory, String target,
                                                          PassphrasePrompt passphrases) {
                return Orbit.migrateTo(logged(dataDirectory), target,
                        passphrases == null ? PassphraseSource.NONE : passphrases::current);
            }

            @Override
            public EncryptionChange decrypt(String dataDirectory, char[] current) {
                return Orbit.decrypt(logged(dataDirectory), current);
            }
        };
    }

    private static Path logged(String dataDirectory) {
        Path dir = DataDirectory.resolve(dataDirectory);
        Logging.toDataDirectory(dir);
        return dir;
    }

    private static Clock clock(LocalDate today) {
        ZoneId zone = ZoneId.systemDefault();
        return today == null ? Clock.system(zone) : Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
    }

    /** {@code orbit restore}: the named backup of a closed data directory replaces its database. */
    public static Optional<Backup> restoreFromBackup(Path dataDirectory, Clock clock, String backupFile) {
        return restoreFromBackup(dataDirectory, clock, backupFile, PassphraseSource.NONE);
    }

    /** {@code orbit restore} on a data directory that may be encrypted: the passphrase asked only then. */
    public static Optional<Backup> restoreFromBackup(Path dataDirectory, Clock clock, String backupFile,
                                                     PassphraseSource passphrase) {
        String name = Path.of(backupFile).getFileName().toString();
        Backup backup = BackupFiles.listIn(dataDirectory).stream().filter(b -> b.fileName().equals(name))
                .findFirst().orElseThrow(() -> new OrbitException("cli.restore.unknown", backupFile,
                        BackupFiles.folder(dataDirectory)));
        return Orbit.offline(dataDirectory, clock, passphrase, s -> s.restore(backup));
    }

    /** Opens Orbit for one command: on the data directory, on a clock fixed on {@code today} when given. */
    static CliContext openForCommand(String dataDirectory, LocalDate today, boolean readOnly) {
        return openForCommand(dataDirectory, today, readOnly, PassphraseSource.NONE);
    }

    /** Opens Orbit for one command, the passphrase from {@code passphrase} when the database is encrypted. */
    static CliContext openForCommand(String dataDirectory, LocalDate today, boolean readOnly,
                                     PassphraseSource passphrase) {
        return forCommand(openOrbitForCommand(dataDirectory, today, readOnly, passphrase));
    }

    /** Orbit opened for a command, with the data directory's log. */
    static Orbit openOrbitForCommand(String dataDirectory, LocalDate today, boolean readOnly,
                                     PassphraseSource passphrase) {
        Path dir = DataDirectory.resolve(dataDirectory);
        if (!readOnly && DataDirectory.writable(dir)) {
            // A folder that cannot be written to gets no log file (Orbit opens it read-only).
            Logging.toDataDirectory(dir);
        }
        return Orbit.open(dir, clock(today), readOnly, passphrase);
    }

    /** A command's services on an open Orbit; closing them closes it, with the daily backup. */
    private static CliContext forCommand(Orbit orbit) {
        // The daily backup once the command is done and the database closed (compacted when it was
        // mostly garbage): a command never waits for a backup of a large file before it runs. A
        // read-only or damaged database gets none (closeWithDailyBackup skips it).
        CliContext context = context(orbit);
        return new CliContext(context.contacts(), context.resolver(), context.interactions(), context.dueList(),
                context.planner(), context.asks(), context.settings(), context.importer(), context.exporter(),
                context.backups(), context.introductions(), context.clock(), orbit::closeWithDailyBackup,
                context.notice(), context.verify(), context.encrypted(), context.calendar());
    }

    /** The services a command runs on; closing the context closes Orbit. */
    public static CliContext context(Orbit orbit) {
        return new CliContext(orbit.contacts(), new ContactResolver(orbit.contacts()), orbit.interactions(),
                orbit.dueList(), orbit.planner(), orbit.asks(), orbit.settings(), orbit.importer(), orbit.exporter(),
                orbit.backups(), orbit.introductions(), orbit.clock(), orbit, orbit.notice().orElse(null),
                orbit::verify, orbit.encrypted(), orbit.calendar());
    }
}
