package app.orbit.store;

import app.orbit.service.Log;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.temporal.ChronoUnit;

/**
 * What the database file was when this Orbit last closed it cleanly: its schema version, size
 * and modification time (to the microsecond), in
 * {@code orbit.schema} beside it. A file that still matches
 * is the one Orbit closed at that version, so the next open skips the read-only look at the
 * migration history (one more open of H2, about a tenth of a command's start at 30,000
 * contacts). Any change to the file (a write, a restore, a compaction, another Orbit's
 * migration) makes it differ, and the look is taken as before; so does a missing or unreadable
 * stamp. A copy that kept the time ({@code cp -p}) is the same bytes, at the same version. It
 * holds nothing personal.
 */
final class SchemaStamp {

    private static final Log LOG = Log.of(SchemaStamp.class);
    static final String FILE_NAME = "orbit.schema";

    private SchemaStamp() {
    }

    /** Whether the file in {@code directory} is the one last closed cleanly at {@code version}. */
    static boolean matches(Path directory, int version) {
        try {
            String stamp = Files.readString(directory.resolve(FILE_NAME), StandardCharsets.US_ASCII).strip();
            return stamp.equals(describe(Database.databaseFile(directory), version));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Schema stamp unreadable: {}", e.toString());
            return false;
        }
    }

    /**
     * Records the file as it is now, after a clean close at {@code version}. Written beside and
     * renamed over the old stamp: a stamp cut short only fails to match. Not synced: a stamp lost
     * to a power cut only costs the next open its look at the history.
     */
    static void record(Path directory, int version) {
        Path stamp = directory.resolve(FILE_NAME);
        Path part = directory.resolve(FILE_NAME + ".part");
        try {
            Files.deleteIfExists(part);
            if (OwnerOnly.supported(directory)) {
                Files.createFile(part, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(part, describe(Database.databaseFile(directory), version) + "\n", StandardCharsets.US_ASCII);
            Files.move(part, stamp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Schema stamp not written: {}", e.toString());
            forget(directory);
        }
    }

    /** Removes the stamp: the next open looks at the history again. */
    static void forget(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(FILE_NAME));
            Files.deleteIfExists(directory.resolve(FILE_NAME + ".part"));
        } catch (IOException e) {
            LOG.debug("Schema stamp not removed: {}", e.toString());
        }
    }

    private static String describe(Path file, int version) throws IOException {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        // To the microsecond: Java's own copy that keeps the time (COPY_ATTRIBUTES) keeps no more.
        return version + " " + a.size() + " " + a.lastModifiedTime().toInstant().truncatedTo(ChronoUnit.MICROS);
    }
}
