package app.orbit.cli;

import app.orbit.domain.ServerAddress;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orbit migrate-to TARGET}: copies this data directory's network into an empty PostgreSQL
 * database ({@code postgresql://[user@]host[:port]/database}, the password from ~/.pgpass) or
 * into a new data directory ({@code h2:DIR}). All or nothing; this data directory is only read.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true,
        description = "Copy the network into an empty PostgreSQL database (postgresql://[user@]host[:port]/db, "
                + "the password from ~/.pgpass) or a new data directory (h2:DIR).")
final class MigrateToCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "TARGET", description = "postgresql://[user@]host[:port]/database or h2:DIR")
    String target;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        Map<String, Long> copied = root.opener.migrateTo(root.dataDirectory, target, root.passphrases);
        long rows = copied.values().stream().mapToLong(Long::longValue).sum();
        root.println(root.text("cli.migrateTo.done", copied.getOrDefault("contact", 0L),
                copied.getOrDefault("interaction", 0L), rows, copied.size(), ServerAddress.masked(target)));
        return 0;
    }
}
