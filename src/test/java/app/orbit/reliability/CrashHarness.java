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

    /** The lines the child printed before it died; only complete lines (ending in END) count. */
    record Run(List<String> acknowledged, boolean reachedReady, int exitCode) {
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
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, CrashNetwork.enabled() ? "-Xmx1g" : "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), dataDir.toString(), mode, Long.toString(seed)));
        command.addAll(more);
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectErrorStream(false);
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
        if (afterReady) {
            synchronized (ready) {
                // Opening the full network can take minutes on a loaded machine (a backup before migrating).
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CrashNetwork.enabled() ? 900 : 60);
                while (!seenReady[0] && p.isAlive() && System.nanoTime() < deadline) {
                    ready.wait(100);
                }
            }
        }
        Thread.sleep(killAfterMillis);
        p.destroyForcibly();
        int exit = p.waitFor();
        reader.join(TimeUnit.SECONDS.toMillis(30));
        synchronized (acked) {
            synchronized (ready) {
                return new Run(List.copyOf(acked), seenReady[0], exit);
            }
        }
    }
}
