package app.orbit.store;

import app.orbit.service.Log;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;

/**
 * Rewrites a closed database file with only its live data, crash-safely: the live pages are
 * copied into a new file next to it, the new file is synced, then renamed over the old one in
 * one atomic step. A process killed at any moment leaves the old file or the new one, each
 * whole; an unfinished copy is removed at the next open. The live file itself is never written
 * in place, so H2's append-only writing (Database.appendOnly) keeps its protection.
 */
final class Compaction {

    private static final Log LOG = Log.of(Compaction.class);
    /** The unfinished copy; never opened by H2, removed at the next open when a kill left it. */
    static final String PART_SUFFIX = ".compact.part";
    /**
     * Compact when the file is more than this many times its live data. A freshly compacted file
     * is about 1.0×; H2 also needs some slack for the chunks a session writes before it frees
     * older ones.
     */
    static final double MAX_RATIO = 1.5;
    /**
     * The rewrite starts over this ratio, below {@link #MAX_RATIO}: the file keeps growing by the
     * commits made between two looks (about 60 KB a logged interaction at 30,000 contacts). Checked
     * every 100 commits at 1.5, 10,000 single logs took the file to 1.58× its data (docs/benchmarks.md).
     */
    static final double TRIGGER_RATIO = 1.4;
    /** Below this a file is never worth a rewrite: a few logged interactions write as much. */
    static final long MIN_FILE_BYTES = 4L << 20;

    /** The steps of {@link #compact}, in order; a test stops between two to play a kill. */
    enum Step { COPIED, SYNCED, SWAPPED }

    /** Called after each step; a test throws from it to stop there, as a kill would. */
    @FunctionalInterface
    interface StepListener {
        StepListener NONE = step -> { };

        void after(Step step) throws IOException;
    }

    /** The file's size and the part of it H2 still reads: live chunks times how full they are. */
    record FileStats(long fileBytes, long liveBytes) {

        static FileStats of(MVStore store) {
            FileStore<?> fs = store.getFileStore();
            long size = fs.size();
            long live = size * fs.getFillRate() / 100 * fs.getChunksFillRate() / 100;
            return new FileStats(size, Math.max(live, 1));
        }

        double ratio() {
            return (double) fileBytes / liveBytes;
        }

        /** Whether a rewrite would save enough to be worth its seconds. */
        boolean wasteful() {
            return fileBytes >= MIN_FILE_BYTES && ratio() > TRIGGER_RATIO;
        }
    }

    private Compaction() {
    }

    static Path part(Path databaseFile) {
        return databaseFile.resolveSibling(databaseFile.getFileName() + PART_SUFFIX);
    }

    /** Removes the copy a compaction killed before its swap left behind; the old file is whole. */
    static void removeLeftover(Path databaseFile) {
        try {
            if (Files.deleteIfExists(part(databaseFile))) {
                LOG.info("Removed an unfinished compaction of {}", databaseFile.getFileName());
            }
        } catch (IOException e) {
            LOG.warn("Could not remove an unfinished compaction: {}", e.getMessage());
        }
    }

    /** Compacts a closed database file whose data directory the caller holds locked. */
    static void compact(Path databaseFile) throws IOException {
        compact(databaseFile, DatabaseKey.NONE, StepListener.NONE);
    }

    /** Compacts a closed database file under its key: the copy is encrypted as the file is. */
    static void compact(Path databaseFile, DatabaseKey key) throws IOException {
        compact(databaseFile, key, StepListener.NONE);
    }

    static void compact(Path databaseFile, StepListener listener) throws IOException {
        compact(databaseFile, DatabaseKey.NONE, listener);
    }

    static void compact(Path databaseFile, DatabaseKey key, StepListener listener) throws IOException {
        Path part = part(databaseFile);
        Files.deleteIfExists(part);
        long before = Files.size(databaseFile);
        long start = System.nanoTime();
        try {
            // Every live page of every map, into a new file; the source is opened read-only.
            // An encrypted file is read and its copy written under the same key (never a plain
            // page on the disk): both are named under Orbit's encrypted file system.
            MVStore.compact(name(databaseFile, key), name(part, key), false, null);
            listener.after(Step.COPIED);
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            OwnerOnly.file(part);
            listener.after(Step.SYNCED);
            try {
                Files.move(part, databaseFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // No atomic rename here: keep the old file rather than risk a moment with neither.
                throw new IOException("the file system cannot replace " + databaseFile + " atomically", e);
            }
            syncDirectory(databaseFile.getParent());
            listener.after(Step.SWAPPED);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        LOG.info("Compacted {}: {} → {} bytes in {} ms", databaseFile.getFileName(), before,
                Files.size(databaseFile), (System.nanoTime() - start) / 1_000_000);
    }

    private static String name(Path file, DatabaseKey key) {
        return key.encrypted() ? key.h2Name(file) : file.toString();
    }

    /** Makes the rename itself durable (a power cut, not only a kill); not every system can. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Directory sync not supported: {}", e.getMessage());
        }
    }
}
