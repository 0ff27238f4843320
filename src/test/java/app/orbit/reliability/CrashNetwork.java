package app.orbit.reliability;

import app.orbit.app.Orbit;
import app.orbit.bench.SyntheticNetwork;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * The benchmark's synthetic network for the crash modes at full size ({@code -Dorbit.crash.network=30000}):
 * bulk-loaded once per run into a data directory of its own, with today's backup taken, and copied
 * whole into each round's directory, so that every round starts from the same database.
 */
final class CrashNetwork {

    /** Contacts in the network the modes start from; 0: each mode's own small database. */
    static final int SIZE = Integer.getInteger("orbit.crash.network", 0);
    private static final long SEED = 20261126L;
    /** Written last in a built network's folder: a build cut short is not reused. */
    private static final String DONE = "built";
    private static Path latest;
    private static Path older;

    private CrashNetwork() {
    }

    static boolean enabled() {
        return SIZE > 0;
    }

    /** The network at the latest schema, with a verified backup of today (the child's daily backup is then done). */
    static synchronized Path latest() throws IOException {
        if (latest == null) {
            Path dir = scratch("crash-network-n" + SIZE + "-v" + newestVersion());
            if (Files.exists(dir.resolve(DONE))) {
                return latest = dir;
            }
            SyntheticNetwork net = SyntheticNetwork.generate(SIZE, SEED);
            try (Database db = Database.open(dir)) {
                BulkLoader.load(db, net.contacts(), net.interactions());
            }
            BulkLoader.compact(dir);
            try (Orbit orbit = TestOrbit.open(dir)) {
                orbit.backups().backupNow();
            }
            Files.createFile(dir.resolve(DONE));
            latest = dir;
        }
        return latest;
    }

    /**
     * A network of {@code size} contacts at the schema version before the newest (Flyway
     * {@code target}), for the migrating mode: opening it runs the newest migration.
     */
    static synchronized Path older(int size) throws IOException {
        if (older == null) {
            Path dir = scratch("crash-network-n" + size + "-at-v" + previousVersion());
            if (Files.exists(dir.resolve(DONE))) {
                return older = dir;
            }
            Flyway.configure().dataSource(Database.url(dir), "orbit", "").locations(Database.MIGRATIONS)
                    .target(previousVersion()).load().migrate();
            SyntheticNetwork net = SyntheticNetwork.generate(size, SEED);
            try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "")) {
                BulkLoader.load(c, net.contacts(), net.interactions());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            BulkLoader.compact(dir);
            Files.createFile(dir.resolve(DONE));
            older = dir;
        }
        return older;
    }

    static List<String> versions() {
        Flyway probe = Flyway.configure().dataSource("jdbc:h2:mem:crashversions" + System.nanoTime(), "sa", "")
                .locations(Database.MIGRATIONS).load();
        return Arrays.stream(probe.info().all()).map(m -> m.getVersion().getVersion()).toList();
    }

    static String newestVersion() {
        List<String> all = versions();
        return all.get(all.size() - 1);
    }

    static String previousVersion() {
        List<String> all = versions();
        return all.get(all.size() - 2);
    }

    /**
     * The newest version Flyway recorded as applied, read without writing; "failed" when the
     * history holds a failed migration, "none" without a history.
     */
    static String appliedVersion(Path dir) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(dir) + ";ACCESS_MODE_DATA=r", "orbit", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\" "
                     + "WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            String newest = "none";
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return "failed";
                }
                newest = rs.getString(1);
            }
            return newest;
        }
    }

    /** Replaces {@code to} with a copy of the whole data directory {@code from}. */
    static void copy(Path from, Path to) throws IOException {
        delete(to);
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * A folder for a built network: kept in {@code -Dorbit.crash.cache=DIR} across runs (several
     * runs of a few modes each), else a temporary one removed when the JVM ends.
     */
    private static Path scratch(String name) throws IOException {
        String cache = System.getProperty("orbit.crash.cache");
        if (cache != null) {
            Path dir = Path.of(cache).resolve(name);
            if (!Files.exists(dir.resolve(DONE))) {
                delete(dir);
            }
            return Files.createDirectories(dir);
        }
        Path dir = Files.createTempDirectory(name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                delete(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        return dir;
    }
}
