package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.BackupStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups as zip files in the data directory's {@code backups/} folder, owner-only, named
 * {@code orbit-20261126-100000-000-daily.zip} (UTC). Bound to an open {@link Database}, it backs
 * up online with H2's {@code BACKUP TO}; bound to a closed data directory (whose lock the caller
 * holds), it zips the database file and can restore. A backup is written under a {@code .part}
 * name and renamed when complete, so a crash never leaves a half backup that looks whole.
 */
public final class BackupFiles implements BackupStore {

    private static final Logger LOG = LoggerFactory.getLogger(BackupFiles.class);
    public static final String FOLDER = "backups";
    private static final String PART = ".part";
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "orbit-(\\d{8}-\\d{6}-\\d{3})-(daily|manual|pre_migration|pre_restore)(?:-(\\d+))?\\.zip");

    private final Path dataDir;
    private final Database database;

    private BackupFiles(Path dataDir, Database database) {
        this.dataDir = dataDir;
        this.database = database;
    }

    /** Backups of an open database. */
    public static BackupFiles online(Database database) {
        return new BackupFiles(database.directory(), database);
    }

    /** Backups of a closed data directory; the caller holds its {@link DataDirLock}. */
    public static BackupFiles offline(Path dataDir, DataDirLock heldLock) {
        if (heldLock == null) {
            throw new IllegalArgumentException("the data directory must be locked");
        }
        return new BackupFiles(dataDir, null);
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** The backups in a data directory, newest first, without locking it (to offer one after a failed start). */
    public static List<Backup> listIn(Path dataDir) {
        Path dir = folder(dataDir);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "orbit-*.zip")) {
            for (Path f : files) {
                parse(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new OrbitException(e, "backup.failed", dir.toAbsolutePath(), e.getMessage());
        }
        out.sort(Backup.NEWEST_FIRST);
        return out;
    }

    /** The pre-migration hook of {@link Database#open(Path, Database.Migrations)}: an online backup before Flyway runs. */
    public static Database.Migrations beforeMigration(Path dataDir, java.util.function.Supplier<Instant> now) {
        return (url, user) -> {
            Path target = newTarget(dataDir, Backup.Kind.PRE_MIGRATION, now.get());
            writeAtomically(target, part -> {
                try (Connection c = DriverManager.getConnection(url, user, "")) {
                    backupTo(c, part);
                }
            });
            LOG.info("Backed up the database to {} before migrating it", target.getFileName());
        };
    }

    private static Optional<Backup> parse(Path f) {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            Instant at = STAMP.parse(m.group(1), Instant::from);
            Backup.Kind kind = Backup.Kind.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            int seq = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
            return Optional.of(new Backup(f.getFileName().toString(), at, kind, seq, Files.size(f)));
        } catch (RuntimeException | IOException e) {
            LOG.warn("Ignoring unreadable backup name {}", f.getFileName());
            return Optional.empty();
        }
    }

    @Override
    public List<Backup> list() {
        return listIn(dataDir);
    }

    @Override
    public boolean databaseExists() {
        return Database.exists(dataDir);
    }

    @Override
    public Backup create(Backup.Kind kind, Instant at) {
        Path target = newTarget(dataDir, kind, at);
        if (database != null) {
            writeAtomically(target, part -> database.withConnection(c -> {
                backupTo(c, part);
                return null;
            }));
        } else {
            Path file = Database.databaseFile(dataDir);
            writeAtomically(target, part -> {
                try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
                    zip.putNextEntry(new ZipEntry(ENTRY));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            });
        }
        LOG.info("Backed up the database to {}", target.getFileName());
        return parse(target).orElseThrow();
    }

    @Override
    public void delete(Backup backup) {
        try {
            Files.deleteIfExists(folder(dataDir).resolve(backup.fileName()));
        } catch (IOException e) {
            throw new OrbitException(e, "backup.failed", backup.fileName(), e.getMessage());
        }
    }

    @Override
    public void restore(Backup backup) {
        if (database != null) {
            throw new IllegalStateException("close the database before restoring it");
        }
        Path zipFile = folder(dataDir).resolve(backup.fileName());
        Path staging = dataDir.resolve("restore" + PART);
        try {
            deleteTree(staging);
            OwnerOnly.directory(staging);
            Path extracted = staging.resolve(ENTRY);
            extract(zipFile, extracted);
            check(staging, backup);
            try {
                Files.move(extracted, Database.databaseFile(dataDir), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(extracted, Database.databaseFile(dataDir), StandardCopyOption.REPLACE_EXISTING);
            }
            OwnerOnly.file(Database.databaseFile(dataDir));
        } catch (IOException e) {
            throw new OrbitException(e, "backup.restore.unreadable", backup.fileName());
        } finally {
            try {
                deleteTree(staging);
            } catch (IOException e) {
                LOG.warn("Could not remove {}: {}", staging, e.getMessage());
            }
        }
    }

    /** Removes what a crash during a backup or a restore left behind; the caller holds the lock. */
    public static void removeLeftovers(Path dataDir) {
        try {
            deleteTree(dataDir.resolve("restore" + PART));
            Path dir = folder(dataDir);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, "*" + PART)) {
                    for (Path p : parts) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove unfinished backups: {}", e.getMessage());
        }
    }

    private static void extract(Path zipFile, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(zipFile); ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                // Only the one known entry is ever written: nothing in the zip chooses a path.
                if (e.getName().equals(ENTRY)) {
                    Files.copy(zip, to, StandardCopyOption.REPLACE_EXISTING);
                    OwnerOnly.file(to);
                    return;
                }
            }
        }
        throw new IOException("no " + ENTRY + " in " + zipFile.getFileName());
    }

    /** Opens the extracted copy read-only and reads it, so a bad backup never replaces a database. */
    private static void check(Path staging, Backup backup) {
        String url = "jdbc:h2:file:" + staging.toAbsolutePath().resolve(Database.FILE_NAME)
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "orbit", "");
             PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM contact");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
        } catch (SQLException | RuntimeException e) {
            throw new OrbitException(e, "backup.restore.unreadable", backup.fileName());
        }
    }

    private static void backupTo(Connection c, Path file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, file.toAbsolutePath().toString());
            ps.execute();
        }
    }

    private static Path newTarget(Path dataDir, Backup.Kind kind, Instant at) {
        Path dir;
        try {
            dir = OwnerOnly.directory(folder(dataDir));
        } catch (IOException e) {
            throw new OrbitException(e, "backup.failed", folder(dataDir).toAbsolutePath(), e.getMessage());
        }
        String base = "orbit-" + STAMP.format(at) + "-" + kind.name().toLowerCase(Locale.ROOT);
        Path target = dir.resolve(base + ".zip");
        for (int seq = 2; Files.exists(target) || Files.exists(part(target)); seq++) {
            target = dir.resolve(base + "-" + seq + ".zip");
        }
        return target;
    }

    private static Path part(Path target) {
        return target.resolveSibling(target.getFileName() + PART);
    }

    /** Work that writes a file; it may throw what JDBC and I/O throw. */
    @FunctionalInterface
    private interface FileWork {
        void write(Path part) throws IOException, SQLException;
    }

    private static void writeAtomically(Path target, FileWork work) {
        Path part = part(target);
        try {
            work.write(part);
            OwnerOnly.file(part);
            try {
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target);
            }
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof OrbitException oe) {
                throw oe;
            }
            throw new OrbitException(e, "backup.failed", target.getFileName(), e.getMessage());
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
