package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.store.Database;
import app.orbit.store.PostgresStore;
import app.orbit.store.TableCopy;
import app.orbit.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The issue-13 rows: the same operations on H2 and on PostgreSQL (a server on this machine,
 * started from Maven's binaries), at one size, in one run, with their ratio. Run with
 * {@code ./mvnw -B -Pbench process-test-classes -Dbench.main=app.orbit.bench.PostgresBenchmark
 * -Dbench.sizes=30000}; prints a Markdown table.
 */
public final class PostgresBenchmark {

    private static final long SEED = 20261126L;
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int RUNS = Integer.getInteger("bench.runs", 300);

    private PostgresBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // Commits as durable as H2's (WRITE_DELAY=0): the test server's default turns them off.
        System.setProperty("orbit.pg.durable", "true");
        int size = Integer.parseInt(System.getProperty("bench.sizes", "30000").split(",")[0]);
        Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(root);
        SyntheticNetwork net = SyntheticNetwork.generate(size, SEED);
        Path pristine = root.resolve("pristine-n" + size);
        Benchmark.pristine(net, pristine);
        Path h2 = root.resolve("pg-h2-n" + size);
        Benchmark.deleteTree(h2);
        Files.createDirectories(h2);
        Files.copy(Database.databaseFile(pristine), Database.databaseFile(h2));

        String database = TestPostgres.newDatabase();
        String address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
        long c0 = System.nanoTime();
        try (Database source = Database.open(h2); PostgresStore pg = PostgresStore.open(TestPostgres.source(database))) {
            TableCopy.copy(source, pg);
        }
        double copySeconds = (System.nanoTime() - c0) / 1e9;

        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<String> rows = new ArrayList<>();
        System.out.printf(Locale.ROOT, "%,d contacts, %,d interactions; orbit migrate-to's copy to PostgreSQL: %.1f s; "
                + "load average %s%n", size, net.interactions().size(), copySeconds, load());
        System.out.println("| operation | H2 median ms | PostgreSQL median ms | PostgreSQL p95 ms | ratio | target |");
        System.out.println("|---|---:|---:|---:|---:|---|");
        try (Orbit local = Orbit.open(h2, clock); Orbit shared = Orbit.openShared(address, root, clock)) {
            LocalDate today = SyntheticNetwork.TODAY;
            compare(rows, "generate and store a week plan (a past week with none yet)", "< 50 ms", 20, 60,
                    i -> local.planner().week(today.minusWeeks(1 + i)), i -> shared.planner().week(today.minusWeeks(1 + i)));
            compare(rows, "open a stored week plan", "< 50 ms", WARMUP, RUNS,
                    i -> local.planner().week(today.minusWeeks(1)), i -> shared.planner().week(today.minusWeeks(1)));
            List<String> keys = List.of("m", "ma", "mar", "mart", "martin", "s", "so", "sop", "soph", "sophie");
            compare(rows, "search keystroke, contacts list (from the in-memory index)", "< 16 ms", WARMUP, RUNS,
                    i -> local.contacts().search(keys.get(i % keys.size()), false, 5001),
                    i -> shared.contacts().search(keys.get(i % keys.size()), false, 5001));
            List<Interaction> drafts = drafts(size, WARMUP + RUNS);
            compare(rows, "log an interaction (InteractionService.log, committed)", "< 10 ms", WARMUP, RUNS,
                    i -> local.interactions().log(drafts.get(i)), i -> shared.interactions().log(drafts.get(i)));
        }
        byte[] file = LinkedInFile.generate(size, SEED, "pg");
        int[] run = {0};
        Benchmark.Stats h2Import = Benchmark.measure(i -> {
            Path dir = root.resolve("pg-import-h2-" + run[0]++);
            try {
                Benchmark.deleteTree(dir);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            try (Orbit orbit = Orbit.open(dir, clock)) {
                return importInto(orbit, file);
            }
        }, 1, 3);
        Benchmark.Stats pgImport = Benchmark.measure(i -> {
            try {
                String fresh = TestPostgres.newDatabase();
                String at = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + fresh;
                try (Orbit orbit = Orbit.openShared(at, root, clock)) {
                    return importInto(orbit, file);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, 1, 3);
        print(rows, String.format(Locale.ROOT, "import %,d LinkedIn rows into an empty Orbit (open, preview, apply)", size),
                h2Import, pgImport, "< 3 s");
        System.out.println("load average after: " + load());
    }

    private static Object importInto(Orbit orbit, byte[] file) {
        var preview = orbit.importer().preview(SourceText.decode("Connections.csv", file), ImportFormat.LINKEDIN,
                Progress.NONE);
        return orbit.importer().apply(preview, Progress.NONE);
    }

    private static List<Interaction> drafts(int size, int n) {
        Random r = new Random(SEED);
        List<Interaction> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Long> with = new ArrayList<>();
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                long id = 1L + r.nextInt(size);
                if (!with.contains(id)) {
                    with.add(id);
                }
            }
            out.add(Interaction.of(SyntheticNetwork.TODAY.minusDays(r.nextInt(30)), InteractionKind.CALL, with,
                    "Bench call", "Notes of the call", Exchange.NONE, null));
        }
        return out;
    }

    private static void compare(List<String> rows, String name, String target, int warmup, int runs,
            IntFunction<Object> h2, IntFunction<Object> pg) {
        print(rows, name, Benchmark.measure(h2, warmup, runs), Benchmark.measure(pg, warmup, runs), target);
    }

    private static void print(List<String> rows, String name, Benchmark.Stats h2, Benchmark.Stats pg, String target) {
        String line = String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.1f× | %s |", name, h2.median(),
                pg.median(), pg.p95(), pg.median() / Math.max(h2.median(), 1e-6), target);
        rows.add(line);
        System.out.println(line);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
