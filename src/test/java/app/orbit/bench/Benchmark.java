package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.service.Recipients;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Orbit's benchmark, apart from the tests: {@code ./mvnw -B -Pbench process-test-classes}
 * (sizes with {@code -Dbench.sizes=1000,30000,100000}). For each size it generates the synthetic
 * network, bulk-loads it into a fresh data directory, opens Orbit on it and times each operation
 * after a warm-up (median and p95), next to its floor: the same computation on plain Java
 * collections. Results go to stdout and to {@code target/bench/results.md}.
 */
public final class Benchmark {

    static final long SEED = 20261126L;
    private static final int WARMUP = Integer.getInteger("bench.warmup", 300);
    private static final int RUNS = Integer.getInteger("bench.runs", 500);
    /** What the contacts list asks for (ContactsViewModel.LIMIT + 1) and what the contact picker asks for. */
    private static final int LIST_LIMIT = 5001;
    private static final int PICKER_LIMIT = 8;
    private static final List<String> TYPED = List.of("martin", "sophie lyon", "doctolib", "#cloud", "léa dubois",
            "product manager", "zzz");
    /** A query no synthetic contact matches: the search reads every text and returns nothing. */
    private static final String NO_MATCH = "qxqx";
    /** The network size whose cold start and heap are measured (DESIGN.md: the 30k network). */
    private static final int STARTUP_SIZE = Integer.getInteger("bench.startupSize", 30_000);
    private static volatile Object sink;
    /** Audiences of the one-to-many rows (the first n contacts), and their few calls: each takes seconds. */
    private static final int[] TO_MANY = {5_000, 30_000};
    private static final int TO_MANY_WARMUP = Integer.getInteger("bench.toManyWarmup", 2);
    private static final int TO_MANY_RUNS = Integer.getInteger("bench.toManyRuns", 9);

    private Benchmark() {
    }

    /** The seed of the synthetic network every row is measured on. */
    static long seed() {
        return SEED;
    }

    /** Median and 95th percentile of one operation, in milliseconds. */
    record Stats(double median, double p95) {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "1000,30000,100000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
        Files.createDirectories(root);
        if (Boolean.getBoolean("bench.encrypted")) {
            // The same operations on the same network, plain and encrypted, side by side.
            EncryptionBenchmark.run(sizes[0], root);
            return;
        }
        List<String> rows = new ArrayList<>();
        rows.add("| contacts | operation | median ms | p95 ms | floor median ms | ratio to floor | target |");
        rows.add("|---:|---|---:|---:|---:|---:|---|");
        List<String> notes = new ArrayList<>();
        for (int size : sizes) {
            run(size, root, rows, notes);
        }
        int importRows = Integer.getInteger("bench.importRows", 30_000);
        if (importRows > 0) {
            importLinkedIn(root, importRows, rows);
            sortImported(root, importRows, rows);
        }
        int logs = Integer.getInteger("bench.logs", 10_000);
        List<String> sizeRows = new ArrayList<>();
        if (logs > 0) {
            sizeRows.add("| contacts | what | wall ms | thread CPU ms | file MB | data MB (compacted) | file / data "
                    + "| largest file meanwhile MB | load average |");
            sizeRows.add("|---:|---|---:|---:|---:|---:|---:|---:|---:|");
            sizeRows.addAll(SizeBenchmark.rows(root, STARTUP_SIZE, logs));
            sizeRows.forEach(System.out::println);
        }
        String machine = machine();
        String out = "## Results\n\n" + machine + "\n\n" + String.join("\n", rows) + "\n\n" + String.join("\n", notes)
                + "\n\n" + String.join("\n", sizeRows) + "\n";
        Files.writeString(root.resolve("results.md"), out);
        System.out.println(out);
    }

    private static void run(int size, Path root, List<String> rows, List<String> notes) throws Exception {
        long t0 = System.nanoTime();
        SyntheticNetwork net = SyntheticNetwork.generate(size, SEED);
        long generated = System.nanoTime();
        Path dir = root.resolve("n" + size);
        deleteTree(dir);
        Path pristine = root.resolve("pristine-n" + size);
        boolean reuse = pristine(net, pristine);
        Files.createDirectories(dir);
        Files.copy(Database.databaseFile(pristine), Database.databaseFile(dir));
        long loaded = System.nanoTime();
        notes.add(String.format(Locale.ROOT, "- %,d contacts, %,d interactions: generated in %.1f s, %s in "
                + "%.1f s, database file %.1f MB.", size, net.interactions().size(), (generated - t0) / 1e9,
                reuse ? "copied from the bulk load of an earlier run" : "bulk-loaded",
                (loaded - generated) / 1e9, Files.size(Database.databaseFile(dir)) / 1e6));
        if (size == STARTUP_SIZE) {
            startup(dir, notes, StartupProbe.class.getName(), "STARTUP", List.of(),
                    "cold JVM to Orbit open + due list + first contacts page");
            List<String> monocle = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
            startup(dir, notes, FirstWindowProbe.class.getName(), "WINDOW", monocle,
                    "cold JVM to the first shown main window (class directories, no archive; headless Monocle)");
            startupWithArchive(dir, notes, monocle);
        }
        Floor floor = new Floor(net);
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        long openStart = System.nanoTime();
        try (Orbit orbit = Orbit.open(dir, clock)) {
            notes.add(String.format(Locale.ROOT, "- %,d contacts: Orbit.open %.0f ms (the daily backup runs after it, "
                    + "off the start-up path).", size, (System.nanoTime() - openStart) / 1e6));
            LocalDate today = SyntheticNetwork.TODAY;
            CadencePolicy policy = orbit.settings().current().cadences();
            int plan = orbit.settings().current().planSize();
            row(rows, size, "due list (DueListService.due)", "< 50 ms at 100k",
                    i -> orbit.dueList().due(today, plan), i -> floor.due(today, policy, plan));

            // Each call opens the plan of a week that has none yet, so each call generates and stores one.
            int planWarmup = Math.min(WARMUP, 40);
            int planRuns = Math.min(RUNS, 120);
            row(rows, size, "generate and store a week plan (PlanService.week, a past week with none yet)", "< 50 ms at 100k",
                    planWarmup, planRuns, i -> orbit.planner().week(today.minusWeeks(1 + i)),
                    i -> floor.due(today, policy, plan));
            row(rows, size, "open a stored week plan (PlanService.week, same week)", "< 50 ms at 100k",
                    WARMUP, RUNS, i -> orbit.planner().week(today.minusWeeks(1)), i -> floor.due(today, policy, plan));

            List<String> keys = keystrokes();
            row(rows, size, "search keystroke, contacts list (limit 5001)", "< 16 ms at 100k",
                    i -> orbit.contacts().search(keys.get(i % keys.size()), false, LIST_LIMIT),
                    i -> floor.search(keys.get(i % keys.size()), LIST_LIMIT));
            row(rows, size, "search keystroke matching no one (every contact's text searched)", "< 16 ms at 100k",
                    i -> orbit.contacts().search(NO_MATCH, false, LIST_LIMIT), i -> floor.search(NO_MATCH, LIST_LIMIT));
            row(rows, size, "search keystroke, contact picker (limit 8)", "< 16 ms at 100k",
                    i -> orbit.contacts().search(keys.get(i % keys.size()), false, PICKER_LIMIT),
                    i -> floor.search(keys.get(i % keys.size()), PICKER_LIMIT));

            // The contacts table asks which of its rows ever had a touch, to say "no touch logged yet" of the others.
            List<Long> page = orbit.contacts().search("", false, LIST_LIMIT).stream().map(c -> c.id()).toList();
            row(rows, size, "which rows of a contacts page were ever touched (ContactService.touched, "
                    + page.size() + " ids)", "", i -> orbit.contacts().touched(page), i -> floor.touched(page));

            long[] ids = new Random(SEED).longs(WARMUP + RUNS, 1, size + 1).toArray();
            row(rows, size, "open a contact with its timeline (ContactService.details)", "",
                    i -> orbit.contacts().details(ids[i]), i -> floor.details(ids[i]));

            if (size == STARTUP_SIZE) {
                // Issue 14: a busy calendar's year against the network, off the JavaFX thread (the window's reader thread).
                Path year = CalendarBenchmark.year(net, root, SEED);
                orbit.calendar().add(year.toString(), "");
                row(rows, size, "read a busy calendar's year (2,000 events, 500 recurring) and propose "
                        + "(CalendarService.refresh; floor: biweekly's parse alone)", "≤ 1 s", 2, 9,
                        i -> orbit.calendar().refresh(), i -> CalendarBenchmark.parseOnly(year));
            }

            Random r = new Random(SEED + 1);
            List<Interaction> drafts = new ArrayList<>();
            for (int i = 0; i < WARMUP + RUNS; i++) {
                List<Long> with = new ArrayList<>();
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    with.add(1L + r.nextInt(size));
                }
                drafts.add(Interaction.of(today.minusDays(r.nextInt(30)), InteractionKind.CALL, with, "Bench call",
                        "Notes of the call", Exchange.NONE, null));
            }
            row(rows, size, "log an interaction, durable commit (InteractionService.log)", "< 10 ms",
                    i -> orbit.interactions().log(drafts.get(i)), i -> floor.log(drafts.get(i)));

            // Last: each one moves thousands of last touches, which the rows above must not see. Each call is
            // dated a day after the one before, so every call moves the last touch of those it counts for.
            int[] daysAgo = {40};
            int[] floorDaysAgo = {40};
            for (int n : TO_MANY) {
                if (n > size) {
                    continue;
                }
                Recipients to = Recipients.among(LongStream.rangeClosed(1, n).boxed().toList());
                List<Long> audience = to.ids();
                row(rows, size, String.format(Locale.ROOT, "log a one-to-many touch to %,d people, durable commit "
                        + "(InteractionService.logToMany)", n), "", TO_MANY_WARMUP, TO_MANY_RUNS,
                        i -> orbit.interactions().logToMany(to, today.minusDays(daysAgo[0]--),
                                InteractionKind.NEWSLETTER, "Bench letter", ""),
                        i -> floor.logToMany(audience, today.minusDays(floorDaysAgo[0]--)));
            }
        }
    }

    /**
     * Imports a LinkedIn export of {@code n} rows (preview, then apply in one transaction) into a
     * fresh Orbit, once to warm up and three times measured; the floor parses the same file into contacts in a HashMap.
     */
    private static void importLinkedIn(Path root, int n, List<String> rows) throws IOException {
        byte[] file = LinkedInFile.generate(n, SEED, "b");
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        int[] run = {0};
        Stats s = measure(i -> {
            Path dir = root.resolve("import-" + run[0]++);
            try {
                deleteTree(dir);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            try (Orbit orbit = Orbit.open(dir, clock)) {
                var preview = orbit.importer().preview(SourceText.decode("Connections.csv", file),
                        ImportFormat.LINKEDIN, Progress.NONE);
                return orbit.importer().apply(preview, Progress.NONE);
            }
        }, 1, 3);
        Stats f = measure(i -> Floor.parseLinkedIn(file), 1, 3);
        String line = String.format(Locale.ROOT, "| %,d rows | import a LinkedIn export into a fresh Orbit "
                + "(preview + apply, one transaction; includes Orbit.open) | %.0f | %.0f | %.1f | %.0f× | < 3 s |", n,
                s.median(), s.p95(), f.median(), s.median() / Math.max(f.median(), 1e-6));
        rows.add(line);
        System.out.println(line);
    }

    /**
     * The triage of a whole LinkedIn import: reading the {@code n} people not sorted yet (the Not
     * sorted page's load), and putting all of them in a circle in one call (each run another circle,
     * so every row changes every time). The floor: the same people filtered and re-circled in memory.
     */
    private static void sortImported(Path root, int n, List<String> rows) throws IOException {
        byte[] file = LinkedInFile.generate(n, SEED, "s");
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Path dir = root.resolve("sort-import");
        deleteTree(dir);
        try (Orbit orbit = Orbit.open(dir, clock)) {
            var preview = orbit.importer().preview(SourceText.decode("Connections.csv", file), ImportFormat.LINKEDIN,
                    Progress.NONE);
            orbit.importer().apply(preview, Progress.NONE);
            List<app.orbit.domain.UnsortedContact> waiting = orbit.contacts().unsorted();
            List<Long> ids = waiting.stream().map(app.orbit.domain.UnsortedContact::id).toList();
            Stats load = measure(i -> orbit.contacts().unsorted(), 2, 5);
            Stats loadFloor = measure(i -> waiting.stream().filter(u -> !u.organisation().isEmpty()).toList(), 2, 5);
            rows.add(tableRow(n, "read the people not sorted yet (ContactService.unsorted, the Not sorted page)", load,
                    loadFloor, ""));
            List<app.orbit.domain.Circle> circles = app.orbit.domain.Circle.SORTED;
            Stats sort = measure(i -> {
                orbit.contacts().sort(ids, circles.get(i % circles.size()));
                return ids.size();
            }, 1, 3);
            Stats sortFloor = measure(i -> {
                java.util.Map<Long, app.orbit.domain.Circle> m = new java.util.HashMap<>();
                ids.forEach(id -> m.put(id, circles.get(i % circles.size())));
                return m;
            }, 1, 3);
            rows.add(tableRow(n, "put every one in a circle (ContactService.sort, one transaction, durable commit)",
                    sort, sortFloor, ""));
        }
        rows.subList(rows.size() - 2, rows.size()).forEach(System.out::println);
    }

    /** Bulk-loads the network into {@code pristine} unless an earlier run did; returns whether it was reused. */
    static boolean pristine(SyntheticNetwork net, Path pristine) throws IOException {
        Path stamp = pristine.resolve("stamp");
        String expected = SEED + " " + latestMigration();
        boolean reuse = !Boolean.getBoolean("bench.fresh") && Files.exists(stamp)
                && Files.readString(stamp).equals(expected);
        if (!reuse) {
            deleteTree(pristine);
            try (Database db = Database.open(pristine)) {
                BulkLoader.load(db, net.contacts(), net.interactions());
            }
            BulkLoader.compact(pristine);
            Files.writeString(stamp, expected);
        }
        return reuse;
    }

    private static String tableRow(int n, String name, Stats s, Stats f, String target) {
        return String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.2f | %.0f× | %s |", n, name, s.median(),
                s.p95(), f.median(), s.median() / Math.max(f.median(), 1e-6), target);
    }

    /** Every prefix of every typed query: one search per keystroke, as search-as-you-type does. */
    private static List<String> keystrokes() {
        List<String> out = new ArrayList<>();
        for (String q : TYPED) {
            for (int i = 1; i <= q.length(); i++) {
                out.add(q.substring(0, i));
            }
        }
        return out;
    }

    private static void row(List<String> rows, int size, String name, String target, IntFunction<Object> op,
            IntFunction<Object> floorOp) {
        row(rows, size, name, target, WARMUP, RUNS, op, floorOp);
    }

    private static void row(List<String> rows, int size, String name, String target, int warmup, int runs,
            IntFunction<Object> op, IntFunction<Object> floorOp) {
        Stats s = measure(op, warmup, runs);
        Stats f = measure(floorOp, warmup, runs);
        String line = String.format(Locale.ROOT, "| %,d | %s | %.3f | %.3f | %.4f | %.0f× | %s |", size, name,
                s.median(), s.p95(), f.median(), s.median() / Math.max(f.median(), 1e-6), target);
        rows.add(line);
        System.out.println(line);
    }

    static Stats measure(IntFunction<Object> op, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            sink = op.apply(i);
        }
        long[] t = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink = op.apply(warmup + i);
            t[i] = System.nanoTime() - start;
        }
        Arrays.sort(t);
        return new Stats(t[runs / 2] / 1e6, t[(int) Math.ceil(runs * 0.95) - 1] / 1e6);
    }

    /**
     * Cold start in a fresh JVM on a copy of the 30k network: time from JVM start to Orbit open
     * with the due list and the first contacts page computed (what the first window shows), and
     * the heap after loading. The first shown window itself is measured once the UI offers a
     * hook for it (see docs/benchmarks.md).
     */
    private static void startup(Path dir, List<String> notes, String probe, String tag, List<String> jvmArgs,
            String what) throws IOException, InterruptedException {
        startup(dir, notes, probe, tag, jvmArgs, what, probeClassPath(dir.resolveSibling("probe-classes")), 5);
    }

    /**
     * The first window as the launcher (src/main/dist/orbit) starts it: from jars, with a
     * class-data archive written by one earlier window run (-XX:ArchiveClassesAtExit), then used.
     */
    private static void startupWithArchive(Path dir, List<String> notes, List<String> monocle)
            throws IOException, InterruptedException {
        Path jars = dir.resolveSibling("probe-jars");
        String classPath = probeJars(probeClassPath(dir.resolveSibling("probe-classes")), jars);
        Path archive = jars.resolve("orbit.jsa");
        List<String> training = new ArrayList<>(monocle);
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        startup(dir, new ArrayList<>(), FirstWindowProbe.class.getName(), "WINDOW", training, "training run",
                classPath, 1);
        List<String> using = new ArrayList<>(monocle);
        // The launcher starts the window with the quick compiler only, like every command (decision 0020).
        using.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                "-XX:CICompilerCount=1", "-XX:-UsePerfData"));
        startup(dir, notes, FirstWindowProbe.class.getName(), "WINDOW", using, "cold JVM to the first shown main "
                + "window as the launcher starts it (jars, the class-data archive of an earlier run; headless Monocle)",
                classPath, 5);
    }

    /** The same class path with its directories made into jars: a class-data archive takes classes from jars only. */
    private static String probeJars(String classPath, Path into) throws IOException {
        deleteTree(into);
        Files.createDirectories(into);
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                out.add(entry);
                continue;
            }
            Path jar = into.resolve("dir" + n++ + ".jar");
            try (var zip = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
                 Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    zip.putNextEntry(new java.util.jar.JarEntry(p.relativize(f).toString().replace('\\', '/')));
                    Files.copy(f, zip);
                    zip.closeEntry();
                }
            }
            out.add(jar.toString());
        }
        return String.join(java.io.File.pathSeparator, out);
    }

    private static void startup(Path dir, List<String> notes, String probe, String tag, List<String> jvmArgs,
            String what, String classPath, int runs) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> then = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path copy = dir.resolveSibling(dir.getFileName() + "-startup");
            deleteTree(copy);
            Files.createDirectories(copy);
            Files.copy(Database.databaseFile(dir), Database.databaseFile(copy));
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
            command.addAll(jvmArgs);
            command.addAll(List.of("-cp", classPath, probe, copy.toString()));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(tag + " ")) {
                        String[] f = line.split(" ");
                        millis.add(Double.parseDouble(f[1]));
                        heap.add(Double.parseDouble(f[2]));
                        if (f.length > 3 && f[3].matches("-?\\d+")) {
                            then.add(Double.parseDouble(f[3]));
                        }
                    }
                }
            }
            p.waitFor();
        }
        millis.sort(Comparator.naturalOrder());
        heap.sort(Comparator.naturalOrder());
        if (!millis.isEmpty()) {
            notes.add(String.format(Locale.ROOT, "- %,d contacts, %s: median %.0f ms of %d "
                    + "runs (max %.0f ms); heap then, after GC: median %.1f MB.", STARTUP_SIZE, what, millis.get(millis.size() / 2),
                    millis.size(), millis.get(millis.size() - 1), heap.get(heap.size() / 2)));
            if (!then.isEmpty()) {
                then.sort(Comparator.naturalOrder());
                notes.set(notes.size() - 1, notes.get(notes.size() - 1) + String.format(Locale.ROOT,
                        " The week's plan was on screen at a median %.0f ms (max %.0f ms).", then.get(then.size() / 2),
                        then.get(then.size() - 1)));
            }
            System.out.println(notes.get(notes.size() - 1));
        } else {
            notes.add("- " + STARTUP_SIZE + " contacts, " + what + ": the probe reported nothing.");
        }
    }

    /**
     * The application's class path as a user runs it: the test classes replaced by the benchmark's
     * package alone, so that the tests' logback-test.xml (and anything else of theirs) stays out.
     */
    static String probeClassPath(Path into) throws IOException {
        deleteTree(into);
        Path bench = Path.of(Benchmark.class.getResource("Benchmark.class").getPath()).getParent();
        Path testClasses = bench.getParent().getParent().getParent();
        Path copy = into.resolve("app/orbit/bench");
        Files.createDirectories(copy);
        try (Stream<Path> files = Files.list(bench)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            entries.add(Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()) ? into.toString() : entry);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    static String machine() {
        String cpu = "unknown CPU";
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.split(":", 2)[1].trim())
                    .orElse(cpu);
        } catch (IOException e) {
            // Not Linux: the CPU model stays unknown.
        }
        long ram = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "Machine: %d cores (availableProcessors), %s, %.1f GB RAM, %s %s, "
                + "heap max %.1f GB; warm-up %d, measured %d calls per operation.",
                Runtime.getRuntime().availableProcessors(), cpu, ram / 1e9, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), Runtime.getRuntime().maxMemory() / 1e9, WARMUP, RUNS);
    }

    /**
     * The newest migration in the classpath: a bulk load made under an older schema is redone
     * ({@code -Dbench.fresh=true} redoes it anyway, e.g. after changing the generator).
     */
    private static String latestMigration() throws IOException {
        List<String> names = new ArrayList<>();
        // H2's migrations are in both folders (db/common is shared with PostgreSQL).
        for (String folder : List.of("/db/migration", "/db/common")) {
            var url = Benchmark.class.getResource(folder);
            if (url == null) {
                continue;
            }
            try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*")).forEach(names::add);
            } catch (java.net.URISyntaxException e) {
                throw new IOException(e);
            }
        }
        // By version number: as text "V9__" sorts after "V17__", and a stale bulk load was reused
        // (every start-up probe then migrated its copy before opening).
        return names.stream().max(Comparator.comparingInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))))
                .orElse("none");
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

}
