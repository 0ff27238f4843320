package app.orbit.ui.backups;

import app.orbit.service.Backup;

/**
 * Restores a backup for the window: the application closes the database, restores (the current
 * database backed up first), opens it again and rebuilds the window on it.
 */
@FunctionalInterface
public interface Restorer {

    void restore(Backup backup);
}
