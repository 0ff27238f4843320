package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.ImportPreview;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times importing a generated LinkedIn export (reading, preview into an empty Orbit, apply, and
 * preview of the same file against the stored network). Run with
 * {@code ./mvnw -q -B -Pbench -Dbench.main=app.orbit.bench.ImportBenchmark -Dbench.rows=30000 test-compile exec:exec@bench}
 * or any JVM with the test class path; prints the median and every run.
 */
public final class ImportBenchmark {

    private static final String[] FIRST = {"Alice", "Bruno", "Chloé", "David", "Émilie", "François", "Grace",
        "Hugo", "Inès", "James", "Karim", "Léa", "Marc", "Nora", "Olivier", "Pauline", "Quentin", "Rose", "Simon",
        "Thérèse", "Ulysse", "Victor", "William", "Yasmine", "Zoé"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Robinson", "Wright", "Lefèvre", "Garnier", "Faure", "Rousseau", "Blanc"};
    private static final String[] COMPANY = {"Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay",
        "Stark", "Wayne", "Soylent", "Tyrell"};
    private static final String[] POSITION = {"CTO", "Engineer", "Designer", "Product Manager", "Founder",
        "Consultant", "Sales Lead", "Researcher"};
    private static final String[] MONTH = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private ImportBenchmark() {
    }

    /** A deterministic LinkedIn Connections.csv of {@code rows} distinct people, about a third without an email. */
    static String linkedIn(int rows, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < rows; i++) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)] + "-" + i;
            String slug = (first + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + i;
            String email = r.nextInt(3) == 0 ? "" : slug + "@example.com";
            sb.append(first).append(',').append(last).append(",https://www.linkedin.com/in/").append(slug).append(',')
                    .append(email).append(',').append(COMPANY[r.nextInt(COMPANY.length)]).append(',')
                    .append(POSITION[r.nextInt(POSITION.length)]).append(',').append(1 + r.nextInt(28)).append(' ')
                    .append(MONTH[r.nextInt(12)]).append(' ').append(2010 + r.nextInt(16)).append('\n');
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.getInteger("bench.rows", 30_000);
        int runs = Integer.getInteger("bench.runs", 3);
        Path base = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(base);
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 26).atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        SourceText file = new SourceText("Connections.csv", linkedIn(rows, 42));
        List<Long> previewEmpty = new ArrayList<>();
        List<Long> apply = new ArrayList<>();
        List<Long> previewFull = new ArrayList<>();
        List<Long> previewCpu = new ArrayList<>();
        List<Long> applyCpu = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path dir = Files.createTempDirectory(base, "import");
            int identityCache = Integer.getInteger("bench.identityCache", 0);
            if (identityCache > 0) {
                try (Database db = Database.open(dir)) {
                    BulkLoader.identityCache(db, identityCache);
                }
            }
            try (Orbit orbit = Orbit.open(dir, clock)) {
                long t0 = System.nanoTime();
                long c0 = CPU.getCurrentThreadCpuTime();
                ImportPreview p = orbit.importer().preview(file, ImportFormat.LINKEDIN, Progress.NONE);
                long t1 = System.nanoTime();
                long c1 = CPU.getCurrentThreadCpuTime();
                orbit.importer().apply(p, Progress.NONE);
                // The search index refresh after commit is part of the cost the user waits for.
                orbit.contacts().search("a", false, 50);
                long t2 = System.nanoTime();
                previewCpu.add((c1 - c0) / 1_000_000);
                applyCpu.add((CPU.getCurrentThreadCpuTime() - c1) / 1_000_000);
                ImportPreview again = orbit.importer().preview(file, ImportFormat.LINKEDIN, Progress.NONE);
                long t3 = System.nanoTime();
                previewEmpty.add((t1 - t0) / 1_000_000);
                apply.add((t2 - t1) / 1_000_000);
                previewFull.add((t3 - t2) / 1_000_000);
                System.out.printf(Locale.ROOT, "run %d: CPU of the importing thread: preview(empty) %d ms, "
                        + "apply %d ms; load %s%n", run + 1, previewCpu.get(run), applyCpu.get(run), load());
                System.out.printf(Locale.ROOT, "run %d: preview(empty) %d ms (%d new), apply %d ms, "
                        + "preview(%d stored) %d ms (%d new, %d merged, %d skipped)%n", run + 1, (t1 - t0) / 1_000_000,
                        p.newCount(), (t2 - t1) / 1_000_000, orbit.contacts().count(), (t3 - t2) / 1_000_000,
                        again.newCount(), again.mergedCount(), again.skippedCount());
            }
        }
        System.out.printf(Locale.ROOT, "%d rows, %d runs, nproc %d: median preview(empty) %d ms, apply %d ms, "
                + "preview(stored) %d ms; CPU median preview(empty) %d ms, apply %d ms%n", rows, runs,
                Runtime.getRuntime().availableProcessors(), median(previewEmpty), median(apply), median(previewFull),
                median(previewCpu), median(applyCpu));
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static long median(List<Long> xs) {
        List<Long> s = new ArrayList<>(xs);
        Collections.sort(s, Comparator.naturalOrder());
        return s.get(s.size() / 2);
    }
}
