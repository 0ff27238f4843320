package app.orbit.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * One backup of the database: a file in the data directory's {@code backups/} folder, when it
 * was taken and why. {@code sequence} tells apart backups taken in the same millisecond.
 */
public record Backup(String fileName, Instant takenAt, Kind kind, int sequence, long size) {

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
}
