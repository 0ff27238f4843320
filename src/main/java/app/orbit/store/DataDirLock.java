package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Log;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The lock that keeps a second Orbit (or a restore) off a data directory while one uses it. */
public final class DataDirLock implements AutoCloseable {

    private static final Log LOG = Log.of(DataDirLock.class);
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks a data directory opened read-only: the lock as usual, or null (no lock) when the
     * directory cannot hold a lock file because it cannot be written to. Another Orbit holding
     * it is still refused.
     */
    public static DataDirLock acquireIfWritable(Path directory) {
        try {
            return acquire(directory);
        } catch (OrbitException e) {
            if (e.key().equals("error.dataDir.unusable")) {
                LOG.info("Reading {} without a lock: it cannot hold one", directory);
                return null;
            }
            throw e;
        }
    }

    /**
     * Creates the directory owner-only if needed and locks it.
     *
     * @throws OrbitException {@code error.dataDir.inUse} when another Orbit holds it,
     *     {@code error.dataDir.unusable} when it cannot be created or locked
     */
    public static DataDirLock acquire(Path directory) {
        FileChannel channel = null;
        try {
            OwnerOnly.directory(directory);
            Path lockFile = directory.resolve(Database.LOCK_FILE);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            OwnerOnly.file(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new OrbitException("error.dataDir.inUse", directory.toAbsolutePath());
            }
            return new DataDirLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new OrbitException(e, "error.dataDir.unusable", directory.toAbsolutePath(), e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.warn("Could not release the data directory lock: {}", e.getMessage());
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("close failed", e);
        }
    }
}
