package app.orbit.app;

import app.orbit.cli.Cli;
import app.orbit.cli.CliContext;
import app.orbit.service.ContactResolver;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Orbit's entry point: a plain class (not an Application) so JavaFX can run from the classpath.
 * With no command (only {@code --data-dir} or {@code --today}) it opens the window; with a
 * command it runs it and exits with the command's code.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.wantsWindow(args)) {
            OrbitApplication.launchWith(args);
            return;
        }
        System.exit(Cli.run(args, Main::openForCommand));
    }

    /** Opens Orbit for one command: on the data directory, on a clock fixed on {@code today} when given. */
    static CliContext openForCommand(String dataDirectory, LocalDate today) {
        Path dir = DataDirectory.resolve(dataDirectory);
        Logging.toDataDirectory(dir);
        ZoneId zone = ZoneId.systemDefault();
        Clock clock = today == null ? Clock.system(zone) : Clock.fixed(today.atTime(12, 0).atZone(zone).toInstant(), zone);
        return context(Orbit.open(dir, clock));
    }

    /** The services a command runs on; closing the context closes Orbit. */
    public static CliContext context(Orbit orbit) {
        return new CliContext(orbit.contacts(), new ContactResolver(orbit.contacts()), orbit.interactions(),
                orbit.dueList(), orbit.settings(), orbit.importer(), orbit.exporter(), orbit.clock(), orbit);
    }
}
