package app.orbit.store;

import app.orbit.service.Log;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/** Keeps the data directory private: folders 0700, files 0600, where the file system has POSIX permissions. */
public final class OwnerOnly {

    private static final Log LOG = Log.of(OwnerOnly.class);

    private OwnerOnly() {
    }

    public static boolean supported(Path path) {
        return Files.getFileAttributeView(path, PosixFileAttributeView.class) != null;
    }

    /** Creates the directory (and parents) if needed, owner-only. */
    public static Path directory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (supported(dir)) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        }
        return dir;
    }

    /** Makes a file owner-only; a no-op on file systems without POSIX permissions. */
    public static void file(Path file) {
        try {
            if (Files.isRegularFile(file) && supported(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            LOG.warn("Could not make {} owner-only: {}", file.getFileName(), e.getMessage());
        }
    }

    /** Makes every file directly in the directory owner-only, and the sub-directories too. */
    public static void tree(Path dir) {
        try (Stream<Path> files = Files.walk(dir, 2)) {
            files.forEach(p -> {
                try {
                    if (Files.isDirectory(p)) {
                        directory(p);
                    } else {
                        file(p);
                    }
                } catch (IOException e) {
                    LOG.warn("Could not make {} owner-only: {}", p.getFileName(), e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not list {}: {}", dir, e.getMessage());
        }
    }
}
