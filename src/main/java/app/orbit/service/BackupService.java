package app.orbit.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Backups of the database: once a day at start-up, on demand, rotated (7 daily, 4 weekly), and
 * restore. Restore needs the database closed: the composition root hands out a service bound to
 * the closed data directory for it ({@code Orbit.restore}, {@code Orbit.offline}).
 */
public final class BackupService {

    private static final Log LOG = Log.of(BackupService.class);

    private final BackupStore store;
    private final Clock clock;

    public BackupService(BackupStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Every backup, newest first. */
    public List<Backup> list() {
        return store.list();
    }

    public Optional<Backup> latest() {
        return store.list().stream().findFirst();
    }

    /** The backup to offer when the database is damaged: the newest verified one ({@link Backup#lastGood}). */
    public Optional<Backup> lastGood() {
        return Backup.lastGood(store.list());
    }

    /** The start-up backup: taken when none was taken today, then the old ones are rotated out. */
    public Optional<Backup> backupIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean takenToday = store.list().stream()
                .anyMatch(b -> LocalDate.ofInstant(b.takenAt(), clock.getZone()).equals(today));
        Optional<Backup> taken = takenToday ? Optional.empty() : Optional.of(store.create(Backup.Kind.DAILY,
                clock.instant()));
        rotate();
        return taken;
    }

    /** A backup now (Settings, {@code orbit backup}). */
    public Backup backupNow() {
        Backup b = store.create(Backup.Kind.MANUAL, clock.instant());
        rotate();
        return b;
    }

    /**
     * Replaces the database with a backup; the database as it was is backed up first. Returns
     * that pre-restore backup, or empty when there was no database file to keep.
     */
    public Optional<Backup> restore(Backup from) {
        Instant now = clock.instant();
        Optional<Backup> before = store.databaseExists()
                ? Optional.of(store.create(Backup.Kind.PRE_RESTORE, now)) : Optional.empty();
        store.restore(from);
        LOG.info("Restored the database from backup {}", from.fileName());
        return before;
    }

    /** Deletes the backups the rotation rule no longer keeps. */
    public void rotate() {
        List<Backup> all = store.list();
        Set<Backup> keep = BackupRotation.keep(all, clock.getZone());
        for (Backup b : all) {
            if (!keep.contains(b)) {
                store.delete(b);
            }
        }
    }
}
