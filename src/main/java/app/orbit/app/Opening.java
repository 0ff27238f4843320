package app.orbit.app;

import app.orbit.cli.PassphrasePrompt;
import app.orbit.domain.OrbitException;
import app.orbit.domain.ServerAddress;
import app.orbit.service.Backup;
import app.orbit.service.Log;
import app.orbit.store.KeyAhead;
import app.orbit.store.PassphraseSource;
import java.sql.SQLException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Opening Orbit for the window: the options read, the log set up, the database opened (or why it
 * could not be, with the backup to offer). Started on a thread of its own before JavaFX starts,
 * the opening and the toolkit's start-up overlap instead of following each other (about a second
 * each at 30,000 contacts, docs/benchmarks.md).
 */
final class Opening {

    private static final Log LOG = Log.of(Opening.class);

    /**
     * What the window starts from: an open Orbit, or the failure to show (and the backup it
     * offers); and the vCards given on the command line, to preview once the window shows.
     */
    record Result(Path dataDirectory, Clock clock, Orbit orbit, OrbitException failure, Backup offeredBackup,
            boolean readOnly, List<Path> imports, String server) {

        Result(Path dataDirectory, Clock clock, Orbit orbit, OrbitException failure, Backup offeredBackup,
               boolean readOnly, List<Path> imports) {
            this(dataDirectory, clock, orbit, failure, offeredBackup, readOnly, imports, null);
        }

        Result withImports(List<Path> files) {
            return new Result(dataDirectory, clock, orbit, failure, offeredBackup, readOnly, files, server);
        }
    }

    private final CompletableFuture<Result> result;

    private Opening(CompletableFuture<Result> result) {
        this.result = result;
    }

    /**
     * The passphrase in {@code ORBIT_PASSPHRASE_FILE}, read when asked; without one the window asks
     * ({@code error.passphrase.needed}).
     */
    private static final PassphraseSource FROM_FILE = () -> {
        char[] fromFile = PassphrasePrompt.fromEnvironment();
        if (fromFile == null) {
            throw new OrbitException("error.passphrase.needed");
        }
        return fromFile;
    };

    /** Opens on a new thread, from the command line's options. */
    static Opening inBackground(List<String> args) {
        return inBackground(args, PassphrasePrompt.fileNamed() ? FROM_FILE : null);
    }

    /**
     * The same; {@code known}, when not null, gives the passphrase without asking anyone (a file,
     * as {@code ORBIT_PASSPHRASE_FILE}): an encrypted database's key then starts its derivation
     * at once on a thread of its own ({@link KeyAhead}), while the log is set up, Orbit's classes
     * load and the toolkit starts. A passphrase typed in the window's dialog cannot start before
     * the dialog shows: that opening is as it was.
     */
    static Opening inBackground(List<String> args, PassphraseSource known) {
        PassphraseSource passphrase = known == null ? FROM_FILE : ahead(args, known);
        CompletableFuture<Result> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            // The window logs within its first seconds: Logback is set up here while the toolkit
            // starts, as before loggers were asked for at their first line, rather than at that
            // first line, which would fall while the window is built.
            Logging.setUpNow();
            Result opened = fromArgs(args, passphrase);
            future.complete(opened);
            // Said once the window can go on: the log file's first line sets the file up.
            logOpened(opened);
        }, "orbit-open");
        t.setDaemon(true);
        t.start();
        return new Opening(future);
    }

    /** The key's derivation started for the data directory the options name, unless a server opens instead. */
    private static PassphraseSource ahead(List<String> args, PassphraseSource known) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (OrbitException e) {
            return known; // The opening reports it.
        }
        if (options.database() != null) {
            return known;
        }
        Path dir = options.dataDirectory();
        boolean readOnly = options.readOnly();
        return KeyAhead.start(dir, known, () -> readOnly || SharedDatabaseFile.savedIn(dir).isEmpty());
    }

    /** Opens here and now on a given directory and clock (tests and embedders). */
    static Opening now(Path dataDirectory, Clock clock) {
        return now(dataDirectory, clock, false);
    }

    /** Opens here and now, read-only when asked (tests: root can write to any folder). */
    static Opening now(Path dataDirectory, Clock clock, boolean readOnly) {
        return now(dataDirectory, clock, readOnly, null);
    }

    /** Opens here and now on a shared server (tests), or as {@link #now(Path, Clock, boolean)} when {@code database} is null. */
    static Opening now(Path dataDirectory, Clock clock, boolean readOnly, String database) {
        Result opened = open(dataDirectory, clock, readOnly, database, FROM_FILE);
        logOpened(opened);
        return new Opening(CompletableFuture.completedFuture(opened));
    }

    /** Whether the opening has finished, opened or failed. */
    boolean done() {
        return result.isDone();
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

    private static void logOpened(Result opened) {
        if (opened.orbit() != null && opened.server() == null) {
            LOG.info("Opened Orbit on {}", opened.dataDirectory());
        }
    }

    private static Result fromArgs(List<String> args, PassphraseSource passphrase) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (OrbitException e) {
            return new Result(null, Clock.systemDefaultZone(), null, e, null, false, List.of());
        }
        return open(options.dataDirectory(), options.clock(), options.readOnly(), options.database(), passphrase)
                .withImports(options.imports());
    }

    /**
     * Opens on {@code database} when given, else on the server saved in Settings (not when read-only
     * is asked: that is about this computer's data), else on the data directory's own database.
     */
    private static Result open(Path dataDirectory, Clock clock, boolean readOnly, String database,
                               PassphraseSource passphrase) {
        String server = database != null ? database
                : readOnly ? null : SharedDatabaseFile.savedIn(dataDirectory).orElse(null);
        if (server != null) {
            return openShared(dataDirectory, clock, server);
        }
        try {
            if (!readOnly && DataDirectory.writable(dataDirectory)) {
                Logging.toDataDirectory(dataDirectory);
            }
            // ORBIT_PASSPHRASE_FILE, as for a command; without it, the window asks (error.passphrase.needed).
            return new Result(dataDirectory, clock, Orbit.open(dataDirectory, clock, readOnly, passphrase), null, null,
                    readOnly, List.of());
        } catch (OrbitException e) {
            LOG.warn("Orbit could not open: {}", e.key(), e.getCause());
            return new Result(dataDirectory, clock, null, e, offeredFor(e, dataDirectory), readOnly, List.of());
        }
    }

    private static Result openShared(Path dataDirectory, Clock clock, String server) {
        if (DataDirectory.writable(dataDirectory)) {
            Logging.toDataDirectory(dataDirectory);
        }
        String shown = ServerAddress.masked(server);
        LOG.info("Opening Orbit on the shared database {}", shown);
        try {
            return new Result(dataDirectory, clock, Orbit.openShared(server, dataDirectory, clock), null, null, false,
                    List.of(), server);
        } catch (OrbitException e) {
            LOG.warn("Orbit could not open the shared database {}: {}", shown, e.key(), e.getCause());
            return new Result(dataDirectory, clock, null, forWindow(e, shown), null, false, List.of(), server);
        }
    }

    /**
     * Why a server could not be used, said for the window: the driver's own words stay in the log;
     * the user reads what to check (the server, or the password in ~/.pgpass).
     */
    static OrbitException forWindow(OrbitException e, String shown) {
        if (e.key().equals("migrateTo.badAddress")) {
            return new OrbitException("shared.badAddress", shown);
        }
        if (!e.key().equals("migrateTo.unreachable")) {
            return e;
        }
        boolean refused = e.getCause() instanceof SQLException sql
                && ((sql.getSQLState() != null && sql.getSQLState().startsWith("28"))
                        || String.valueOf(sql.getMessage()).contains("password"));
        return new OrbitException(e.getCause(), refused ? "shared.refused" : "shared.unreachable", shown);
    }

    /** The backup to offer when Orbit cannot open: the last good one, when the database is damaged or missing. */
    static Backup offeredFor(OrbitException e, Path dataDirectory) {
        if (e.key().equals("backup.damaged") || e.key().equals("backup.missing")) {
            return Orbit.lastGoodBackup(dataDirectory).orElse(null);
        }
        return null;
    }
}
