package app.orbit.cli;

import app.orbit.domain.IntroductionMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit intros}: every introduction Orbit would suggest across the network, best first. */
@Command(name = "intros", mixinStandardHelpOptions = true,
        description = "Every introduction Orbit would suggest: whose needs meet whose offers, best first.")
final class IntrosCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    OrbitCommand.Format format;

    /** A contact named in a suggestion. */
    record Person(long id, String name) {
    }

    /** One suggestion as JSON: {@code why} in words, then the clauses that met and the terms matched. */
    record IntroRow(Person needer, Person offerer, double confidence, String why, String needs, String offers,
            List<String> matched) {
    }

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            List<IntroRow> rows = new ArrayList<>();
            for (IntroductionMatch m : ctx.introductions().suggestions()) {
                rows.add(new IntroRow(new Person(m.needer().id(), m.needer().name()),
                        new Person(m.offerer().id(), m.offerer().name()), Math.round(m.confidence() * 100) / 100.0,
                        root.text("intro.why", m.needer().name(), m.needPhrase(), m.offerer().name(), m.offerPhrase()),
                        m.needPhrase(), m.offerPhrase(), m.why()));
            }
            if (format == OrbitCommand.Format.JSON) {
                root.printJson(rows);
                return 0;
            }
            if (rows.isEmpty()) {
                root.println(root.text("cli.intros.empty"));
                return 0;
            }
            List<List<String>> cells = new ArrayList<>();
            for (IntroRow r : rows) {
                cells.add(OrbitCommand.row(String.format(Locale.ROOT, "%.2f", r.confidence()),
                        r.needer().name() + " (" + r.needer().id() + ")",
                        r.offerer().name() + " (" + r.offerer().id() + ")", r.why()));
            }
            root.printTable(List.of("cli.column.confidence", "cli.column.needer", "cli.column.offerer",
                    "cli.column.reason"), cells);
        }
        return 0;
    }
}
