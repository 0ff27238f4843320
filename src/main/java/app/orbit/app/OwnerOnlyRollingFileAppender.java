package app.orbit.app;

import app.orbit.store.OwnerOnly;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * A rolling log file that is owner-only (0600) from the moment it exists, and so is every file
 * it rolls over to. Logback creates the new active file after a rollover with the process's
 * default mode (0644 under the usual umask); this appender creates it first, owner-only, and
 * Logback then only appends to it.
 */
final class OwnerOnlyRollingFileAppender<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName);
        createOwnerOnly(file);
        super.openFile(fileName);
        // A file that existed before (an older Orbit, a copy) is made owner-only too.
        OwnerOnly.file(file);
    }

    @Override
    public void rollover() {
        super.rollover();
        // A renamed file keeps its mode; one Logback had to copy (a rename across file systems)
        // or compress would not. The folder holds a few files only.
        Path file = Path.of(getFile());
        Path folder = file.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(OwnerOnly::file);
        } catch (IOException e) {
            addWarn("Could not make the rolled log files owner-only: " + e.getMessage());
        }
    }

    /** Creates the file (and its folder) owner-only when it does not exist yet. */
    static void createOwnerOnly(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path folder = file.toAbsolutePath().getParent();
        OwnerOnly.directory(folder);
        try {
            if (OwnerOnly.supported(folder)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
                        "rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            // Created meanwhile by another appender of the same file: made owner-only after opening.
        }
    }
}
