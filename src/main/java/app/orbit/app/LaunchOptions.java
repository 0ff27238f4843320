package app.orbit.app;

import app.orbit.cli.Cli;
import app.orbit.domain.OrbitException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The window's options: {@code --data-dir DIR}, {@code --today YYYY-MM-DD} and
 * {@code --database postgresql://…} (each also as {@code --opt=value}), {@code --read-only}, and
 * vCard files whose import preview the window opens (a {@code .vcf} opened with Orbit from a file
 * manager). {@code database} is null when not given.
 */
public record LaunchOptions(Path dataDirectory, LocalDate today, boolean readOnly, List<Path> imports,
                            String database) {

    public LaunchOptions {
        imports = List.copyOf(imports);
    }

    public LaunchOptions(Path dataDirectory, LocalDate today, boolean readOnly, List<Path> imports) {
        this(dataDirectory, today, readOnly, imports, null);
    }

    public LaunchOptions(Path dataDirectory, LocalDate today, boolean readOnly) {
        this(dataDirectory, today, readOnly, List.of());
    }

    public LaunchOptions(Path dataDirectory, LocalDate today) {
        this(dataDirectory, today, false);
    }

    public static LaunchOptions parse(List<String> args) {
        String dir = null;
        String today = null;
        String database = null;
        boolean readOnly = false;
        List<Path> imports = new ArrayList<>();
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
            } else if (a.startsWith("--database=")) {
                database = a.substring("--database=".length());
            } else if (a.equals("--database") && i + 1 < args.size()) {
                database = args.get(++i);
            } else if (Cli.isVCardFile(a)) {
                imports.add(Path.of(a).toAbsolutePath());
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
        return new LaunchOptions(DataDirectory.resolve(dir), day, readOnly, imports, database);
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
