package app.orbit.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Free space where Orbit writes, for messages and for refusing a backup that cannot fit. */
@FunctionalInterface
public interface DiskSpace {

    /** The file system's own answer. */
    DiskSpace SYSTEM = DiskSpace::usable;

    /** Bytes this process may still write in the file system holding {@code place}. */
    long usableAt(Path place);

    /** The usable space of the file store holding the path (or its nearest existing parent); -1 when unknown. */
    static long usable(Path place) {
        Path p = place.toAbsolutePath();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        try {
            return p == null ? -1 : Files.getFileStore(p).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }
}
