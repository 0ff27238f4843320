package app.orbit.cli;

import app.orbit.domain.CalendarSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbit calendar add|list|remove}: the calendars Orbit proposes meetings from. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "The calendars Orbit reads meetings from: .ics files or subscription addresses.")
final class CalendarCommand {

    /** A calendar as listed: an address only masked (it is a secret). */
    record SourceRow(long id, String calendar, String kind, String owner, LocalDate added) {
        static SourceRow of(CalendarSource s, ZoneId zone) {
            return new SourceRow(s.id(), s.shown(), s.isAddress() ? "address" : "file", s.owner(),
                    LocalDate.ofInstant(s.addedAt(), zone));
        }
    }

    /** {@code orbit calendar add FILE_OR_URL [--me EMAIL]}. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an .ics file or a calendar's secret address (https://… or webcal://…).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE_OR_URL", description = "An .ics file, or the calendar's address in iCal format.")
        String location;

        @Option(names = "--me", paramLabel = "EMAIL",
                description = "Your address in this calendar (how Orbit knows which invitations you declined).")
        String me;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                CalendarSource s = ctx.calendar().add(location, me == null ? "" : me);
                root.println(root.text("cli.calendar.added", s.id(), s.shown()));
            }
            return 0;
        }
    }

    /** {@code orbit calendar list [--format table|json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the calendars (addresses masked).")
    static final class ListSources implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
                description = "Output format: ${COMPLETION-CANDIDATES}.")
        OrbitCommand.Format format;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                List<SourceRow> rows = ctx.calendar().sources().stream()
                        .map(s -> SourceRow.of(s, ctx.clock().getZone())).toList();
                if (format == OrbitCommand.Format.JSON) {
                    root.printJson(rows);
                    return 0;
                }
                if (rows.isEmpty()) {
                    root.println(root.text("cli.calendar.none"));
                    return 0;
                }
                List<List<String>> cells = new ArrayList<>();
                for (SourceRow r : rows) {
                    cells.add(OrbitCommand.row(r.id(), r.calendar(), r.owner(), r.added()));
                }
                root.printTable(List.of("cli.column.id", "cli.column.calendar", "cli.column.owner",
                        "cli.column.added"), cells);
            }
            return 0;
        }
    }

    /** {@code orbit calendar remove ID}. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Stop reading a calendar.")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The calendar's id, from: orbit calendar list")
        long id;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                ctx.calendar().remove(id);
                root.println(root.text("cli.calendar.removed", id));
            }
            return 0;
        }
    }
}
