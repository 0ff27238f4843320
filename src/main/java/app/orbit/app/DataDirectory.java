package app.orbit.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Orbit keeps its data: {@code --data-dir}, else {@code ORBIT_HOME}, else the platform's
 * place ({@code $XDG_DATA_HOME/orbit} or {@code ~/.local/share/orbit} on Linux,
 * {@code %APPDATA%\Orbit} on Windows, {@code ~/Library/Application Support/Orbit} on macOS).
 */
public final class DataDirectory {

    private DataDirectory() {
    }

    public static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) {
            return Path.of(option).toAbsolutePath().normalize();
        }
        String home = env.get("ORBIT_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath().normalize();
        }
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming"))
                    .resolve("Orbit");
        }
        if (os.contains("mac") || os.contains("darwin")) {
            return Path.of(userHome, "Library", "Application Support", "Orbit");
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, "orbit");
        }
        return Path.of(userHome, ".local", "share", "orbit");
    }

    /** The data directory for this process, from the option and the real environment. */
    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }

    /**
     * Whether Orbit can write in the data directory (or create it): by creating and deleting a
     * file there, since permission bits do not tell for root, read-only mounts or ACLs.
     */
    public static boolean writable(Path dir) {
        Path existing = dir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing) || !Files.isWritable(existing)) {
            return false;
        }
        // Named after the process rather than random: createTempFile seeds a SecureRandom, a
        // hundredth of a second of every command's start.
        Path probe = existing.resolve(".orbit-write-" + ProcessHandle.current().pid() + ".probe");
        try {
            Files.deleteIfExists(probe); // Left by a process killed here whose number came back.
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
