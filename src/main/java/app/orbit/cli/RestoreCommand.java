package app.orbit.cli;

import app.orbit.service.Backup;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code orbit restore FILE}: puts a database backup (from the data directory's backups/ folder)
 * in place of the database, which is backed up first. A JSON backup goes in with
 * {@code orbit import} into an empty data directory instead.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore the database from one of its backups (the current one is backed up first).")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup to restore (its name in the backups folder).")
    String file;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        Optional<Backup> before = root.opener.restore(root.dataDirectory, root.today, file, root.passphrases);
        root.println(before.isPresent() ? root.text("cli.restore.done", file, before.get().fileName())
                : root.text("cli.restore.doneNoPrevious", file));
        return 0;
    }
}
