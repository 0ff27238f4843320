package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.ImportPreview;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * What a session's first uses cost under two ways of compiling, in fresh JVMs taking turns: the
 * window's start is a few seconds of code run once, where the JVM's default compilers (profiled
 * C1 code, then C2) spend more than the quick compiler alone, and a session's later work is a few
 * dozen keystrokes, contacts opened and logs, where {@link Benchmark}'s 300 warm-up calls are not
 * what a user gives the JIT. Each child opens Orbit on a copy of a bulk-loaded network and times,
 * cold and in this order: 40 search keystrokes (then 360 more, by forties), 10 contacts opened, 10 logs, 3 week plans made,
 * then 30,000 LinkedIn rows imported into a new data directory (preview and apply).
 *
 * <pre>
 * java -cp target/classes:target/test-classes:… app.orbit.bench.FirstUsesBenchmark
 *     -Dbench.size=100000 -Dbench.rounds=3 -Dbench.modes="defaults=;quick=-XX:TieredStopAtLevel=1"
 * </pre>
 * The network comes from target/bench/pristine-n&lt;size&gt; (made by {@link Benchmark}).
 */
public final class FirstUsesBenchmark {

    private static final List<String> TYPED = List.of("martin", "sophie lyon", "doctolib", "#cloud", "léa dubois",
            "product manager", "zzz");

    private FirstUsesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        int size = Integer.getInteger("bench.size", 100_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        Path root = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Path pristine = root.resolve("pristine-n" + size);
        if (!Files.exists(Database.databaseFile(pristine))) {
            throw new IllegalStateException("no " + pristine + ": run Benchmark with -Dbench.sizes=" + size + " first");
        }
        Map<String, List<String>> modes = new LinkedHashMap<>();
        for (String m : System.getProperty("bench.modes", "defaults=;quick=-XX:TieredStopAtLevel=1").split(";")) {
            String[] kv = m.split("=", 2);
            modes.put(kv[0], kv[1].isBlank() ? List.of() : List.of(kv[1].trim().split("\\s+")));
        }
        Map<String, Map<String, List<Double>>> totals = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> mode : modes.entrySet()) {
                Path copy = root.resolve("firstuses");
                Benchmark.deleteTree(copy);
                Files.createDirectories(copy);
                Files.copy(Database.databaseFile(pristine), Database.databaseFile(copy));
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-Xmx3g"));
                command.addAll(mode.getValue());
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), FirstUsesBenchmark.class.getName(),
                        "--child", copy.toString()));
                Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() != 0) {
                    throw new IllegalStateException(mode.getKey() + " failed: " + out);
                }
                for (String line : out.lines().toList()) {
                    if (line.startsWith("USE ")) {
                        String[] f = line.split(" ", 3);
                        totals.computeIfAbsent(mode.getKey(), k -> new LinkedHashMap<>())
                                .computeIfAbsent(f[2], k -> new ArrayList<>()).add(Double.parseDouble(f[1]));
                    }
                }
                System.out.printf(Locale.ROOT, "round %d %s done, load %s%n", round + 1, mode.getKey(), load());
            }
        }
        System.out.printf(Locale.ROOT, "%n%,d contacts, %d rounds; each cell the median over the rounds of the "
                + "use's total ms (its calls summed)%n", size, rounds);
        List<String> names = new ArrayList<>(modes.keySet());
        System.out.println("| use | " + String.join(" | ", names) + " |");
        System.out.println("|---|" + "---:|".repeat(names.size()));
        for (String use : totals.get(names.get(0)).keySet()) {
            StringBuilder sb = new StringBuilder("| " + use + " |");
            for (String n : names) {
                List<Double> xs = new ArrayList<>(totals.get(n).get(use));
                Collections.sort(xs);
                sb.append(String.format(Locale.ROOT, " %,.0f (%,.0f–%,.0f) |", xs.get(xs.size() / 2), xs.get(0),
                        xs.get(xs.size() - 1)));
            }
            System.out.println(sb);
        }
    }

    /** One session's first uses, each printed as "USE total-ms name". */
    private static void child(Path dir) throws IOException {
        LocalDate today = SyntheticNetwork.TODAY;
        Clock clock = Clock.fixed(today.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        long t0 = System.nanoTime();
        try (Orbit orbit = Orbit.open(dir, clock)) {
            use("open Orbit", t0);
            int size = (int) orbit.contacts().count();
            long t = System.nanoTime();
            List<String> keys = new ArrayList<>();
            for (String q : TYPED) {
                for (int i = 1; i <= q.length() && keys.size() < 40; i++) {
                    keys.add(q.substring(0, i));
                }
            }
            for (String k : keys) {
                orbit.contacts().search(k, false, 5001);
            }
            use(keys.size() + " search keystrokes, contacts list", t);
            // Then as many again ten times over: where the default compilers' C2 code overtakes.
            List<String> all = new ArrayList<>();
            TYPED.forEach(q -> {
                for (int i = 1; i <= q.length(); i++) {
                    all.add(q.substring(0, i));
                }
            });
            for (int block = 1; block <= 9; block++) {
                t = System.nanoTime();
                for (int i = 0; i < keys.size(); i++) {
                    orbit.contacts().search(all.get((block * keys.size() + i) % all.size()), false, 5001);
                }
                use(String.format(Locale.ROOT, "search keystrokes %d to %d", block * keys.size() + 1,
                        (block + 1) * keys.size()), t);
            }
            Random r = new Random(Benchmark.seed());
            t = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                orbit.contacts().details(1L + r.nextInt(size));
            }
            use("10 contacts opened with their timeline", t);
            t = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                orbit.interactions().log(Interaction.of(today.minusDays(r.nextInt(30)), InteractionKind.CALL,
                        List.of(1L + r.nextInt(size)), "Bench call", "Notes of the call", Exchange.NONE, null));
            }
            use("10 interactions logged", t);
            t = System.nanoTime();
            for (int i = 1; i <= 3; i++) {
                orbit.planner().week(today.minusWeeks(i));
            }
            use("3 week plans made", t);
        }
        Path fresh = Files.createTempDirectory(dir.getParent(), "firstuses-import");
        SourceText file = new SourceText("Connections.csv", ImportBenchmark.linkedIn(30_000, 42));
        long t = System.nanoTime();
        try (Orbit orbit = Orbit.open(fresh, clock)) {
            ImportPreview p = orbit.importer().preview(file, ImportFormat.LINKEDIN, Progress.NONE);
            orbit.importer().apply(p, Progress.NONE);
        }
        use("30,000 LinkedIn rows imported (open, preview, apply, close)", t);
        Benchmark.deleteTree(fresh);
    }

    private static void use(String name, long since) {
        System.out.printf(Locale.ROOT, "USE %.1f %s%n", (System.nanoTime() - since) / 1e6, name);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
