package app.orbit.cli;

import app.orbit.exchange.ExportService;
import app.orbit.exchange.ImportService;
import app.orbit.domain.OrbitException;
import app.orbit.service.AskService;
import app.orbit.service.Backup;
import app.orbit.service.BackupService;
import app.orbit.service.ContactResolver;
import app.orbit.service.ContactService;
import app.orbit.service.DueListService;
import app.orbit.service.InteractionService;
import app.orbit.service.IntroductionService;
import app.orbit.service.ReconnectPlanner;
import app.orbit.service.SettingsService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The services one command runs on, from an Orbit opened by the composition root; closing the
 * context closes the database.
 */
public record CliContext(ContactService contacts, ContactResolver resolver, InteractionService interactions,
        DueListService dueList, ReconnectPlanner planner, AskService asks, SettingsService settings,
        ImportService importer, ExportService exporter, BackupService backups, IntroductionService introductions,
        Clock clock, AutoCloseable closer, OrbitException notice, Runnable verify) implements AutoCloseable {

    /** A context with nothing to tell before the command runs. */
    public CliContext(ContactService contacts, ContactResolver resolver, InteractionService interactions,
            DueListService dueList, ReconnectPlanner planner, AskService asks, SettingsService settings,
            ImportService importer, ExportService exporter, BackupService backups, IntroductionService introductions,
            Clock clock, AutoCloseable closer) {
        this(contacts, resolver, interactions, dueList, planner, asks, settings, importer, exporter, backups,
                introductions, clock, closer, null, () -> { });
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
