package app.orbit.cli;

import app.orbit.service.PlanLine;
import app.orbit.service.PlanOnDay;
import app.orbit.service.PlanWording;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit week [--date D]}: the reconnect plan of the week holding D, with gestures and asks. */
@Command(name = "week", mixinStandardHelpOptions = true,
        description = "The reconnect plan for the week holding a date (default today), with gestures and asks.")
final class WeekCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A day of the week to show (default today).")
    LocalDate date;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    OrbitCommand.Format format;

    /** One entry of the plan, as JSON. */
    record EntryRow(long contactId, String name, String status, String reason, String gesture, String gestureKind,
            String suggestion) {
    }

    /** The week as JSON. */
    record WeekRow(String week, LocalDate from, LocalDate to, String progress, List<EntryRow> entries) {
    }

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            PlanOnDay view = ctx.planner().week(date == null ? ctx.today() : date);
            PlanWording words = new PlanWording(root.messages);
            List<EntryRow> rows = new ArrayList<>();
            for (PlanLine line : view.lines()) {
                rows.add(new EntryRow(line.contact().id(), line.contact().displayName(),
                        line.entry().status().name(), words.reason(line), words.gesture(line),
                        line.entry().gesture().kind().name(), words.suggestion(line)));
            }
            String progress = words.progress(view.progress());
            if (format == OrbitCommand.Format.JSON) {
                root.printJson(new WeekRow(view.week().toString(), view.week().monday(), view.week().sunday(), progress,
                        rows));
                return 0;
            }
            root.println(root.text("cli.week.title", view.week().toString(), view.week().monday().toString(),
                    view.week().sunday().toString()) + " \u2014 " + progress);
            if (rows.isEmpty()) {
                root.println(root.text("cli.week.empty"));
                return 0;
            }
            for (EntryRow r : rows) {
                root.println("");
                root.println(r.name() + "  [" + words.status(app.orbit.domain.PlanStatus.valueOf(r.status())) + "]");
                root.println("  " + r.reason());
                root.println("  " + r.gesture());
                if (!r.suggestion().isEmpty()) {
                    root.println("  " + r.suggestion());
                }
            }
        }
        return 0;
    }
}
