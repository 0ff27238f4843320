package app.orbit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * H2's own AES against the JDK's on the same encrypted file, and the plain file beside them, taking
 * turns in one JVM so that a loaded machine weighs on all three alike (decision 0018): a cold open
 * that reads every table, and durable single-row commits. Not a test; run by hand on the
 * directories the encryption benchmark leaves:
 * {@code java -cp <test class path> app.orbit.store.CipherBenchmark target/bench/plain-n30000
 * target/bench/encrypted-n30000 "<passphrase>"}.
 */
public final class CipherBenchmark {

    private static final String OPTIONS = ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0";
    private static final int ROUNDS = 7;
    private static final int COMMITS = 200;

    private CipherBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path plain = Path.of(args[0]);
        Path encrypted = Path.of(args[1]);
        DatabaseKey key = Encryption.unlock(encrypted, args[2].toCharArray());
        String[] names = {"plain", "H2's AES (CIPHER=AES)", "the JDK's AES (Orbit's file system)"};
        List<List<Double>> reads = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<List<Double>> commits = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Path work = Files.createTempDirectory("cipher-bench");
        for (int round = 0; round < ROUNDS; round++) {
            for (int k = 0; k < 3; k++) {
                int v = (round + k) % 3;
                Path dir = Files.createDirectories(work.resolve("v" + v));
                Path source = Database.databaseFile(v == 0 ? plain : encrypted);
                Files.copy(source, Database.databaseFile(dir), StandardCopyOption.REPLACE_EXISTING);
                Path file = dir.resolve(Database.FILE_NAME);
                String url = switch (v) {
                    case 0 -> "jdbc:h2:file:" + file + OPTIONS;
                    case 1 -> "jdbc:h2:file:" + file + OPTIONS + key.h2CipherUrlSuffix();
                    default -> "jdbc:h2:" + key.h2Name(file) + OPTIONS;
                };
                String password = v == 1 ? key.h2CipherPassword() : "";
                long t = System.nanoTime();
                try (Connection c = DriverManager.getConnection(url, "orbit", password)) {
                    Integrity.verify(c);
                    double read = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    try (PreparedStatement ps = c.prepareStatement(
                            "MERGE INTO setting (setting_key, setting_value) KEY (setting_key) VALUES (?, ?)")) {
                        for (int i = 0; i < COMMITS; i++) {
                            ps.setString(1, "bench" + (i % 20));
                            ps.setString(2, "value " + i + " " + "x".repeat(200));
                            ps.executeUpdate();
                        }
                    }
                    double commit = (System.nanoTime() - t) / 1e6 / COMMITS;
                    try (Statement st = c.createStatement()) {
                        st.execute("SHUTDOWN IMMEDIATELY");
                    }
                    if (round > 0) {
                        reads.get(v).add(read);
                        commits.get(v).add(commit);
                    }
                }
            }
        }
        Files.walk(work).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        System.out.println("| file | cold open, every table read (median ms) | × plain | durable commit (median ms) | × plain |");
        System.out.println("|---|---:|---:|---:|---:|");
        double r0 = median(reads.get(0));
        double c0 = median(commits.get(0));
        for (int v = 0; v < 3; v++) {
            double r = median(reads.get(v));
            double c = median(commits.get(v));
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f× | %.2f | %.2f× |%n", names[v], r, r / r0, c, c / c0);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
