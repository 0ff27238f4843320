package app.orbit.cli;

import app.orbit.exchange.ExportService;
import app.orbit.exchange.ImportService;
import app.orbit.domain.OrbitException;
import app.orbit.service.AskService;
import app.orbit.service.Backup;
import app.orbit.service.BackupService;
import app.orbit.service.CalendarService;
import app.orbit.service.ContactResolver;
import app.orbit.service.ContactService;
import app.orbit.service.DueListService;
import app.orbit.service.EncryptionChange;
import app.orbit.service.InteractionService;
import app.orbit.service.IntroductionService;
import app.orbit.service.PlanService;
import app.orbit.service.SettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The services one command runs on, from an Orbit opened by the composition root; closing the
 * context closes the database.
 */
public record CliContext(ContactService contacts, ContactResolver resolver, InteractionService interactions,
        DueListService dueList, PlanService planner, AskService asks, SettingsService settings,
        ImportService importer, ExportService exporter, BackupService backups, IntroductionService introductions,
        Clock clock, AutoCloseable closer, OrbitException notice, Runnable verify, boolean encrypted,
        CalendarService calendar)
        implements AutoCloseable {

    /** A context with nothing to tell before the command runs. */
    public CliContext(ContactService contacts, ContactResolver resolver, InteractionService interactions,
            DueListService dueList, PlanService planner, AskService asks, SettingsService settings,
            ImportService importer, ExportService exporter, BackupService backups, IntroductionService introductions,
            Clock clock, AutoCloseable closer) {
        this(contacts, resolver, interactions, dueList, planner, asks, settings, importer, exporter, backups,
                introductions, clock, closer, null, () -> { }, false, null);
    }

    /** Opens Orbit for a command: the {@code --data-dir} option (null for the default) and {@code --today} (or null). */
    @FunctionalInterface
    public interface Opener {
        CliContext open(String dataDirectory, LocalDate today);

        /** Opens Orbit for a command, read-only when {@code --read-only} was given. */
        default CliContext open(String dataDirectory, LocalDate today, boolean readOnly) {
            if (readOnly) {
                throw new OrbitException("cli.notYet", "--read-only");
            }
            return open(dataDirectory, today);
        }

        /**
         * Restores the database of a closed data directory from one of its backups (by file name),
         * the current database being backed up first; returns that backup, empty when there was none.
         */
        default Optional<Backup> restore(String dataDirectory, LocalDate today, String backupFile) {
            throw new OrbitException("cli.notYet", "restore");
        }

        /** Opens Orbit for a command, asking {@code passphrases} when the database is encrypted. */
        default CliContext open(String dataDirectory, LocalDate today, boolean readOnly,
                                PassphrasePrompt passphrases) {
            return open(dataDirectory, today, readOnly);
        }

        /** Restores a backup, asking {@code passphrases} when the data directory is encrypted. */
        default Optional<Backup> restore(String dataDirectory, LocalDate today, String backupFile,
                                         PassphrasePrompt passphrases) {
            return restore(dataDirectory, today, backupFile);
        }

        /** Encrypts the closed data directory's database and backups with the passphrase. */
        default EncryptionChange encrypt(String dataDirectory, char[] passphrase) {
            throw new OrbitException("cli.notYet", "encrypt");
        }

        /** Changes the passphrase of the closed, encrypted data directory. */
        default EncryptionChange changePassphrase(String dataDirectory, char[] current, char[] next) {
            throw new OrbitException("cli.notYet", "passphrase");
        }

        /** Opens Orbit on a shared database ({@code --database postgresql://…}) instead of a data directory. */
        default CliContext openShared(String dataDirectory, String address, LocalDate today) {
            throw new OrbitException("cli.notYet", "--database");
        }

        /** Copies the data directory's network into the empty store at {@code target}; rows per table. */
        default java.util.Map<String, Long> migrateTo(String dataDirectory, String target, PassphrasePrompt passphrases) {
            throw new OrbitException("cli.notYet", "migrate-to");
        }

        /** Removes the encryption of the closed data directory. */
        default EncryptionChange decrypt(String dataDirectory, char[] current) {
            throw new OrbitException("cli.notYet", "decrypt");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public void close() {
        try {
            closer.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
