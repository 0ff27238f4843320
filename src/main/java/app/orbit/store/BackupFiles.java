package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.BackupStore;
import app.orbit.service.Log;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
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

/**
 * Backups as zip files in the data directory's {@code backups/} folder, owner-only, named
 * {@code orbit-20261126-100000-000-daily.zip} (UTC). Bound to an open {@link Database}, it backs
 * up online with H2's {@code BACKUP TO}; bound to a closed data directory (whose lock the caller
 * holds), it zips the database file and can restore. A backup is written under a {@code .part}
 * name and renamed when complete, so a crash never leaves a half backup that looks whole.
 * Before the rename, a backup of the live database is opened read-only from its own file and
 * every table read ({@link Integrity#verify}): a copy of a damaged database is refused, and a
 * good one gets a side file ({@code <name>.zip.check}) with its row counts, which marks it as
 * verified (docs/decisions/0011-damage-detection.md).
 */
public final class BackupFiles implements BackupStore {

    private static final Log LOG = Log.of(BackupFiles.class);
    public static final String FOLDER = "backups";
    private static final String PART = ".part";
    /** The side file of a verified backup: when it was verified and the row count of every table. */
    static final String CHECK = ".check";
    private static final String VERIFY_DIR = "verify" + PART;
    private static final String ENTRY = Database.FILE_NAME + ".mv.db";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile(
            "orbit-(\\d{8}-\\d{6}-\\d{3})-(daily|manual|pre_migration|pre_restore)(?:-(\\d+))?\\.zip");

    private final Path dataDir;
    private final Database database;
    private final DiskSpace space;
    /** The key of the database and of its backups (a backup is a copy of the file, encrypted as it is). */
    private final DatabaseKey key;

    private BackupFiles(Path dataDir, Database database, DiskSpace space, DatabaseKey key) {
        this.dataDir = dataDir;
        this.database = database;
        this.space = space;
        this.key = key;
    }

    /** Backups of an open database. */
    public static BackupFiles online(Database database) {
        return online(database, DiskSpace.SYSTEM);
    }

    /** Backups of an open database, with another idea of the free space (tests: a full disk). */
    static BackupFiles online(Database database, DiskSpace space) {
        return new BackupFiles(database.directory(), database, space, database.key());
    }

    /** Backups of a closed plain data directory; the caller holds its {@link DataDirLock}. */
    public static BackupFiles offline(Path dataDir, DataDirLock heldLock) {
        return offline(dataDir, heldLock, DatabaseKey.NONE);
    }

    /** Backups of a closed data directory whose files are under {@code key}; the caller holds its lock. */
    public static BackupFiles offline(Path dataDir, DataDirLock heldLock, DatabaseKey key) {
        if (heldLock == null) {
            throw new IllegalArgumentException("the data directory must be locked");
        }
        return new BackupFiles(dataDir, null, DiskSpace.SYSTEM, key);
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
        return (url, user, password, key) -> {
            Path target = newTarget(dataDir, Backup.Kind.PRE_MIGRATION, now.get());
            checkSpace(dataDir, target, DiskSpace.SYSTEM);
            try {
                writeAtomically(target, part -> {
                    try (Connection c = DriverManager.getConnection(url, user, password)) {
                        backupTo(c, part, key, Database.databaseFile(dataDir));
                    }
                }, key);
            } catch (DamagedCopy e) {
                // Not migrated: the database the backup copied is damaged (Orbit.open offers a backup).
                throw new OrbitException(e.getCause(), "error.database.damaged",
                        Database.databaseFile(dataDir).toAbsolutePath());
            }
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
            return Optional.of(new Backup(f.getFileName().toString(), at, kind, seq, Files.size(f),
                    Files.exists(checkFile(f))));
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
        checkSpace(dataDir, target, space);
        if (database != null) {
            if (database.damaged()) {
                throw database.damageFound(null);
            }
            try {
                writeAtomically(target, part -> {
                    if (key.encrypted()) {
                        database.withConnection(c -> {
                            checkpoint(c);
                            return null;
                        });
                        copyAsOnDisk(Database.databaseFile(dataDir), part);
                    } else {
                        database.withConnection(c -> {
                            backupPlain(c, part);
                            return null;
                        });
                    }
                }, key);
            } catch (DamagedCopy e) {
                throw database.damageFound(e.getCause());
            }
        } else {
            // The file kept before a restore is kept as it is, even damaged: not verified, so never
            // counted as a good backup. Any other backup of the closed file is verified like an online one.
            Path file = Database.databaseFile(dataDir);
            try {
                writeAtomically(target, part -> {
                    try (OutputStream out = Files.newOutputStream(part);
                         ZipOutputStream zip = new ZipOutputStream(out)) {
                        zip.putNextEntry(new ZipEntry(ENTRY));
                        Files.copy(file, zip);
                        zip.closeEntry();
                    }
                }, kind != Backup.Kind.PRE_RESTORE ? key : null);
            } catch (DamagedCopy e) {
                throw new OrbitException(e.getCause(), "error.database.damaged", file.toAbsolutePath());
            }
        }
        LOG.info("Backed up the database to {}", target.getFileName());
        return parse(target).orElseThrow();
    }

    @Override
    public void delete(Backup backup) {
        try {
            Path file = folder(dataDir).resolve(backup.fileName());
            Files.deleteIfExists(file);
            Files.deleteIfExists(checkFile(file));
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
            check(staging, backup, key);
            Durably.force(extracted);
            Durably.move(extracted, Database.databaseFile(dataDir));
            OwnerOnly.file(Database.databaseFile(dataDir));
            // The damage found in the file just replaced no longer holds.
            Files.deleteIfExists(dataDir.resolve(Database.DAMAGE_MARKER));
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
                        deleteTree(p);
                    }
                }
                // A side file whose backup never got its name (killed between the two renames).
                try (DirectoryStream<Path> checks = Files.newDirectoryStream(dir, "*.zip" + CHECK)) {
                    for (Path c : checks) {
                        String name = c.getFileName().toString();
                        if (!Files.exists(c.resolveSibling(name.substring(0, name.length() - CHECK.length())))) {
                            Files.deleteIfExists(c);
                        }
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("Could not remove unfinished backups: {}", e.getMessage());
        }
    }

    /**
     * Writes a copy of a backup whose database is under key {@code from}, under key {@code to}
     * (a change of encryption, {@link Encryption}): extracted, rewritten and zipped in a folder of
     * its own beside it, forced to the disk. The backup itself is not touched.
     */
    static void rekey(Path zipFile, Path copy, DatabaseKey from, DatabaseKey to) throws IOException {
        Path staging = zipFile.resolveSibling("rekey" + PART);
        deleteTree(staging);
        OwnerOnly.directory(staging);
        try {
            Path source = staging.resolve("old.mv.db");
            extract(zipFile, source);
            Path target = staging.resolve(ENTRY);
            createOwnerOnly(target);
            Encryption.copy(source, from, target, to);
            createOwnerOnly(copy);
            try (OutputStream out = Files.newOutputStream(copy); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                Files.copy(target, zip);
                zip.closeEntry();
            }
            Durably.force(copy);
        } finally {
            deleteTree(staging);
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

    /** Opens the extracted copy read-only and reads all of it, so a bad backup never replaces a database. */
    private static void check(Path staging, Backup backup, DatabaseKey key) {
        try {
            Integrity.Report report = verifyCopy(staging, key);
            if (!report.intact()) {
                throw new OrbitException(new Integrity.DamageFound(report), "backup.restore.unreadable",
                        backup.fileName());
            }
        } catch (SQLException | RuntimeException e) {
            if (e instanceof OrbitException oe) {
                throw oe;
            }
            throw new OrbitException(e, "backup.restore.unreadable", backup.fileName());
        }
    }

    /** Opens the database file in a folder read-only, without writing anything near it, and reads every table. */
    private static Integrity.Report verifyCopy(Path folder, DatabaseKey key) throws SQLException {
        String url = "jdbc:h2:" + key.h2Name(folder.toAbsolutePath().resolve(Database.FILE_NAME))
                + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "orbit", key.jdbcPassword())) {
            return Integrity.verify(c);
        }
    }

    /**
     * Verifies a backup from its own file: extracted next to it, opened read-only, every table
     * read. Returns the row counts; throws {@link DamagedCopy} when the copy is damaged.
     */
    private static Integrity.Report verifyBackup(Path zipFile, DatabaseKey key) throws IOException {
        Path staging = zipFile.resolveSibling(VERIFY_DIR);
        deleteTree(staging);
        OwnerOnly.directory(staging);
        try {
            extract(zipFile, staging.resolve(ENTRY));
            Integrity.Report report;
            try {
                report = verifyCopy(staging, key);
            } catch (SQLException | RuntimeException e) {
                if (Integrity.isDiskFull(e)) {
                    throw new IOException("No space left on device", e);
                }
                if (Integrity.isCutShort(e)) {
                    // Orbit was closing (the window quit during the daily backup): the backup fails,
                    // the database is not marked damaged and opens as usual next time.
                    throw new IOException("The backup's verification was cut short: the database closed", e);
                }
                throw new DamagedCopy(e);
            }
            if (!report.intact()) {
                throw new DamagedCopy(new Integrity.DamageFound(report));
            }
            return report;
        } finally {
            deleteTree(staging);
        }
    }

    /** A backup whose verification found its copy damaged: refused. */
    private static final class DamagedCopy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DamagedCopy(Throwable cause) {
            super("the copy is damaged", cause);
        }
    }

    static Path checkFile(Path zipFile) {
        return zipFile.resolveSibling(zipFile.getFileName() + CHECK);
    }

    /**
     * Refuses a backup that cannot fit: it needs about twice the database file (the zip, at most
     * the file's size, and the copy extracted to verify it).
     */
    private static void checkSpace(Path dataDir, Path target, DiskSpace space) {
        long needed = 2 * Math.max(0, sizeOr0(Database.databaseFile(dataDir)));
        long free = space.usableAt(target.getParent());
        if (free >= 0 && free < needed) {
            throw new OrbitException("backup.diskFull", target.getParent().toAbsolutePath(),
                    Database.megabytes(needed), Database.megabytes(free));
        }
    }

    private static long sizeOr0(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Backs up the open database {@code databaseFile} into the zip {@code file}: its file as it is
     * on the disk, encrypted when it is (decision 0018). H2's {@code BACKUP TO} copies the file as H2 reads it,
     * which for a file under Orbit's encrypted file system would be the decrypted pages: an
     * encrypted database is copied here instead, as {@code BACKUP TO} does it with H2's own
     * {@code CIPHER=AES} (the store committed, then the file's bytes as they are; Orbit's
     * append-only writing never rewrites a chunk the copy may be reading).
     */
    private static void backupTo(Connection c, Path file, DatabaseKey key, Path databaseFile)
            throws SQLException, IOException {
        if (key.encrypted()) {
            checkpoint(c);
            copyAsOnDisk(databaseFile, file);
        } else {
            backupPlain(c, file);
        }
    }

    private static void backupPlain(Connection c, Path file) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
            ps.setString(1, file.toAbsolutePath().toString());
            ps.execute();
        }
    }

    /** What H2's {@code BACKUP TO} does first: the store's pending changes written to the file. */
    private static void checkpoint(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    /** Zips the open encrypted database file as it is on the disk, through the channel H2 holds (and locks). */
    private static void copyAsOnDisk(Path databaseFile, Path file) throws IOException {
        XtsFileChannel open = EncryptedFilePath.openOn(databaseFile);
        if (open == null) {
            throw new IOException("the encrypted database " + databaseFile.getFileName() + " is not open");
        }
        FileChannel raw = open.raw();
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ENTRY));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            long position = 0;
            for (int n; (n = raw.read(buffer.clear(), position)) >= 0; position += n) {
                zip.write(buffer.array(), 0, n);
            }
            zip.closeEntry();
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
    interface FileWork {
        void write(Path part) throws IOException, SQLException;
    }

    /**
     * Writes the backup under its {@code .part} name, created owner-only before its first byte,
     * forces it to the disk, verifies it when given the key to open it with, and renames it (then forces the folder). A
     * verified backup gets its side file last: a crash in between leaves an unverified backup,
     * never a falsely verified one.
     */
    static void writeAtomically(Path target, FileWork work, DatabaseKey verifyWith) {
        Path part = part(target);
        try {
            createOwnerOnly(part);
            work.write(part);
            OwnerOnly.file(part);
            Durably.force(part);
            Integrity.Report report = verifyWith != null ? verifyBackup(part, verifyWith) : null;
            Durably.move(part, target);
            if (report != null) {
                Path check = checkFile(target);
                Path checkPart = part(check);
                createOwnerOnly(checkPart);
                Files.writeString(checkPart, "verified " + Instant.now() + "\n" + report.summary() + "\n");
                Durably.force(checkPart);
                Durably.move(checkPart, check);
                LOG.info("Verified backup {}: {}", target.getFileName(), report.summary());
            }
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof OrbitException || e instanceof DamagedCopy) {
                throw (RuntimeException) e;
            }
            if (Integrity.isDiskFull(e)) {
                throw new OrbitException(e, "backup.diskFull", target.getParent().toAbsolutePath(),
                        Database.megabytes(2 * sizeOr0(Database.databaseFile(target.getParent().getParent()))),
                        Database.megabytes(DiskSpace.usable(target.getParent())));
            }
            throw new OrbitException(e, "backup.failed", target.getFileName(), e.getMessage());
        }
    }

    /** Creates an empty file readable by its owner only, from the start (not made so after it was written). */
    static void createOwnerOnly(Path file) throws IOException {
        Files.deleteIfExists(file);
        if (OwnerOnly.supported(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
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
