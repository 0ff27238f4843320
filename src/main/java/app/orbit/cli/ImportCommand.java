package app.orbit.cli;

import app.orbit.domain.OrbitException;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.ImportPreview;
import app.orbit.exchange.ImportResult;
import app.orbit.exchange.ImportService;
import app.orbit.exchange.Progress;
import app.orbit.exchange.Skip;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code orbit import FILE [--format …] [--dry-run]}: previews, then imports all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import contacts from a vCard, LinkedIn Connections.csv, Google, Outlook or Thunderbird CSV, or Orbit JSON file.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file to import.")
    Path file;

    @Option(names = "--format", paramLabel = "vcard|linkedin|google|outlook|thunderbird|json",
            description = "The file's format (default: recognised from its content).")
    String format;

    @Option(names = "--encoding", paramLabel = "NAME",
            description = "The file's text encoding, e.g. windows-1252 (default: UTF-8, else the likely legacy one).")
    String encoding;

    @Option(names = "--dry-run", description = "Only say what would be imported; write nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        ImportFormat named = null;
        if (format != null) {
            try {
                named = ImportFormat.named(format);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        root.text("cli.import.format", format));
            }
        }
        java.nio.charset.Charset charset = null;
        if (encoding != null) {
            try {
                charset = java.nio.charset.Charset.forName(encoding.strip());
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        root.text("cli.import.encoding", encoding));
            }
        }
        // The file is read while the database opens (a new one takes 0.4 s), on a thread of its own;
        // its faults are told after the data directory's, as before.
        java.util.concurrent.CompletableFuture<ImportService.ReadAhead> ahead = readAhead(named, charset,
                root.messages);
        try (CliContext ctx = root.open()) {
            ImportPreview preview = ctx.importer().preview(joined(ahead), Progress.NONE);
            root.println(root.text("cli.import.preview", preview.fileName(), preview.newCount(),
                    preview.mergedCount(), preview.skippedCount(), preview.interactionCount()));
            if (preview.encodingNotice() != null) {
                root.println("  " + root.messages.describe(preview.encodingNotice()));
            }
            for (Skip s : preview.skipped()) {
                root.println("  " + root.messages.describe(s.message()));
            }
            for (OrbitException w : preview.warnings()) {
                root.println("  " + root.messages.describe(w));
            }
            if (dryRun) {
                root.println(root.text("cli.import.dryRun"));
                return 0;
            }
            ImportResult r = ctx.importer().apply(preview, Progress.NONE);
            root.println(root.text("cli.import.done", r.created(), r.merged(), r.interactions()));
            if (r.unsorted() > 0) {
                root.println(root.text("cli.import.unsorted", r.unsorted()));
            }
        }
        return 0;
    }

    private java.util.concurrent.CompletableFuture<ImportService.ReadAhead> readAhead(ImportFormat named,
            java.nio.charset.Charset charset, app.orbit.service.Messages messages) {
        return java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ImportService.readAhead(file, named, charset, messages), task -> {
                    Thread reader = new Thread(task, "orbit-import-read");
                    reader.setDaemon(true);
                    reader.start();
                });
    }

    private static ImportService.ReadAhead joined(java.util.concurrent.CompletableFuture<ImportService.ReadAhead> ahead) {
        try {
            return ahead.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
