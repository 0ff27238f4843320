package app.orbit.bench;

import app.orbit.store.Database;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The installed app's start-up at 30,000 contacts (docs/benchmarks.md, "The packaged app"), after
 * {@code ./mvnw -Pdist package}: {@code ./mvnw -B -Pbench process-test-classes
 * -Dbench.main=app.orbit.bench.PackagedBenchmark}. Every run is a fresh process on a fresh copy
 * of the database:
 *
 * <ul>
 * <li>the first window: the app image's runtime and class-data archive, on the class path its
 *     launcher gives, with {@link FirstWindowProbe} and Monocle appended (the archive stays valid:
 *     its class path is a prefix); from JVM start to the first pulse after the window shows, and
 *     to the week's plan on screen (its first card laid out, then all of them), at the week's first
 *     start (the plan is made) and at a second start on the same copy (the plan is read);</li>
 * <li>{@code orbit contacts list --due} through the app's own launcher, wall time from the start
 *     of the process to its end: the first command of the day (which then takes the daily backup)
 *     and the next ones; and the next ones as the .deb's {@code /usr/bin/orbit} starts them (the
 *     runtime with the launcher's options and class path, without the launcher).</li>
 * </ul>
 *
 * <p>{@code -Dbench.data=DIR} measures a data directory of one's own instead of the synthetic one;
 * {@code -Dbench.baseline=IMAGE} (with {@code -Dbench.baselineData=DIR}, a data directory at that
 * build's schema) measures another build in the same run, the two taking turns run by run; its
 * short command is started as the .deb's script starts one, unless {@code -Dbench.baselineQuick=false}
 * (a build from before that script).
 */
public final class PackagedBenchmark {

    private static final int SIZE = Integer.getInteger("bench.startupSize", 30_000);
    private static final int RUNS = Integer.getInteger("bench.packagedRuns", 7);

    private PackagedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("bench.dir", "target/bench")).toAbsolutePath();
        Files.createDirectories(root);
        Path pristine;
        if (System.getProperty("bench.data") != null) {
            pristine = Path.of(System.getProperty("bench.data")).toAbsolutePath();
        } else {
            pristine = root.resolve("pristine-n" + SIZE);
            Benchmark.pristine(SyntheticNetwork.generate(SIZE, Benchmark.seed()), pristine);
        }
        Path probe = probeJar(root.resolve("packaged-probe.jar"));
        Measured current = new Measured("this build", Path.of(System.getProperty("bench.image", "target/dist/image/Orbit")),
                pristine, root.resolve("packaged-n" + SIZE), probe);
        // Another build to compare with in the same run, taking turns (a database at its own schema).
        List<Measured> images = new ArrayList<>(List.of(current));
        if (System.getProperty("bench.baseline") != null) {
            images.add(new Measured("baseline", Path.of(System.getProperty("bench.baseline")),
                    Path.of(System.getProperty("bench.baselineData", pristine.toString())).toAbsolutePath(),
                    root.resolve("packaged-baseline-n" + SIZE), probe));
        }
        String loadBefore = load();
        for (int run = 0; run < RUNS; run++) {
            for (Measured m : images) {
                m.window();
            }
        }
        for (int run = 0; run < RUNS; run++) {
            for (Measured m : images) {
                m.commands();
            }
        }
        System.out.println(String.format(Locale.ROOT, "%,d contacts, %d fresh processes each (load average %s before, "
                + "%s after):", SIZE, RUNS, loadBefore, load()));
        for (Measured m : images) {
            String of = images.size() > 1 ? " (" + m.name + ")" : "";
            System.out.println(row("first shown main window, packaged app (its runtime and archive, headless Monocle)"
                    + of, m.windowMillis));
            System.out.println(row("the week's plan on screen (its first card laid out), the week's first start, "
                    + "packaged app" + of, m.plan));
            System.out.println(row("all of its cards laid out, the week's first start" + of, m.allCards));
            System.out.println(row("first shown main window, a later start of the week (the plan stored)" + of,
                    m.windowAgain));
            System.out.println(row("the week's plan on screen, a later start of the week" + of, m.planAgain));
            System.out.println(row("`orbit contacts list --due` through the app image's launcher, first command of "
                    + "the day (then its daily backup)" + of, m.first));
            System.out.println(row("`orbit contacts list --due` through the launcher, the next ones" + of, m.next));
            System.out.println(row("`orbit contacts list --due`, the next ones, as the .deb's /usr/bin/orbit starts "
                    + "it (no launcher)" + of, m.directNext));
        }
    }

    /** One app image's runs: its commands, and what they took. */
    private static final class Measured {
        final String name;
        final Path pristine;
        final Path copy;
        final List<String> window;
        final List<String> cli;
        final List<String> direct;
        final List<Double> windowMillis = new ArrayList<>();
        final List<Double> plan = new ArrayList<>();
        final List<Double> allCards = new ArrayList<>();
        final List<Double> windowAgain = new ArrayList<>();
        final List<Double> planAgain = new ArrayList<>();
        final List<Double> first = new ArrayList<>();
        final List<Double> next = new ArrayList<>();
        final List<Double> directNext = new ArrayList<>();

        Measured(String name, Path imageDir, Path pristine, Path copy, Path probe) throws IOException {
            this.name = name;
            this.pristine = pristine;
            this.copy = copy;
            Path image = imageDir.toAbsolutePath();
            Path app = image.resolve("lib/app");
            if (!Files.exists(app.resolve("orbit.jsa"))) {
                throw new IllegalStateException("no app image with its archive in " + image
                        + ": ./mvnw -Pdist package first");
            }
            List<String> launcherClassPath = Files.readAllLines(app.resolve("Orbit.cfg")).stream()
                    .filter(l -> l.startsWith("app.classpath=") || l.startsWith("app.mainjar="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("$APPDIR", app.toString())).toList();
            List<String> classPath = new ArrayList<>(launcherClassPath);
            classPath.add(probe.toString());
            classPath.add(monocle());
            window = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString(),
                    "-XX:SharedArchiveFile=" + app.resolve("orbit.jsa"), "-Xshare:on", "-Xlog:cds=off",
                    "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                    "-Djava.awt.headless=true",
                    "--add-exports=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
                    "--add-exports=javafx.graphics/com.sun.glass.events=ALL-UNNAMED",
                    "--add-exports=javafx.graphics/com.sun.javafx.util=ALL-UNNAMED",
                    "--add-exports=javafx.graphics/com.sun.javafx.application=ALL-UNNAMED",
                    "--add-exports=javafx.graphics/com.sun.javafx.tk=ALL-UNNAMED",
                    "--add-exports=javafx.base/com.sun.javafx.logging=ALL-UNNAMED",
                    "--add-opens=javafx.graphics/com.sun.glass.ui=ALL-UNNAMED",
                    "-cp", String.join(File.pathSeparator, classPath), FirstWindowProbe.class.getName(),
                    copy.toString()));
            // With the options the image's launcher gives (its .cfg): a build's compiler choice is measured with it.
            window.addAll(4, javaOptions(app));
            cli = List.of(image.resolve("bin/Orbit").toString(), "--data-dir", copy.toString(), "--today",
                    SyntheticNetwork.TODAY.toString(), "contacts", "list", "--due");
            // What the .deb's /usr/bin/orbit runs: the runtime with the launcher's options and class path, no launcher.
            direct = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
            direct.addAll(javaOptions(app));
            // As its script starts a short command (src/dist/linux/postinst): the quick compiler, the serial
            // collector; a baseline from before that script (-Dbench.baselineQuick=false) as it started then.
            if (!name.equals("baseline") || Boolean.parseBoolean(System.getProperty("bench.baselineQuick", "true"))) {
                direct.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            }
            direct.addAll(List.of("-cp", String.join(File.pathSeparator, launcherClassPath), "app.orbit.app.Main"));
            direct.addAll(cli.subList(1, cli.size()));
        }

        /** The Java options of the image's launcher, one per element, as its .cfg gives them. */
        private static List<String> javaOptions(Path app) throws IOException {
            return Files.readAllLines(app.resolve("Orbit.cfg")).stream().filter(l -> l.startsWith("java-options="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("$APPDIR", app.toString()))
                    .flatMap(o -> Arrays.stream(o.trim().split("\\s+"))).toList();
        }

        /** The week's first start on a fresh copy (the plan is made), then a second start on that copy (it is read). */
        void window() throws IOException, InterruptedException {
            fresh(pristine, copy);
            for (String line : output(window)) {
                if (line.startsWith("WINDOW ")) {
                    String[] f = line.split(" ");
                    windowMillis.add(Double.parseDouble(f[1]));
                    plan.add(Double.parseDouble(f[3]));
                    allCards.add(Double.parseDouble(f[5]));
                }
            }
            for (String line : output(window)) {
                if (line.startsWith("WINDOW ")) {
                    String[] f = line.split(" ");
                    windowAgain.add(Double.parseDouble(f[1]));
                    planAgain.add(Double.parseDouble(f[3]));
                }
            }
        }

        void commands() throws IOException, InterruptedException {
            fresh(pristine, copy);
            first.add(wall(cli));
            next.add(wall(cli));
            directNext.add(wall(direct));
        }
    }

    private static String row(String what, List<Double> millis) {
        List<Double> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "| " + what + " | no result | | |";
        }
        return String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |", what, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1));
    }

    /**
     * A copy of the database as a user's file is between two starts: its time kept, and the stamp
     * Orbit wrote when it last closed it, when the pristine one has it (decision 0019).
     */
    private static void fresh(Path pristine, Path copy) throws IOException {
        Benchmark.deleteTree(copy);
        Files.createDirectories(copy);
        Files.copy(Database.databaseFile(pristine), Database.databaseFile(copy), StandardCopyOption.COPY_ATTRIBUTES);
        Path stamp = pristine.resolve("orbit.schema");
        if (Files.exists(stamp)) {
            Files.copy(stamp, copy.resolve("orbit.schema"));
        }
    }

    private static double wall(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static List<String> output(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                lines.add(line);
            }
        }
        p.waitFor();
        return lines;
    }

    /** The benchmark's package as a jar: appended to the launcher's class path, which the archive then still matches. */
    private static Path probeJar(Path jar) throws IOException {
        Path bench = Path.of(PackagedBenchmark.class.getResource("PackagedBenchmark.class").getPath()).getParent();
        Path classes = bench.getParent().getParent().getParent();
        try (JarOutputStream zip = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.list(bench)) {
            for (Path f : files.sorted(Comparator.naturalOrder()).toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static String monocle() {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("openjfx-monocle")) {
                return entry;
            }
        }
        throw new IllegalStateException("Monocle is not on the benchmark's class path");
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
