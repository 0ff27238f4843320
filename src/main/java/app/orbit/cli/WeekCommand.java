package app.orbit.cli;

import app.orbit.domain.DueEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit week [--date D]}: who to reconnect with in the week holding D. */
@Command(name = "week", mixinStandardHelpOptions = true,
        description = "The reconnect list for the week holding a date (default today).")
final class WeekCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A day of the week to show (default today).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    OrbitCommand.Format format;

    /** The week as JSON. */
    record WeekView(String week, LocalDate from, LocalDate to, List<ContactsCommand.ContactRow> entries) {
    }

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            LocalDate day = date == null ? ctx.today() : date;
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            List<ContactsCommand.ContactRow> rows = new ArrayList<>();
            for (DueEntry e : ctx.dueList().due(day, ctx.settings().current().planSize())) {
                rows.add(ContactsCommand.row(root, e.contact(), e.staleness()));
            }
            String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            if (format == OrbitCommand.Format.JSON) {
                root.printJson(new WeekView(week, monday, monday.plusDays(6), rows));
            } else {
                root.println(root.text("cli.week.title", week, monday.toString(), monday.plusDays(6).toString()));
                if (rows.isEmpty()) {
                    root.println(root.text("cli.week.empty"));
                } else {
                    ContactsCommand.print(root, rows, format);
                }
            }
        }
        return 0;
    }
}
