package app.orbit.cli;

import app.orbit.service.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code orbit}: the top command, holding the global options and what every command shares. Its
 * commands are {@link Cli#COMMANDS}, which Cli adds: only the one asked for, when one is.
 */
@Command(name = "orbit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Orbit, a personal relationship manager. With no command, opens the window.")
public final class OrbitCommand {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Where Orbit keeps its data (default: ORBIT_HOME, else the platform's place).")
    String dataDirectory;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", scope = ScopeType.INHERIT,
            description = "Act as if today were this date.")
    LocalDate today;

    @Option(names = "--lang", paramLabel = "en|fr", scope = ScopeType.INHERIT,
            description = "The language of messages (default: the one set in the window's Settings, else the "
                    + "system's, from LANG).")
    String language;

    @Option(names = "--read-only", scope = ScopeType.INHERIT,
            description = "Open the data read-only: read and export, no change (also when DIR is not writable).")
    boolean readOnly;

    @Option(names = "--database", paramLabel = "ADDRESS", scope = ScopeType.INHERIT,
            description = "Work on a shared PostgreSQL database, postgresql://[user@]host[:port]/database "
                    + "(the password from ~/.pgpass), instead of the data directory.")
    String database;

    final CliContext.Opener opener;
    final PrintWriter out;
    final PrintWriter err;
    /** The language of the output: the one asked or the system's, then the one set in Settings once Orbit is open. */
    Messages messages;
    final PassphrasePrompt passphrases;

    /** Built at the first {@code --format json}: a mapper costs a few hundred classes that a table does not need. */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT)
                .build();
    }

    OrbitCommand(CliContext.Opener opener, PrintWriter out, PrintWriter err, Messages messages,
                 PassphrasePrompt passphrases) {
        this.opener = opener;
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.passphrases = passphrases;
    }

    /** The root command of whichever command is running. */
    static OrbitCommand root(CommandSpec spec) {
        return (OrbitCommand) spec.root().userObject();
    }

    /** Opens Orbit; says on standard error, once, when it opened read-only and why. */
    CliContext open() {
        CliContext ctx = database != null ? opener.openShared(dataDirectory, database, today)
                : opener.open(dataDirectory, today, readOnly, passphrases);
        if (language == null) {
            // --lang first, then the language set in the window (so both speak alike), then LANG.
            Locale stored = languageOf(ctx.settings().current().language());
            if (stored != null && !stored.equals(messages.locale())) {
                messages = new Messages(stored);
            }
        }
        if (ctx.notice() != null) {
            err.println(messages.describe(ctx.notice()).replace('\n', ' '));
            err.flush();
        }
        return ctx;
    }

    /** The locale a language setting names; null for "as the system". */
    static Locale languageOf(app.orbit.service.Settings.Language language) {
        return switch (language) {
            case EN -> Locale.ENGLISH;
            case FR -> Locale.FRENCH;
            case SYSTEM -> null;
        };
    }

    String text(String key, Object... args) {
        return messages.get(key, args);
    }

    void println(String line) {
        out.println(line);
    }

    void printJson(Object value) {
        try {
            out.println(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plain table: headers from the bundle, columns as wide as their widest cell. */
    void printTable(List<String> headerKeys, List<List<String>> rows) {
        List<String> headers = headerKeys.stream().map(messages::get).toList();
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> r : rows) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        }
        out.println(line(headers, widths));
        for (List<String> r : rows) {
            out.println(line(r, widths));
        }
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).replace('\n', ' ');
            sb.append(c);
            if (i < cells.size() - 1) {
                sb.append(" ".repeat(widths[i] - c.length() + 2));
            }
        }
        return sb.toString().stripTrailing();
    }

    /** The output format of listings. */
    enum Format { TABLE, JSON }

    static List<String> row(Object... cells) {
        List<String> r = new ArrayList<>();
        for (Object c : cells) {
            r.add(c == null ? "" : c.toString());
        }
        return r;
    }
}
