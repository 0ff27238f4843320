package app.orbit.app;

import app.orbit.cli.PassphrasePrompt;
import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening Orbit for the window: the options read, the log set up, the database opened (or why it
 * could not be, with the backup to offer). Started on a thread of its own before JavaFX starts,
 * the opening and the toolkit's start-up overlap instead of following each other (about a second
 * each at 30,000 contacts, docs/benchmarks.md).
 */
final class Opening {

    private static final Logger LOG = LoggerFactory.getLogger(Opening.class);

    /**
     * What the window starts from: an open Orbit, or the failure to show (and the backup it
     * offers); and the vCards given on the command line, to preview once the window shows.
     */
    record Result(Path dataDirectory, Clock clock, Orbit orbit, OrbitException failure, Backup offeredBackup,
            boolean readOnly, List<Path> imports) {

        Result withImports(List<Path> files) {
            return new Result(dataDirectory, clock, orbit, failure, offeredBackup, readOnly, files);
        }
    }

    private final CompletableFuture<Result> result;

    private Opening(CompletableFuture<Result> result) {
        this.result = result;
    }

    /** Opens on a new thread, from the command line's options. */
    static Opening inBackground(List<String> args) {
        CompletableFuture<Result> future = new CompletableFuture<>();
        Thread t = new Thread(() -> future.complete(fromArgs(args)), "orbit-open");
        t.setDaemon(true);
        t.start();
        return new Opening(future);
    }

    /** Opens here and now on a given directory and clock (tests and embedders). */
    static Opening now(Path dataDirectory, Clock clock) {
        return now(dataDirectory, clock, false);
    }

    /** Opens here and now, read-only when asked (tests: root can write to any folder). */
    static Opening now(Path dataDirectory, Clock clock, boolean readOnly) {
        return new Opening(CompletableFuture.completedFuture(open(dataDirectory, clock, readOnly)));
    }

    /** Waits for the opening to end. */
    Result await() {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Orbit was opening", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Orbit's opening failed unexpectedly", e.getCause());
        }
    }

    private static Result fromArgs(List<String> args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (OrbitException e) {
            return new Result(null, Clock.systemDefaultZone(), null, e, null, false, List.of());
        }
        return open(options.dataDirectory(), options.clock(), options.readOnly()).withImports(options.imports());
    }

    private static Result open(Path dataDirectory, Clock clock, boolean readOnly) {
        try {
            if (!readOnly && DataDirectory.writable(dataDirectory)) {
                Logging.toDataDirectory(dataDirectory);
            }
            LOG.info("Opening Orbit on {}", dataDirectory);
            return new Result(dataDirectory, clock, Orbit.open(dataDirectory, clock, readOnly, () -> {
                // ORBIT_PASSPHRASE_FILE, as for a command; without it, the window asks (error.passphrase.needed).
                char[] fromFile = PassphrasePrompt.fromEnvironment();
                if (fromFile == null) {
                    throw new OrbitException("error.passphrase.needed");
                }
                return fromFile;
            }), null, null, readOnly, List.of());
        } catch (OrbitException e) {
            LOG.warn("Orbit could not open: {}", e.key(), e.getCause());
            return new Result(dataDirectory, clock, null, e, offeredFor(e, dataDirectory), readOnly, List.of());
        }
    }

    /** The backup to offer when Orbit cannot open: the last good one, when the database is damaged or missing. */
    static Backup offeredFor(OrbitException e, Path dataDirectory) {
        if (e.key().equals("backup.damaged") || e.key().equals("backup.missing")) {
            return Orbit.lastGoodBackup(dataDirectory).orElse(null);
        }
        return null;
    }
}
