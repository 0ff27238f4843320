package app.orbit.app;

import app.orbit.domain.OrbitException;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ExportService;
import app.orbit.exchange.Progress;
import app.orbit.service.Backup;
import app.orbit.service.BackupStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Backups of a shared database, on the computer that asks for them: Orbit's JSON backup of the
 * whole network (what {@code orbit import} restores into an empty Orbit), in the local data
 * directory's {@code backups/} folder. The server itself is backed up by its operator (pg_dump).
 */
final class ServerBackups implements BackupStore {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("orbit-shared-(\\d{8}-\\d{6}-\\d{3})-(daily|manual)\\.json");

    private final Path folder;
    private final ExportService exporter;

    ServerBackups(Path folder, ExportService exporter) {
        this.folder = folder;
        this.exporter = exporter;
    }

    @Override
    public List<Backup> list() {
        List<Backup> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    Instant at = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    out.add(new Backup(f.getFileName().toString(), at, Backup.Kind.valueOf(m.group(2).toUpperCase(
                            Locale.ROOT)), 0, Files.size(f)));
                }
            }
        } catch (IOException e) {
            throw new OrbitException(e, "backup.failed", folder, e.getMessage());
        }
        out.sort(Backup.NEWEST_FIRST);
        return out;
    }

    @Override
    public Backup create(Backup.Kind kind, Instant at) {
        if (kind != Backup.Kind.DAILY && kind != Backup.Kind.MANUAL) {
            throw new OrbitException("backup.onServer");
        }
        String name = "orbit-shared-" + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "-"
                + kind.name().toLowerCase(Locale.ROOT) + ".json";
        Path file = folder.resolve(name);
        exporter.exportTo(ExportFormat.JSON, ContactFilter.ALL, file, Progress.NONE);
        try {
            return new Backup(name, at, kind, 0, Files.size(file));
        } catch (IOException e) {
            throw new OrbitException(e, "backup.failed", folder, e.getMessage());
        }
    }

    @Override
    public void delete(Backup backup) {
        try {
            Files.deleteIfExists(folder.resolve(backup.fileName()));
        } catch (IOException e) {
            throw new OrbitException(e, "backup.failed", folder, e.getMessage());
        }
    }

    @Override
    public boolean databaseExists() {
        return true;
    }

    /** A shared database is not replaced from here: its JSON backup goes into an empty one with orbit import. */
    @Override
    public void restore(Backup backup) {
        throw new OrbitException("backup.onServer");
    }
}
