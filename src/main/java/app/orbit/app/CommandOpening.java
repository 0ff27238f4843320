package app.orbit.app;

import app.orbit.store.PassphraseSource;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A short command's data directory opened on another thread while picocli reads the command line
 * on the main one, as the window's start opens it while JavaFX starts (docs/benchmarks.md). The
 * options that choose what opens ({@code --data-dir}, {@code --today}, {@code --read-only}) are
 * read from the arguments here; the command takes this opening only when picocli found the same
 * values, else it opens as before and this one is closed unused. An encrypted database, a shared
 * one ({@code --database}) and any failure are left to the command's own opening, which asks
 * for the passphrase and reports what went wrong.
 */
final class CommandOpening {

    /** Commands that open the data directory at once and run for a moment (the .deb's quick ones). */
    static final Set<String> COMMANDS = Set.of("contacts", "week", "log", "asks", "intros", "proposals", "calendar");

    private final String dataDirectory;
    private final LocalDate today;
    private final boolean readOnly;
    private final CompletableFuture<Orbit> opened = new CompletableFuture<>();
    private boolean taken;

    private CommandOpening(String dataDirectory, LocalDate today, boolean readOnly) {
        this.dataDirectory = dataDirectory;
        this.today = today;
        this.readOnly = readOnly;
    }

    /** Starts opening for these arguments when they name such a command; null when not. */
    static CommandOpening start(String command, String[] args) {
        if (!COMMANDS.contains(command)) {
            return null;
        }
        String dir = null;
        LocalDate today = null;
        boolean readOnly = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--database") || a.startsWith("--database=")) {
                    return null;
                } else if (a.equals("--read-only")) {
                    readOnly = true;
                } else if (a.equals("--data-dir") || a.equals("--today")) {
                    if (i + 1 >= args.length) {
                        return null;
                    }
                    String value = args[++i];
                    if (a.equals("--data-dir")) {
                        dir = value;
                    } else {
                        today = LocalDate.parse(value);
                    }
                } else if (a.startsWith("--data-dir=")) {
                    dir = a.substring("--data-dir=".length());
                } else if (a.startsWith("--today=")) {
                    today = LocalDate.parse(a.substring("--today=".length()));
                }
            }
        } catch (DateTimeParseException e) {
            return null; // picocli says what is wrong with it.
        }
        CommandOpening opening = new CommandOpening(dir, today, readOnly);
        Thread t = new Thread(opening::open, "orbit-open");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    private void open() {
        try {
            opened.complete(Main.openOrbitForCommand(dataDirectory, today, readOnly, PassphraseSource.NONE));
        } catch (RuntimeException e) {
            opened.completeExceptionally(e);
        }
    }

    /**
     * This opening, when it was for these values and succeeded; null otherwise (the command then
     * opens as it always did). Taken once.
     */
    synchronized Orbit take(String dataDirectory, LocalDate today, boolean readOnly) {
        if (taken || !Objects.equals(this.dataDirectory, dataDirectory) || !Objects.equals(this.today, today)
                || this.readOnly != readOnly) {
            return null;
        }
        Orbit orbit = result();
        if (orbit != null) {
            taken = true;
        }
        return orbit;
    }

    /** Closes the opening when the command did not take it (an error in its arguments, other values). */
    synchronized void closeUnused() {
        if (taken) {
            return;
        }
        taken = true;
        Orbit orbit = result();
        if (orbit != null) {
            orbit.close();
        }
    }

    private Orbit result() {
        try {
            return opened.get();
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
