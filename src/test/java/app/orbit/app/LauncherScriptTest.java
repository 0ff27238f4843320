package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (src/main/dist/orbit) run by sh with a stand-in java that prints the options it
 * was given: which runs write the class-data archive, which use it, and that the arguments reach
 * Orbit unchanged.
 */
class LauncherScriptTest {

    @TempDir
    Path dir;
    Path archive;
    Path jar;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Files.copy(Path.of("src/main/dist/orbit"), dir.resolve("orbit"));
        jar = Files.writeString(dir.resolve("orbit.jar"), "not a real jar");
        archive = dir.resolve("orbit.jsa");
        Path java = dir.resolve("jdk/bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
    }

    private List<String> launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", dir.resolve("orbit").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("JAVA_OPTS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().map(l -> l.substring(1, l.length() - 1)).toList();
    }

    @Test
    void window_withoutAnArchive_hasJavaWriteOne() throws Exception {
        List<String> args = launch("--data-dir", "/home/me/Orbit data", "--today=2026-11-26");

        assertThat(args).contains("-XX:ArchiveClassesAtExit=" + archive).doesNotContain("-Xshare:auto");
        assertThat(args).endsWith("-jar", jar.toString(), "--data-dir", "/home/me/Orbit data", "--today=2026-11-26");
    }

    @Test
    void window_withAnArchiveNewerThanTheJar_usesIt() throws Exception {
        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(launch()).contains("-XX:SharedArchiveFile=" + archive, "-Xshare:auto");
    }

    @Test
    void window_withAnArchiveOlderThanTheJar_writesANewOne() throws Exception {
        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(archive, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(launch()).contains("-XX:ArchiveClassesAtExit=" + archive);
        assertThat(archive).doesNotExist();
    }

    @Test
    void command_withoutAnArchive_writesNone() throws Exception {
        List<String> args = launch("--data-dir", "x", "contacts", "list");

        assertThat(args).noneMatch(a -> a.contains("Archive"));
        assertThat(args).contains("-XX:TieredStopAtLevel=1");
        assertThat(args).endsWith("-jar", jar.toString(), "--data-dir", "x", "contacts", "list");
    }

    @Test
    void command_withAnArchive_usesItWithTheQuickCompilerOnly() throws Exception {
        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));

        assertThat(launch("import", "Connections.csv")).contains("-XX:SharedArchiveFile=" + archive,
                "-XX:TieredStopAtLevel=1");
    }

    @Test
    void window_getsTheQuickCompilerToo_withOrWithoutAnArchive() throws Exception {
        assertThat(launch("--data-dir", "x")).contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
                "-XX:-UsePerfData");
        Files.writeString(archive, "archive");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(60)));
        assertThat(launch("--data-dir", "x")).contains("-XX:SharedArchiveFile=" + archive, "-XX:TieredStopAtLevel=1");
    }
}
