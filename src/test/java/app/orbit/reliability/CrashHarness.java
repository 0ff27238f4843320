package app.orbit.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts a {@link CrashChild} in a fresh JVM (same java, same classpath) and kills it with SIGKILL. */
final class CrashHarness {

    private CrashHarness() {
    }

    /**
     * The lines the child printed before it died; only complete lines (ending in END, which is
     * left out) count. {@code aliveAtKill}: whether it was still running when the kill came.
     */
    record Run(List<String> acknowledged, boolean reachedReady, int exitCode, boolean aliveAtKill) {
    }

    /**
     * Runs the child in a mode on a data directory and kills it {@code killAfterMillis} after it
     * said READY, or after it started when {@code afterReady} is false (a kill during start-up).
     */
    static Run runAndKill(Path dataDir, String mode, long seed, long killAfterMillis, boolean afterReady)
            throws IOException, InterruptedException {
        return runAndKill(dataDir, mode, seed, killAfterMillis, afterReady, List.of());
    }

    /** The same, with more arguments for the child's mode (the backup a restoring child restores). */
    static Run runAndKill(Path dataDir, String mode, long seed, long killAfterMillis, boolean afterReady,
            List<String> more) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(dataDir.toString(), mode, Long.toString(seed)));
        args.addAll(more);
        // Opening the full network can take minutes on a loaded machine (a backup before migrating).
        return runAndKill(CrashChild.class, CrashNetwork.enabled() ? "-Xmx1g" : "-Xmx256m", args,
                afterReady ? (CrashNetwork.enabled() ? 900 : 60) : 0, killAfterMillis);
    }

    /**
     * Runs {@code main} with {@code args} in a fresh JVM (same java, same class path), waits up to
     * {@code readySeconds} for it to print READY (not at all when 0), lets it run
     * {@code killAfterMillis} more, and kills it with SIGKILL.
     */
    static Run runAndKill(Class<?> main, String heap, List<String> args, long readySeconds, long killAfterMillis)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        List<String> acked = new ArrayList<>();
        Object ready = new Object();
        boolean[] seenReady = {false};
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.equals("READY")) {
                        synchronized (ready) {
                            seenReady[0] = true;
                            ready.notifyAll();
                        }
                    } else if (line.endsWith(" END")) {
                        synchronized (acked) {
                            acked.add(line.substring(0, line.length() - 4));
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe breaks when the child dies: what was read is what was acknowledged.
            }
        }, "crash-child-reader");
        reader.setDaemon(true);
        reader.start();
        if (readySeconds > 0) {
            synchronized (ready) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(readySeconds);
                while (!seenReady[0] && p.isAlive() && System.nanoTime() < deadline) {
                    ready.wait(100);
                }
            }
        }
        Thread.sleep(killAfterMillis);
        boolean alive = p.isAlive();
        p.destroyForcibly();
        int exit = p.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (acked) {
            synchronized (ready) {
                return new Run(List.copyOf(acked), seenReady[0], exit, alive);
            }
        }
    }
}
