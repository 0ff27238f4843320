package app.orbit.store;

import app.orbit.domain.OrbitException;
import app.orbit.service.Log;
import app.orbit.service.SettingsRepository;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The settings of the person at this computer ({@code personal.properties} in the local data
 * directory): never in the database, which on a shared server everyone reads (decision 0016).
 * Written whole to a side file, then renamed over the old one: a crash leaves one or the other.
 */
public final class PersonalSettingsFile implements SettingsRepository {

    private static final Log LOG = Log.of(PersonalSettingsFile.class);
    public static final String FILE = "personal.properties";

    private final Path file;

    public PersonalSettingsFile(Path directory) {
        this.file = directory.resolve(FILE);
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(load().getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        Properties all = load();
        all.setProperty(key, value);
        Path part = file.resolveSibling(FILE + ".part");
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                all.store(out, "Orbit: the settings of the person at this computer");
            }
            OwnerOnly.file(part);
            Durably.move(part, file);
        } catch (IOException e) {
            throw new OrbitException(e, "error.settings.personal", file.toAbsolutePath());
        }
    }

    @Override
    public synchronized Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        load().forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    /** An unreadable file counts as empty: the defaults beat a window that cannot open. */
    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read {}; using the defaults: {}", file, e.getMessage());
            }
        }
        return p;
    }
}
