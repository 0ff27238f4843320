package app.orbit.cli;

import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Runs {@code orbit} commands: exit code 0 on success, 1 for a user error (one line on standard
 * error, from the message bundles, no stack trace), 2 for a usage error.
 */
public final class Cli {

    /** Asked for only when a command fails: a command's start sets Logback up on another thread (Main). */
    private static Logger log() {
        return LoggerFactory.getLogger(Cli.class);
    }
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;

    private Cli() {
    }

    /**
     * Whether these arguments ask for the window rather than a command: none, or only the global
     * options {@code --data-dir} and {@code --today}, and vCard files to open in the import preview
     * (what a file manager passes when a {@code .vcf} is opened with Orbit).
     */
    public static boolean wantsWindow(String[] args) {
        // Decided without picocli when it can be: its classes would add to the window's cold start.
        String[] options = java.util.Arrays.stream(args).filter(a -> !isVCardFile(a)).toArray(String[]::new);
        if (commandNamed(options) != null) {
            // The common case of a command: picocli's model of every command is built once, to run it.
            return false;
        }
        return onlyWindowOptions(options) || parsedAsWindow(options);
    }

    /**
     * The top commands by name, in the order {@code orbit --help} lists them. Named here rather than
     * read from their annotations, which the window's start would pay for (CliTest checks that they agree).
     */
    static final Map<String, Class<?>> COMMANDS = commands("contacts", ContactsCommand.class, "log", LogCommand.class,
            "week", WeekCommand.class, "intros", IntrosCommand.class, "asks", AsksCommand.class,
            "import", ImportCommand.class, "export", ExportCommand.class, "restore", RestoreCommand.class,
            "backup", BackupCommand.class, "encrypt", EncryptCommand.class, "passphrase", PassphraseCommand.class,
            "decrypt", DecryptCommand.class, "calendar", CalendarCommand.class, "proposals", ProposalsCommand.class,
            "migrate-to", MigrateToCommand.class);

    /**
     * The commands' own subcommands, in the order their help lists them: added here rather than
     * in their annotations, so that picocli models only the one asked (CliTest checks the names).
     */
    static final Map<String, Map<String, Class<?>>> SUBCOMMANDS = Map.of(
            "contacts", commands("list", ContactsCommand.ListContacts.class, "add", ContactsCommand.AddContact.class,
                    "sort", ContactsCommand.SortContacts.class),
            "asks", commands("list", AsksCommand.ListAsks.class, "add", AsksCommand.AddAsk.class),
            "calendar", commands("add", CalendarCommand.Add.class, "list", CalendarCommand.ListSources.class,
                    "remove", CalendarCommand.Remove.class),
            "proposals", commands("accept", ProposalsCommand.Accept.class, "dismiss", ProposalsCommand.Dismiss.class,
                    "add-people", ProposalsCommand.AddPeople.class));

    private static Map<String, Class<?>> commands(Object... namesAndClasses) {
        Map<String, Class<?>> byName = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndClasses.length; i += 2) {
            byName.put((String) namesAndClasses[i], (Class<?>) namesAndClasses[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(byName);
    }

    /** The global options that take a value as the next argument. */
    private static final java.util.Set<String> WITH_VALUE = java.util.Set.of("--data-dir", "--today", "--lang",
            "--database");

    /** The global options asking for the top command's help or version, which lists every command. */
    private static final java.util.Set<String> ABOUT_ORBIT = java.util.Set.of("-h", "--help", "-V", "--version");

    /**
     * The command the arguments name: the first argument that is neither an option nor an option's
     * value, when it is a command's name; null otherwise, and when the top command's help or version
     * is asked first. A value that could be a command's name ({@code --data-dir week}) is left to picocli.
     */
    static String commandNamed(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (ABOUT_ORBIT.contains(a)) {
                return null;
            } else if (WITH_VALUE.contains(a)) {
                if (i + 1 < args.length && COMMANDS.containsKey(args[i + 1])) {
                    return null;
                }
                i++;
            } else if (!a.startsWith("-")) {
                return COMMANDS.containsKey(a) ? a : null;
            }
        }
        return null;
    }

    /**
     * The subcommand of {@code command} the arguments name: the first argument after the
     * command's name, when it is one; null otherwise (its help, an error: all are modelled).
     */
    static String subcommandNamed(String[] args, String command, Map<String, Class<?>> nested) {
        int at = java.util.Arrays.asList(args).indexOf(command);
        if (at < 0 || at + 1 >= args.length) {
            return null;
        }
        String next = args[at + 1];
        return nested.containsKey(next) ? next : null;
    }

    /** The command the arguments name (not only help or the version); null when none. */
    public static String commandIn(String[] args) {
        return commandNamed(args);
    }

    /** The full parse's answer: no subcommand, no help or version asked. */
    static boolean parsedAsWindow(String[] args) {
        CommandLine cl = commandLine(null, new PrintWriter(PrintWriter.nullWriter()),
                new PrintWriter(PrintWriter.nullWriter()), new Messages(Locale.getDefault()), null, new String[0]);
        try {
            ParseResult pr = cl.parseArgs(args);
            return !pr.hasSubcommand() && !pr.isUsageHelpRequested() && !pr.isVersionHelpRequested();
        } catch (CommandLine.ParameterException e) {
            return false;
        }
    }

    /**
     * Nothing but {@code --data-dir}, {@code --today} and {@code --database}, each with its value (or none at all). A
     * separate value that could be a command's name ({@code --data-dir week}) is left to picocli.
     */
    static boolean onlyWindowOptions(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ((a.equals("--data-dir") || a.equals("--today") || a.equals("--database")) && i + 1 < args.length
                    && !args[i + 1].matches("[a-z]+")) {
                i++;
            } else if (!a.startsWith("--data-dir=") && !a.startsWith("--today=") && !a.startsWith("--database=")
                    && !a.equals("--read-only")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A vCard's file name, given to the window to open its import preview: only by its extension,
     * so that no command's name can be taken for one (a missing file gets the preview's own error).
     */
    public static boolean isVCardFile(String arg) {
        String name = arg.toLowerCase(Locale.ROOT);
        return !arg.startsWith("-") && (name.endsWith(".vcf") || name.endsWith(".vcard"));
    }

    /** Runs a command on the process's standard output and error, in the system's language. */
    public static int run(String[] args, CliContext.Opener opener) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Locale locale = language(args, Locale.getDefault());
        return run(args, opener, out, err, locale,
                new PassphrasePrompt(System.getenv(), System.console(), new Messages(locale)));
    }

    /**
     * The language asked with {@code --lang en|fr} (or {@code --lang=fr}), read before picocli so
     * that its own messages are in it too; otherwise {@code fallback}, the system's (LANG).
     */
    static Locale language(String[] args, Locale fallback) {
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring(7)
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                String code = value.strip().toLowerCase(Locale.ROOT);
                return code.startsWith("fr") ? Locale.FRENCH : code.startsWith("en") ? Locale.ENGLISH : fallback;
            }
        }
        return fallback;
    }

    /** Runs a command with the given writers and language (tests drive it here, in-process). */
    public static int run(String[] args, CliContext.Opener opener, PrintWriter out, PrintWriter err, Locale locale) {
        return run(args, opener, out, err, locale, Map.of());
    }

    /** Runs a command with these environment variables and no terminal (tests: {@code ORBIT_PASSPHRASE_FILE}). */
    public static int run(String[] args, CliContext.Opener opener, PrintWriter out, PrintWriter err, Locale locale,
                          Map<String, String> environment) {
        Locale chosen = language(args, locale);
        return run(args, opener, out, err, chosen, new PassphrasePrompt(environment, null, new Messages(chosen)));
    }

    private static int run(String[] args, CliContext.Opener opener, PrintWriter out, PrintWriter err, Locale locale,
                           PassphrasePrompt passphrases) {
        Messages messages = new Messages(locale);
        CommandLine cl = commandLine(opener, out, err, messages, passphrases, args);
        OrbitCommand root = cl.getCommand();
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            // In the language the command ended up speaking (the stored setting, once Orbit opened).
            if (ex instanceof OrbitException oe) {
                log().info("Command refused: {}", oe.key());
                err.println(oneLine(root.messages.describe(oe)));
            } else {
                log().error("Command failed", ex);
                err.println(root.messages.get("cli.unexpected"));
            }
            err.flush();
            return USER_ERROR;
        });
        cl.setParameterExceptionHandler((ex, cmdArgs) -> {
            CommandLine cmd = ex.getCommandLine();
            err.println(oneLine(ex.getMessage()));
            err.println(messages.get("cli.usage.hint", cmd.getCommandSpec().qualifiedName()));
            err.flush();
            return USAGE;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static CommandLine commandLine(CliContext.Opener opener, PrintWriter out, PrintWriter err,
            Messages messages, PassphrasePrompt passphrases, String[] args) {
        CommandLine cl = new CommandLine(new OrbitCommand(opener, out, err, messages, passphrases));
        // Only the command asked is modelled: picocli reads every option of every command it is given
        // by reflection, which was a fifth of a command's start. Help, errors and the window's check
        // get them all.
        String named = commandNamed(args);
        for (Map.Entry<String, Class<?>> command : COMMANDS.entrySet()) {
            if (named == null || named.equals(command.getKey())) {
                cl.addSubcommand(command.getKey(), command.getValue());
                Map<String, Class<?>> nested = SUBCOMMANDS.getOrDefault(command.getKey(), Map.of());
                String subNamed = named == null ? null : subcommandNamed(args, named, nested);
                CommandLine parent = cl.getSubcommands().get(command.getKey());
                nested.forEach((name, type) -> {
                    if (subNamed == null || subNamed.equals(name)) {
                        parent.addSubcommand(name, type);
                    }
                });
            }
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(out);
        cl.setErr(err);
        return cl;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace("\r", " ").replace("\n", " ");
    }
}
