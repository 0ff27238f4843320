package app.orbit.store;

import app.orbit.service.Log;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Renames that survive a power cut: the file's bytes forced to the disk before the rename, the
 * folder's entry forced after it. Without the first, a rename may reach the disk before the data
 * it names (an empty or partial file under the final name); without the second, the rename itself
 * may be lost.
 */
final class Durably {

    private static final Log LOG = Log.of(Durably.class);

    private Durably() {
    }

    /** Forces a file's content and metadata to the disk. */
    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Forces a folder's entries to the disk. Linux allows it on a folder opened for reading; other
     * systems refuse (Windows: access denied), where there is nothing more Java can do.
     */
    static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.debug("Cannot force the folder {} to the disk here: {}", dir.getFileName(), e.toString());
        }
    }

    /** Renames atomically where the file system can (replacing the target), forcing before and after. */
    static void move(Path from, Path to) throws IOException {
        force(from);
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(to.toAbsolutePath().getParent());
        Path source = from.toAbsolutePath().getParent();
        if (!source.equals(to.toAbsolutePath().getParent())) {
            forceDirectory(source);
        }
    }
}
