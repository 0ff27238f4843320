package app.orbit.cli;

import app.orbit.service.Backup;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code orbit backup}: backs the database up now, into the data directory's backups/ folder. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back the database up now.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        try (CliContext ctx = root.open()) {
            Backup b = ctx.backups().backupNow();
            root.println(root.text("cli.backup.done", b.fileName()));
        }
        return 0;
    }
}
