package app.orbit.cli;

import app.orbit.domain.CalendarEvent;
import app.orbit.domain.Interaction;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Proposal;
import app.orbit.service.CalendarService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orbit proposals [accept|dismiss|add-people]}: the meetings read from the calendars, to
 * log in one step. Each run reads the calendars again (proposals are kept in memory only).
 */
@Command(name = "proposals", mixinStandardHelpOptions = true,
        description = "Meetings from your calendars to log: list them, accept or dismiss them.")
final class ProposalsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    OrbitCommand.Format format;

    /** A proposed participant, as JSON. */
    record PersonRow(long id, String name, String matchedBy) {
    }

    /** Someone invited who is not a contact yet, as JSON. */
    record UnknownRow(String email, String name) {
    }

    /** One proposal, as JSON. */
    record ProposalRow(String id, LocalDate date, String title, String kind, int confidence,
            List<PersonRow> participants, List<UnknownRow> unknown) {
        static ProposalRow of(Proposal p) {
            return new ProposalRow(p.id(), p.day(), p.title(), p.kind().name(), p.confidence(),
                    p.people().stream().map(x -> new PersonRow(x.contactId(), x.name(), x.matchedBy().name())).toList(),
                    p.unknown().stream().map(a -> new UnknownRow(a.email(), a.name())).toList());
        }
    }

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            List<Proposal> proposals = read(root, ctx.calendar());
            if (format == OrbitCommand.Format.JSON) {
                root.printJson(proposals.stream().map(ProposalRow::of).toList());
                return 0;
            }
            if (proposals.isEmpty()) {
                root.println(root.text(ctx.calendar().sources().isEmpty() ? "cli.calendar.none" : "cli.proposals.none"));
                return 0;
            }
            List<List<String>> cells = new ArrayList<>();
            for (Proposal p : proposals) {
                cells.add(OrbitCommand.row(p.id(), p.day(), p.title(), root.text("kind." + p.kind().name()),
                        p.people().stream().map(x -> x.name() + " (" + x.contactId() + ")")
                                .collect(Collectors.joining(", ")), p.confidence() + " %"));
            }
            root.printTable(List.of("cli.column.id", "cli.column.date", "cli.column.title", "cli.column.kind",
                    "cli.column.participants", "cli.column.confidence"), cells);
            List<CalendarEvent.Attendee> unknown = ctx.calendar().unknownPeople();
            if (!unknown.isEmpty()) {
                root.println("");
                root.println(root.text("cli.proposals.unknown", unknown.size(), unknown.stream()
                        .map(a -> a.name().isEmpty() ? a.email() : a.name() + " <" + a.email() + ">")
                        .collect(Collectors.joining(", "))));
            }
        }
        return 0;
    }

    /** Reads every calendar; a calendar that cannot be read is said on standard error, the others still count. */
    static List<Proposal> read(OrbitCommand root, CalendarService calendar) {
        List<Proposal> proposals = calendar.refresh();
        for (OrbitException problem : calendar.problems()) {
            root.err.println(root.messages.describe(problem).replace('\n', ' '));
        }
        root.err.flush();
        return proposals;
    }

    /**
     * Accepts or dismisses the proposals named, saying a line for each. Every id is checked
     * before anything is decided: a typo decides nothing.
     */
    private static int decide(CommandSpec spec, List<String> ids,
            java.util.function.BiFunction<CalendarService, Proposal, String> decision) {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            read(root, ctx.calendar());
            List<Proposal> named = ids.stream().map(ctx.calendar()::get).toList();
            for (Proposal p : named) {
                root.println(decision.apply(ctx.calendar(), p));
            }
        }
        return 0;
    }

    /** {@code orbit proposals accept ID…}. */
    @Command(name = "accept", mixinStandardHelpOptions = true,
            description = "Log these proposals: a meeting (or video call) with their people, on the event's day.")
    static final class Accept implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Proposal ids, from: orbit proposals")
        List<String> ids;

        @Override
        public Integer call() {
            return decide(spec, ids, (calendar, p) -> {
                Interaction logged = calendar.accept(p.id());
                return OrbitCommand.root(spec).text("cli.proposals.accepted", p.id(), p.title(),
                        logged.date().toString(),
                        p.people().stream().map(Proposal.Person::name).collect(Collectors.joining(", ")));
            });
        }
    }

    /** {@code orbit proposals dismiss ID…}. */
    @Command(name = "dismiss", mixinStandardHelpOptions = true,
            description = "Dismiss these proposals: they are never proposed again.")
    static final class Dismiss implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", arity = "1..*", description = "Proposal ids, from: orbit proposals")
        List<String> ids;

        @Override
        public Integer call() {
            return decide(spec, ids, (calendar, p) -> {
                calendar.dismiss(p.id());
                return OrbitCommand.root(spec).text("cli.proposals.dismissed", p.id(), p.title());
            });
        }
    }

    /** {@code orbit proposals add-people}. */
    @Command(name = "add-people", mixinStandardHelpOptions = true,
            description = "Add the people invited who are not contacts yet (they arrive not sorted).")
    static final class AddPeople implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                read(root, ctx.calendar());
                root.println(root.text("cli.proposals.peopleAdded", ctx.calendar().addUnknownPeople()));
            }
            return 0;
        }
    }
}
