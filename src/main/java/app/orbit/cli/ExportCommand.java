package app.orbit.cli;

import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.Progress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code orbit export --format json|vcard|csv|ics [--output FILE]}: to standard output by default. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export everything as JSON, contacts as vCard or CSV, or a calendar (this week and birthdays).")
final class ExportCommand implements Callable<Integer> {

    /** The formats offered on the command line. */
    enum Format { json, vcard, csv, ics }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", required = true, paramLabel = "json|vcard|csv|ics",
            description = "Output format: ${COMPLETION-CANDIDATES}.")
    Format format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to this file (default: standard output).")
    Path output;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        ExportFormat f = ExportFormat.named(format.name());
        try (CliContext ctx = root.open()) {
            // An export is read by people and other programs: never from a database with damaged rows.
            ctx.verify().run();
            if (ctx.encrypted()) {
                // The database is encrypted on the disk; what is exported is not.
                root.err.println(root.text("cli.export.plainText"));
                root.err.flush();
            }
            if (output != null) {
                ctx.exporter().exportTo(f, ContactFilter.ALL, output, Progress.NONE);
                root.out.println(root.text("cli.export.done", output.toAbsolutePath()));
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ctx.exporter().export(f, ContactFilter.ALL, bytes, Progress.NONE);
                root.out.print(bytes.toString(StandardCharsets.UTF_8));
                root.out.flush();
            }
        }
        return 0;
    }
}
