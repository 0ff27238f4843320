package app.orbit.app;

import app.orbit.domain.OrbitException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The window's options: {@code --data-dir DIR} and {@code --today YYYY-MM-DD} (either as
 * {@code --opt=value}), and {@code --read-only}.
 */
public record LaunchOptions(Path dataDirectory, LocalDate today, boolean readOnly) {

    public LaunchOptions(Path dataDirectory, LocalDate today) {
        this(dataDirectory, today, false);
    }

    public static LaunchOptions parse(List<String> args) {
        String dir = null;
        String today = null;
        boolean readOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--read-only")) {
                readOnly = true;
            } else if (a.startsWith("--data-dir=")) {
                dir = a.substring("--data-dir=".length());
            } else if (a.equals("--data-dir") && i + 1 < args.size()) {
                dir = args.get(++i);
            } else if (a.startsWith("--today=")) {
                today = a.substring("--today=".length());
            } else if (a.equals("--today") && i + 1 < args.size()) {
                today = args.get(++i);
            }
        }
        LocalDate day = null;
        if (today != null) {
            try {
                day = LocalDate.parse(today);
            } catch (DateTimeParseException e) {
                throw new OrbitException("error.option.today", today);
            }
        }
        return new LaunchOptions(DataDirectory.resolve(dir), day, readOnly);
    }

    /** The system clock, or one shifted so that today is the given day (time still flows). */
    public Clock clock() {
        Clock system = Clock.systemDefaultZone();
        if (today == null) {
            return system;
        }
        ZoneId zone = system.getZone();
        Duration shift = Duration.between(LocalDate.now(system).atStartOfDay(zone), today.atStartOfDay(zone));
        return Clock.offset(system, shift);
    }
}
