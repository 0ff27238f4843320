package app.orbit.app;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import app.orbit.service.BackupStore;
import java.time.Instant;
import java.util.List;

/**
 * Backups when Orbit runs on a shared server: none kept by Orbit. The server is backed up by its
 * operator (pg_dump); {@code orbit export --format json} writes the whole network to a file.
 */
final class ServerBackups implements BackupStore {

    @Override
    public List<Backup> list() {
        return List.of();
    }

    @Override
    public Backup create(Backup.Kind kind, Instant at) {
        throw new OrbitException("backup.onServer");
    }

    @Override
    public void delete(Backup backup) {
        throw new OrbitException("backup.onServer");
    }

    @Override
    public boolean databaseExists() {
        return true;
    }

    @Override
    public void restore(Backup backup) {
        throw new OrbitException("backup.onServer");
    }
}
