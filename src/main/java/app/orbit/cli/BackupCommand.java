package app.orbit.cli;

import app.orbit.domain.OrbitException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code orbit backup}: a stub until the backups of the reliability work land; {@code orbit export --format json} meanwhile. */
@Command(name = "backup", mixinStandardHelpOptions = true, description = "Back up the database now (not available yet).")
final class BackupCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        throw new OrbitException("cli.notYet", "backup");
    }
}
