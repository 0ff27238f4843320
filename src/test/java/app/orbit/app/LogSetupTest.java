package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSetupTest {

    @TempDir
    Path dir;

    /** Logs as Orbit does, with the application's class path only (no logback-test.xml). */
    public static void main(String[] args) {
        Logging.toDataDirectory(Path.of(args[0]));
        org.slf4j.LoggerFactory.getLogger("app.orbit.Probe").info("an info line");
        org.slf4j.LoggerFactory.getLogger("org.h2.Probe").info("an H2 info line");
        org.slf4j.LoggerFactory.getLogger("org.h2.Probe").warn("an H2 warning");
    }

    @Test
    void shortCommandThatLogsNothing_neverSetsLogbackUp() throws Exception {
        Path data = dir.resolve("data");
        app.orbit.testing.TestOrbit.open(data).close(); // Made: a database made by this open takes no backup.
        try (Orbit orbit = app.orbit.testing.TestOrbit.open(data)) {
            orbit.contacts().create(app.orbit.testing.ContactBuilder.person("Ada", "Lovelace").build());
            // Today's backup taken: the command would otherwise take it after listing, and log it.
            assertThat(orbit.dailyBackup()).isPresent();
        }
        String sep = File.pathSeparator;
        String testClasses = Path.of(LogSetupTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(sep))
                .filter(p -> !p.equals(testClasses)).collect(Collectors.joining(sep));
        Path loaded = dir.resolve("classes.txt");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-Xlog:class+load=info:file=" + loaded, "-cp", classPath,
                Main.class.getName(), "contacts", "list", "--data-dir", data.toString(), "--today", "2026-11-26"))
                .redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).as(console).isZero();
        assertThat(console).contains("Ada Lovelace");
        assertThat(Files.readString(loaded)).contains("app.orbit.store.Database")
                .doesNotContain("ch.qos.logback.classic.LoggerContext");
    }

    @Test
    void applicationLogging_writesInfoToTheDataDirectoryAndNothingToTheConsole() throws Exception {
        String sep = File.pathSeparator;
        String testClasses = Path.of(LogSetupTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
        // The application's class path, plus this class alone (copied without the test resources).
        Path probe = dir.resolve("probe");
        Path target = probe.resolve("app/orbit/app/LogSetupTest.class");
        Files.createDirectories(target.getParent());
        Files.copy(Path.of(testClasses, "app/orbit/app/LogSetupTest.class"), target);
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(sep))
                .filter(p -> !p.equals(testClasses)).collect(Collectors.joining(sep)) + sep + probe;
        Path data = dir.resolve("data");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process p = new ProcessBuilder(List.of(java, "-cp", classPath, LogSetupTest.class.getName(), data.toString()))
                .redirectErrorStream(true).start();
        String console = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(p.exitValue()).isZero();
        assertThat(console).isEmpty();
        String log = Files.readString(data.resolve("logs/orbit.log"));
        assertThat(log).contains("an info line", "an H2 warning").doesNotContain("an H2 info line");
    }
}
