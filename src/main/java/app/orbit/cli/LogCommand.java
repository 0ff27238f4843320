package app.orbit.cli;

import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit log --with NAME_OR_ID … }: logs an interaction. */
@Command(name = "log", mixinStandardHelpOptions = true, description = "Log an interaction with one or more contacts.")
final class LogCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--with", required = true, paramLabel = "NAME_OR_ID",
            description = "Who was there: an id or a name (repeatable).")
    List<String> with = new ArrayList<>();

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "OTHER",
            description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    InteractionKind kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When (default today).")
    LocalDate date;

    @Option(names = "--summary", paramLabel = "S", description = "One line about it.")
    String summary = "";

    @Option(names = "--notes", paramLabel = "N", description = "Notes.")
    String notes = "";

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    ExchangeOption exchange;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    FollowUpOption followUp;

    /** Who helped whom: at most one of the three. */
    static final class ExchangeOption {
        @Option(names = "--gave", required = true, description = "I helped them.")
        boolean gave;

        @Option(names = "--asked", required = true, description = "I asked for help.")
        boolean asked;

        @Option(names = "--received", required = true, description = "They helped me.")
        boolean received;

        Exchange value() {
            return gave ? Exchange.GAVE : asked ? Exchange.ASKED : received ? Exchange.RECEIVED : Exchange.NONE;
        }
    }

    /** A promise to keep: both the date and the promise. */
    static final class FollowUpOption {
        @Option(names = "--follow-up", required = true, paramLabel = "YYYY-MM-DD", description = "Follow up on this date.")
        LocalDate due;

        @Option(names = "--promise", required = true, paramLabel = "TEXT", description = "What was promised.")
        String promise;

        @Option(names = "--promise-to", paramLabel = "NAME_OR_ID", description = "To whom, one of the --with people "
                + "(repeatable; default: the only one there).")
        List<String> to = new ArrayList<>();
    }

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            List<Long> ids = new ArrayList<>();
            for (String w : with) {
                ids.add(ctx.resolver().resolve(w));
            }
            Interaction stored = ctx.interactions().log(Interaction.of(date == null ? ctx.today() : date, kind, ids,
                    summary, notes, exchange == null ? Exchange.NONE : exchange.value(),
                    followUp == null ? null : followUp(ctx, ids)));
            String names = String.join(", ", ctx.contacts().summaries(stored.participantIds()).stream()
                    .map(c -> c.displayName()).toList());
            root.println(root.text("cli.log.done", root.text("kind." + stored.kind().name()), names,
                    stored.date().toString(), stored.id()));
        }
        return 0;
    }

    /** The promise, made to the --promise-to people, who must have been there; else to the only one there. */
    private FollowUp followUp(CliContext ctx, List<Long> ids) {
        List<Long> to = new ArrayList<>();
        for (String t : followUp.to) {
            long id = ctx.resolver().resolve(t);
            if (!ids.contains(id)) {
                throw new ValidationException("followUpTo", "cli.log.promiseTo.notWith", t);
            }
            to.add(id);
        }
        if (to.isEmpty() && ids.stream().distinct().count() > 1) {
            throw new ValidationException("followUpTo", "cli.log.promiseTo.required");
        }
        return new FollowUp(followUp.due, followUp.promise, false, to);
    }
}
