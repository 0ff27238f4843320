package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.cli.PassphrasePrompt;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.service.EncryptionChange;
import app.orbit.store.Database;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Encryption's cost, plain and encrypted side by side on the same network ({@code -Dbench.encrypted=true},
 * the first of {@code bench.sizes}): Orbit.open (with the key's derivation), a week plan generated
 * and opened, search keystrokes, a logged interaction, a LinkedIn import into a fresh Orbit, and
 * the first window and its plan in a fresh JVM. Target: at most 1.3× the plain figure.
 */
final class EncryptionBenchmark {

    private static final String PASSPHRASE = "benchmark passphrase, long enough";
    private static final int WARMUP = Integer.getInteger("bench.warmup", 100);
    private static final int RUNS = Integer.getInteger("bench.runs", 300);
    private static final List<String> TYPED = List.of("martin", "sophie lyon", "doctolib", "#cloud", "zzz");

    private EncryptionBenchmark() {
    }

    static void run(int size, Path root) throws Exception {
        SyntheticNetwork net = SyntheticNetwork.generate(size, Benchmark.SEED);
        Path pristine = root.resolve("pristine-n" + size);
        Benchmark.pristine(net, pristine);
        Path plain = copy(pristine, root.resolve("plain-n" + size));
        Path encrypted = copy(pristine, root.resolve("encrypted-n" + size));
        long start = System.nanoTime();
        EncryptionChange change = Orbit.encrypt(encrypted, PASSPHRASE.toCharArray());
        long encryptMillis = (System.nanoTime() - start) / 1_000_000;
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "- Key: Argon2id, %d MiB, %d passes (calibrated here), derived in %d ms; "
                + "orbit encrypt of the %,d-contact database (%.1f MB) took %d ms in all.", change.memoryKiB() / 1024,
                change.iterations(), change.deriveMillis(), size, Files.size(Database.databaseFile(encrypted)) / 1e6,
                encryptMillis));

        List<String[]> rows = new ArrayList<>();
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        double[][] open = new double[2][];
        for (int e = 0; e < 2; e++) {
            Path dir = e == 0 ? plain : encrypted;
            List<Double> opens = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long t = System.nanoTime();
                Orbit.open(dir, clock, false, () -> PASSPHRASE.toCharArray()).close();
                opens.add((System.nanoTime() - t) / 1e6);
            }
            opens.sort(Comparator.naturalOrder());
            open[e] = new double[] {opens.get(1)};
        }
        rows.add(row("Orbit.open (encrypted: with the key's derivation)", open[0][0], open[1][0]));

        Benchmark.Stats[][] stats = new Benchmark.Stats[2][4];
        for (int e = 0; e < 2; e++) {
            Path dir = e == 0 ? plain : encrypted;
            try (Orbit orbit = Orbit.open(dir, clock, false, () -> PASSPHRASE.toCharArray())) {
                LocalDate today = SyntheticNetwork.TODAY;
                stats[e][0] = Benchmark.measure(i -> orbit.planner().week(today.minusWeeks(1 + i)), 10, 60);
                stats[e][1] = Benchmark.measure(i -> orbit.planner().week(today.minusWeeks(1)), WARMUP, RUNS);
                List<String> keys = new ArrayList<>();
                TYPED.forEach(q -> {
                    for (int k = 1; k <= q.length(); k++) {
                        keys.add(q.substring(0, k));
                    }
                });
                stats[e][2] = Benchmark.measure(i -> orbit.contacts().search(keys.get(i % keys.size()), false, 5001),
                        WARMUP, RUNS);
                Random r = new Random(Benchmark.SEED + 1);
                IntFunction<Object> log = i -> orbit.interactions().log(Interaction.of(today.minusDays(r.nextInt(30)),
                        InteractionKind.CALL, List.of(1L + r.nextInt(size)), "Bench call", "Notes of the call",
                        Exchange.NONE, null));
                stats[e][3] = Benchmark.measure(log, WARMUP, RUNS);
            }
        }
        String[] names = {"generate and store a week plan", "open a stored week plan",
            "search keystroke, contacts list (limit 5001)", "log an interaction, durable commit"};
        for (int k = 0; k < names.length; k++) {
            rows.add(row(names[k], stats[0][k].median(), stats[1][k].median()));
        }

        int importRows = Integer.getInteger("bench.importRows", 30_000);
        if (importRows > 0) {
            byte[] file = LinkedInFile.generate(importRows, Benchmark.SEED, "b");
            double[] millis = new double[2];
            for (int e = 0; e < 2; e++) {
                boolean enc = e == 1;
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    Path dir = root.resolve("import-" + (enc ? "enc-" : "plain-") + i);
                    Benchmark.deleteTree(dir);
                    if (enc) {
                        // A fresh encrypted Orbit: created, then encrypted while still empty (not timed).
                        Orbit.open(dir, clock).close();
                        Orbit.encrypt(dir, PASSPHRASE.toCharArray());
                    }
                    long t = System.nanoTime();
                    try (Orbit orbit = Orbit.open(dir, clock, false, () -> PASSPHRASE.toCharArray())) {
                        var preview = orbit.importer().preview(SourceText.decode("Connections.csv", file),
                                ImportFormat.LINKEDIN, Progress.NONE);
                        orbit.importer().apply(preview, Progress.NONE);
                    }
                    if (i > 0) {
                        // The first is the warm-up.
                        times.add((System.nanoTime() - t) / 1e6);
                    }
                    Benchmark.deleteTree(dir);
                }
                times.sort(Comparator.naturalOrder());
                millis[e] = times.get(times.size() / 2);
            }
            rows.add(row(String.format(Locale.ROOT, "import a %,d-row LinkedIn export into a fresh Orbit "
                    + "(includes Orbit.open and the encrypted key's derivation)", importRows), millis[0], millis[1]));
        }

        if (!Boolean.getBoolean("bench.noWindow")) {
            String classPath = Benchmark.probeClassPath(root.resolve("probe-classes"));
            Path passphraseFile = root.resolve("passphrase.txt");
            Files.writeString(passphraseFile, PASSPHRASE + "\n");
            double[][] window = new double[2][];
            for (int e = 0; e < 2; e++) {
                window[e] = firstWindow(e == 0 ? plain : encrypted, classPath, e == 1 ? passphraseFile : null, 3);
            }
            rows.add(row("cold JVM to the first shown main window (headless Monocle; ORBIT_PASSPHRASE_FILE)",
                    window[0][0], window[1][0]));
            rows.add(row("cold JVM to the week's plan on screen", window[0][1], window[1][1]));
        }

        List<String> out = new ArrayList<>();
        out.add("## Encryption at rest: plain and encrypted, " + String.format(Locale.ROOT, "%,d", size)
                + " contacts\n");
        // The machine line names Benchmark's own warm-up and runs; these rows use their own.
        out.add(Benchmark.machine().replaceFirst("; warm-up .*", "") + String.format(Locale.ROOT,
                "; warm-up %d, measured %d calls (week plans generated: 10 and 60; imports: 1 and 3; windows: 3 "
                + "cold starts). Load average at the end: %s.%n", WARMUP, RUNS, loadAverage()));
        out.add("| operation | plain median ms | encrypted median ms | encrypted / plain | target |");
        out.add("|---|---:|---:|---:|---|");
        rows.forEach(r -> out.add(String.join(" | ", r)));
        out.add("");
        out.addAll(notes);
        String text = String.join("\n", out) + "\n";
        Files.writeString(root.resolve("encryption.md"), text);
        System.out.println(text);
    }

    private static String[] row(String name, double plain, double encrypted) {
        // A probe that saw nothing in its two minutes reports -1: no figure, no ratio.
        boolean measured = plain > 0 && encrypted > 0;
        return new String[] {"| " + name, plain > 0 ? String.format(Locale.ROOT, "%.3f", plain) : "—",
            encrypted > 0 ? String.format(Locale.ROOT, "%.3f", encrypted) : "—",
            measured ? String.format(Locale.ROOT, "%.2f×", encrypted / plain) : "—", "≤ 1.3× |"};
    }

    /** Median first-window and plan-on-screen times of a few cold starts on copies of the directory. */
    private static double[] firstWindow(Path dir, String classPath, Path passphraseFile, int runs)
            throws IOException, InterruptedException {
        List<Double> shown = new ArrayList<>();
        List<Double> plan = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path copy = copy(dir, dir.resolveSibling(dir.getFileName() + "-window"));
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-Dglass.platform=Monocle",
                    "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                    "-cp", classPath, FirstWindowProbe.class.getName(), copy.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            if (passphraseFile != null) {
                pb.environment().put(PassphrasePrompt.FILE_VARIABLE, passphraseFile.toString());
            }
            Process p = pb.start();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("WINDOW ") && !line.contains("timeout")) {
                        String[] f = line.split(" ");
                        shown.add(Double.parseDouble(f[1]));
                        plan.add(Double.parseDouble(f[3]));
                    }
                }
            }
            p.waitFor();
        }
        shown.sort(Comparator.naturalOrder());
        plan.sort(Comparator.naturalOrder());
        return shown.isEmpty() ? new double[] {Double.NaN, Double.NaN}
                : new double[] {shown.get(shown.size() / 2), plan.get(plan.size() / 2)};
    }

    private static Path copy(Path from, Path to) throws IOException {
        Benchmark.deleteTree(to);
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().equals("stamp")
                        && !f.getFileName().toString().equals(Database.LOCK_FILE)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "unknown";
        }
    }
}
