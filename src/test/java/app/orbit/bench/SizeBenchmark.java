package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.Progress;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.h2.mvstore.MVStore;

/**
 * How big the database file is against its data: after importing the JSON backup of the
 * synthetic network into an empty Orbit (moving to a new computer), and after 10,000
 * interactions logged one by one on a copy of it. The data's size is the file rewritten with
 * only its live pages (H2's compaction, uncompressed, as Orbit compacts). Run alone with
 * {@code ./mvnw -B -Pbench process-test-classes -Dbench.main=app.orbit.bench.SizeBenchmark}
 * ({@code -Dbench.size=30000 -Dbench.logs=10000}); the full benchmark runs it at its start-up size.
 */
public final class SizeBenchmark {

    private static final long SEED = 20261126L;

    private SizeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(root);
        for (String row : rows(root, Integer.getInteger("bench.size", 30_000), Integer.getInteger("bench.logs", 10_000))) {
            System.out.println(row);
        }
    }

    /** The table rows: import and logging, each with its time and the file's size over its data's. */
    static List<String> rows(Path root, int size, int logs) throws Exception {
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        // -Dbench.perContact=13: about 6.5 interactions per contact, the 200,000 of issue 12's backup.
        int perContact = Integer.getInteger("bench.perContact", 20);
        String name = "n" + size + (perContact == 20 ? "" : "-i" + perContact);
        Path json = root.resolve("network-" + name + ".json");
        Path source = root.resolve("size-source-" + name);
        if (!Files.exists(json) || !Files.exists(Database.databaseFile(source))) {
            Benchmark.deleteTree(source);
            SyntheticNetwork net = SyntheticNetwork.generate(size, SEED, perContact);
            try (Database db = Database.open(source)) {
                BulkLoader.load(db, net.contacts(), net.interactions());
            }
            BulkLoader.compact(source);
            try (Orbit orbit = Orbit.open(source, clock)) {
                orbit.exporter().exportTo(ExportFormat.JSON, ContactFilter.ALL, json, Progress.NONE);
            }
        }
        List<String> rows = new ArrayList<>();
        var cpu = ManagementFactory.getThreadMXBean();

        Path dir = root.resolve("size-import");
        Benchmark.deleteTree(dir);
        Peak peak = Peak.watch(Database.databaseFile(dir));
        long t0 = System.nanoTime();
        long c0 = cpu.getCurrentThreadCpuTime();
        long previewNanos;
        try (Orbit orbit = Orbit.open(dir, clock)) {
            int cacheKb = Integer.getInteger("bench.cacheKb", 0);
            if (cacheKb > 0) {
                try (var c = java.sql.DriverManager.getConnection(Database.url(dir), "orbit", "");
                     var st = c.createStatement()) {
                    st.execute("SET CACHE_SIZE " + cacheKb);
                }
            }
            long p0 = cpu.getCurrentThreadCpuTime();
            var preview = orbit.importer().preview(json, ImportFormat.JSON, Progress.NONE);
            previewNanos = cpu.getCurrentThreadCpuTime() - p0;
            orbit.importer().apply(preview, Progress.NONE);
        }
        System.out.printf(Locale.ROOT, "JSON import: preview %.1f s CPU, total %.1f s CPU, %.1f s wall%n",
                previewNanos / 1e9, (cpu.getCurrentThreadCpuTime() - c0) / 1e9, (System.nanoTime() - t0) / 1e9);
        long wall = System.nanoTime() - t0;
        long busy = cpu.getCurrentThreadCpuTime() - c0;
        peak.stop();
        rows.add(row(size, String.format(Locale.ROOT, "import its JSON backup (%.0f MB) into an empty Orbit "
                + "(open, preview, apply, close)", Files.size(json) / 1e6), wall, busy, dir, peak.bytes));

        if (logs == 0) {
            return rows;
        }
        Path logged = root.resolve("size-logs");
        Benchmark.deleteTree(logged);
        Files.createDirectories(logged);
        Files.copy(Database.databaseFile(source), Database.databaseFile(logged));
        peak = Peak.watch(Database.databaseFile(logged));
        Random r = new Random(SEED);
        t0 = System.nanoTime();
        c0 = cpu.getCurrentThreadCpuTime();
        try (Orbit orbit = Orbit.open(logged, clock)) {
            for (int i = 0; i < logs; i++) {
                List<Long> with = new ArrayList<>();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    long id = 1L + r.nextInt(size);
                    if (!with.contains(id)) {
                        with.add(id);
                    }
                }
                orbit.interactions().log(Interaction.of(SyntheticNetwork.TODAY.minusDays(r.nextInt(30)),
                        InteractionKind.CALL, with, "Bench call", "Notes of the call", Exchange.NONE, null));
            }
            wall = System.nanoTime() - t0;
            busy = cpu.getCurrentThreadCpuTime() - c0;
            peak.stop();
            rows.add(row(size, String.format(Locale.ROOT, "%,d interactions logged one by one, Orbit still open "
                    + "(time per log)", logs), wall / logs, busy / logs, logged, peak.bytes));
        }
        return rows;
    }

    /** One row: the file now, the same data compacted, their ratio, the largest the file was meanwhile. */
    private static String row(int size, String what, long wallNanos, long cpuNanos, Path dir, long peakBytes)
            throws IOException {
        Path file = Database.databaseFile(dir);
        Path compacted = dir.resolveSibling(dir.getFileName() + "-compacted.mv.db");
        Files.deleteIfExists(compacted);
        // Read-only on the file as it is now (Orbit may hold it open; H2's own lock is not taken).
        Path copy = dir.resolveSibling(dir.getFileName() + "-copy.mv.db");
        Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        MVStore.compact(copy.toString(), compacted.toString(), false, null);
        long now = Files.size(file);
        long data = Files.size(compacted);
        Files.delete(copy);
        Files.delete(compacted);
        String load = Files.exists(Path.of("/proc/loadavg"))
                ? Files.readString(Path.of("/proc/loadavg")).split(" ")[0] : "?";
        return String.format(Locale.ROOT, "| %,d | %s | %,.1f | %,.1f | %.1f | %.1f | %.2f× | %.1f | %s |", size, what,
                wallNanos / 1e6, cpuNanos / 1e6, now / 1e6, data / 1e6, (double) now / data, peakBytes / 1e6, load);
    }

    /** The largest size a file reaches while something runs, sampled every 100 ms. */
    private static final class Peak {
        private final Thread thread;
        private volatile boolean running = true;
        private volatile long bytes;

        private Peak(Path file) {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        if (Files.exists(file)) {
                            bytes = Math.max(bytes, Files.size(file));
                        }
                        Thread.sleep(100);
                    } catch (IOException e) {
                        // Renamed over by a compaction at this instant: the next sample sees it.
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "file-size-peak");
            thread.setDaemon(true);
        }

        static Peak watch(Path file) {
            Peak p = new Peak(file);
            p.thread.start();
            return p;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
