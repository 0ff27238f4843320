package app.orbit.cli;

import app.orbit.exchange.ExportService;
import app.orbit.exchange.ImportService;
import app.orbit.service.ContactResolver;
import app.orbit.service.ContactService;
import app.orbit.service.DueListService;
import app.orbit.service.InteractionService;
import app.orbit.service.SettingsService;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The services one command runs on, from an Orbit opened by the composition root; closing the
 * context closes the database.
 */
public record CliContext(ContactService contacts, ContactResolver resolver, InteractionService interactions,
        DueListService dueList, SettingsService settings, ImportService importer, ExportService exporter, Clock clock,
        AutoCloseable closer) implements AutoCloseable {

    /** Opens Orbit for a command: the {@code --data-dir} option (null for the default) and {@code --today} (or null). */
    @FunctionalInterface
    public interface Opener {
        CliContext open(String dataDirectory, LocalDate today);
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
