package app.orbit.app;

import app.orbit.domain.OrbitException;
import app.orbit.domain.ServerAddress;
import app.orbit.domain.ValidationException;
import app.orbit.service.Log;
import app.orbit.store.OwnerOnly;
import app.orbit.store.StoreAddress;
import app.orbit.ui.settings.SharedDatabase;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The shared server the window opens on, set in Settings: {@code shared-database.properties} in
 * the data directory, holding the address only (the password stays in ~/.pgpass). The command
 * line does not read it: a command names its server with {@code --database}, so that a script
 * never changes store because of a setting made in the window.
 */
final class SharedDatabaseFile implements SharedDatabase {

    private static final Log LOG = Log.of(SharedDatabaseFile.class);
    static final String FILE = "shared-database.properties";
    private static final String ADDRESS = "address";

    private final Path directory;
    private final String currentServer;

    /**
     * @param currentServer the address this Orbit runs on now, or null on the data directory's own database
     */
    SharedDatabaseFile(Path directory, String currentServer) {
        this.directory = directory;
        this.currentServer = currentServer;
    }

    /** The address saved in a data directory, if any; an unreadable file counts as none (and is logged). */
    static Optional<String> savedIn(Path directory) {
        Path file = directory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}; opening this computer's data", file, e);
            return Optional.empty();
        }
        String address = p.getProperty(ADDRESS, "").strip();
        return address.isEmpty() ? Optional.empty() : Optional.of(address);
    }

    @Override
    public Optional<String> currentServer() {
        return Optional.ofNullable(currentServer).map(ServerAddress::masked);
    }

    @Override
    public String folder() {
        return directory.toAbsolutePath().toString();
    }

    @Override
    public Optional<String> saved() {
        return savedIn(directory);
    }

    @Override
    public void save(String address) {
        String a = address == null ? "" : address.strip();
        try {
            StoreAddress.checkServer(a);
        } catch (OrbitException e) {
            if (e.key().equals("migrateTo.passwordInAddress")) {
                throw new ValidationException("sharedAddress", e.key(), e.args());
            }
            throw new ValidationException("sharedAddress", "shared.badAddress", a);
        }
        Properties p = new Properties();
        p.setProperty(ADDRESS, a);
        Path file = directory.resolve(FILE);
        Path next = directory.resolve(FILE + ".new");
        try {
            Files.createDirectories(directory);
            try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                p.store(out, "The shared database Orbit's window opens on (Settings); the password is in ~/.pgpass");
            }
            OwnerOnly.file(next);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new OrbitException(e, "shared.notSaved", file.toAbsolutePath());
        }
        LOG.info("Saved the shared database for the next starts: {}", ServerAddress.masked(a));
    }

    @Override
    public void clear() {
        Path file = directory.resolve(FILE);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new OrbitException(e, "shared.notSaved", file.toAbsolutePath());
        }
        LOG.info("Cleared the shared database: the next starts open this computer's data");
    }
}
