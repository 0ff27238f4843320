package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.domain.InteractionKind;
import app.orbit.service.InteractionService;
import app.orbit.service.Recipients;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Times one-to-many touches (decision 0010) on the synthetic network: logging a newsletter to
 * 5,000 and to 30,000 people (durable commit included), the dialog's preview of its reach,
 * opening a contact whose history holds such touches, and deleting one. Run with
 * {@code ./mvnw -q -B -Pbench -Dbench.main=app.orbit.bench.OneToManyBenchmark -Dbench.rows=30000 test-compile exec:exec@bench}
 * ({@code bench.rows}: the network's size) or any JVM with the test class path (then also
 * {@code -Dbench.runs}: measured calls, default 9). Besides the wall time it reports the CPU time
 * of the calling thread, which a machine shared with other work inflates less.
 */
public final class OneToManyBenchmark {

    private static final long SEED = 20261126L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static volatile Object sink;

    private OneToManyBenchmark() {
    }

    /** Medians of wall and calling-thread CPU time, and the wall p95, in milliseconds. */
    record Times(double wall, double wallP95, double cpu) {
    }

    static Times measure(IntFunction<Object> op, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            sink = op.apply(i);
        }
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long w = System.nanoTime();
            long c = THREADS.getCurrentThreadCpuTime();
            sink = op.apply(warmup + i);
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            wall[i] = System.nanoTime() - w;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Times(wall[runs / 2] / 1e6, wall[(int) Math.ceil(runs * 0.95) - 1] / 1e6, cpu[runs / 2] / 1e6);
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("bench.rows", 30_000);
        int runs = Integer.getInteger("bench.runs", 9);
        Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
        Path dir = root.resolve("to-many-n" + size);
        Benchmark.deleteTree(dir);
        Files.createDirectories(dir);
        SyntheticNetwork net = SyntheticNetwork.generate(size, SEED);
        try (Database db = Database.open(dir)) {
            BulkLoader.load(db, net.contacts(), net.interactions());
        }
        BulkLoader.compact(dir);
        List<Long> everyone = new ArrayList<>();
        for (long id = 1; id <= net.contacts().size(); id++) {
            everyone.add(id);
        }
        LocalDate today = SyntheticNetwork.TODAY;
        Clock clock = Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d contacts, %,d interactions; %d measured calls after 2 warm-up calls; "
                + "load average at start %.2f", size, net.interactions().size(), runs,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        lines.add("| contacts | operation | median ms | p95 ms | CPU median ms (calling thread) |");
        lines.add("|---:|---|---:|---:|---:|");
        try (Orbit orbit = Orbit.open(dir, clock)) {
            InteractionService s = orbit.interactions();
            for (int n : new int[] {5_000, 30_000}) {
                if (n > size) {
                    continue;
                }
                Recipients to = Recipients.among(everyone.subList(0, n));
                long active = net.contacts().stream().limit(n).filter(c -> !c.archived()).count();
                Times reach = measure(i -> s.reach(to), 2, runs);
                Times log = measure(i -> s.logToMany(to, today.minusDays(60 - i), InteractionKind.NEWSLETTER,
                        "Letter " + i, ""), 2, runs);
                lines.add(line(size, String.format(Locale.ROOT, "log a one-to-many touch to %,d people (%,d "
                        + "unarchived), durable commit (InteractionService.logToMany)", n, active), log));
                lines.add(line(size, String.format(Locale.ROOT, "its reach before saving, %,d people "
                        + "(InteractionService.reach)", n), reach));
            }
            // Every contact now has a dozen one-to-many touches in their history.
            long[] ids = new java.util.Random(SEED).longs(200, 1, size + 1).toArray();
            Times details = measure(i -> orbit.contacts().details(ids[i % ids.length]), 20, 100);
            lines.add(line(size, "open a contact whose history holds those touches (ContactService.details)",
                    details));
            Recipients all = Recipients.among(everyone);
            List<Long> toDelete = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                toDelete.add(s.logToMany(all, today.minusDays(1), InteractionKind.EVENT, "Talk " + i, "")
                        .interaction().id());
            }
            Times delete = measure(i -> {
                s.delete(toDelete.get(i));
                return null;
            }, 0, runs);
            lines.add(line(size, String.format(Locale.ROOT, "delete a one-to-many touch to %,d people, every last "
                    + "touch recomputed (InteractionService.delete)", size), delete));
        }
        lines.forEach(System.out::println);
        Files.writeString(root.resolve("to-many-results.md"), String.join("\n", lines) + "\n");
    }

    private static String line(int size, String what, Times t) {
        return String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f |", size, what, t.wall(), t.wallP95(),
                t.cpu());
    }
}
