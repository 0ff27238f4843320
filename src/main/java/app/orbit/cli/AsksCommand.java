package app.orbit.cli;

import app.orbit.domain.Ask;
import app.orbit.domain.HelpWanted;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit asks list|add}: the user's own asks. */
@Command(name = "asks", mixinStandardHelpOptions = true, description = "List or add your asks.")
final class AsksCommand {

    /** One ask, as JSON. */
    record AskRow(long id, boolean active, String lookingFor, String domain, String niche, String differentiator,
            HelpWanted helpWanted, String sentence, int precision) {
    }

    static AskRow row(OrbitCommand root, CliContext ctx, Ask a) {
        return new AskRow(a.id(), a.active(), a.lookingFor(), a.domain(), a.niche(), a.differentiator(), a.helpWanted(),
                ctx.asks().sentence(a, root.messages.locale()), ctx.asks().check(a).score());
    }

    /** {@code orbit asks list [--format table|json]}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List your asks, active ones first.")
    static final class ListAsks implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
                description = "Output format: ${COMPLETION-CANDIDATES}.")
        OrbitCommand.Format format;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                List<AskRow> rows = ctx.asks().list(true).stream().map(a -> row(root, ctx, a)).toList();
                if (format == OrbitCommand.Format.JSON) {
                    root.printJson(rows);
                    return 0;
                }
                List<List<String>> cells = new ArrayList<>();
                for (AskRow r : rows) {
                    cells.add(OrbitCommand.row(r.id(), root.text(r.active() ? "cli.ask.active" : "cli.ask.retired"),
                            r.precision(), r.sentence()));
                }
                root.printTable(List.of("cli.column.id", "cli.column.status", "cli.column.precision",
                        "cli.column.ask"), cells);
            }
            return 0;
        }
    }

    /** {@code orbit asks add --looking-for T --domain D …}. */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add an ask.")
    static final class AddAsk implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--looking-for", required = true, paramLabel = "T", description = "What you are looking for.")
        String lookingFor;

        @Option(names = "--domain", required = true, paramLabel = "D", description = "The domain.")
        String domain;

        @Option(names = "--niche", paramLabel = "N", description = "The specialty or niche.")
        String niche = "";

        @Option(names = "--differentiator", paramLabel = "X", description = "What sets you apart.")
        String differentiator = "";

        @Option(names = "--help-wanted", paramLabel = "advice|introduction|lead", defaultValue = "advice",
                description = "The help you want: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        HelpWanted helpWanted;

        @Override
        public Integer call() {
            OrbitCommand root = OrbitCommand.root(spec);
            try (CliContext ctx = root.open()) {
                Ask stored = ctx.asks().create(Ask.draft(lookingFor, domain, niche, differentiator, helpWanted));
                root.println(root.text("cli.ask.added", stored.id(), ctx.asks().sentence(stored,
                        root.messages.locale())));
            }
            return 0;
        }
    }
}
