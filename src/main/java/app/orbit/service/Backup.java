package app.orbit.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One backup of the database: a file in the data directory's {@code backups/} folder, when it
 * was taken and why. {@code sequence} tells apart backups taken in the same millisecond.
 * {@code verified}: opened from its own file and read whole after it was written — a good
 * backup. Backups from before verification existed, and the copies of a database kept before a
 * restore (damaged or not), are not.
 */
public record Backup(String fileName, Instant takenAt, Kind kind, int sequence, long size, boolean verified) {

    /** Newest first: the order of every backup list. */
    public static final Comparator<Backup> NEWEST_FIRST = Comparator.comparing(Backup::takenAt)
            .thenComparingInt(Backup::sequence).thenComparing(Backup::fileName).reversed();

    /** Why a backup was taken. */
    public enum Kind {
        /** The first start of the day. */
        DAILY,
        /** Asked for from Settings or {@code orbit backup}. */
        MANUAL,
        /** Right before the schema was migrated by a newer Orbit. */
        PRE_MIGRATION,
        /** The database as it was right before a restore replaced it. */
        PRE_RESTORE
    }

    public Backup {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(kind, "kind");
    }

    /** A backup not (yet) verified. */
    public Backup(String fileName, Instant takenAt, Kind kind, int sequence, long size) {
        this(fileName, takenAt, kind, sequence, size, false);
    }

    /**
     * The backup to offer when the database is damaged or missing, among backups newest first:
     * the newest verified one; failing that (backups older than verification), the newest that
     * is not a copy kept before a restore, which may be the damaged file itself.
     */
    public static Optional<Backup> lastGood(List<Backup> newestFirst) {
        return newestFirst.stream().filter(Backup::verified).findFirst()
                .or(() -> newestFirst.stream().filter(b -> b.kind() != Kind.PRE_RESTORE).findFirst())
                .or(() -> newestFirst.stream().findFirst());
    }
}
