package app.orbit.service;

import java.time.Instant;
import java.util.List;

/**
 * Port: where backups live, implemented by the store. A store bound to an open database backs
 * it up online; one bound to a closed (locked) data directory copies the file and can restore.
 */
public interface BackupStore {

    /** Every complete backup, newest first. */
    List<Backup> list();

    /** Backs up the database as it is now; the file appears whole or not at all. */
    Backup create(Backup.Kind kind, Instant at);

    void delete(Backup backup);

    /** Whether there is a database to back up (false when its file is missing). */
    boolean databaseExists();

    /**
     * Replaces the database with a backup, after checking the backup can be read.
     *
     * @throws app.orbit.domain.OrbitException when the database is open or the backup unreadable
     */
    void restore(Backup backup);
}
