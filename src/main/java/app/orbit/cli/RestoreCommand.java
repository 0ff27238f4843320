package app.orbit.cli;

import app.orbit.domain.OrbitException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code orbit restore FILE}: restores a database backup. A stub until the backups of the
 * reliability work land; a JSON backup goes in with {@code orbit import} into an empty data directory.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore a backup (not available yet).")
final class RestoreCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The backup to restore.")
    Path file;

    @Override
    public Integer call() {
        throw new OrbitException("cli.notYet", "restore");
    }
}
