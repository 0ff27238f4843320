package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .deb's {@code /usr/bin/orbit}, as src/dist/linux/postinst writes it, run by sh with a
 * stand-in java that prints its options: that every command and the window get the quick
 * compiler, which get the serial collector, and that the arguments reach Orbit unchanged.
 */
class PackagedCommandScriptTest {

    private static final Pattern SCRIPT = Pattern.compile("cat >/usr/bin/orbit <<EOF\\n(.*?)\\nEOF\\n", Pattern.DOTALL);

    @TempDir
    Path dir;
    Path script;

    @BeforeEach
    void setUp() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Matcher m = SCRIPT.matcher(Files.readString(Path.of("src/dist/linux/postinst")));
        assertThat(m.find()).as("postinst writes /usr/bin/orbit from a here-document").isTrue();
        Path java = dir.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"[$a]\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwx------"));
        // What the here-document gets from postinst's shell: its variables, and \$ left as $.
        String text = m.group(1).replace("/opt/orbit/lib/runtime/bin/java", java.toString())
                .replace("$options", "-Dfrom.cfg=yes").replace("$cp", "orbit.jar").replace("$main", "app.orbit.app.Main")
                .replace("\\$", "$");
        script = Files.writeString(dir.resolve("orbit"), text);
    }

    private List<String> launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("/bin/sh", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().map(l -> l.substring(1, l.length() - 1)).toList();
    }

    @Test
    void shortCommand_getsTheQuickCompilerAndTheSerialCollector() throws Exception {
        List<String> args = launch("--data-dir", "x", "contacts", "list", "--due");

        assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dfrom.cfg=yes");
        assertThat(args).endsWith("-cp", "orbit.jar", "app.orbit.app.Main", "--data-dir", "x", "contacts", "list",
                "--due");
    }

    @Test
    void import_getsTheQuickCompilerAndKeepsTheDefaultCollector() throws Exception {
        List<String> args = launch("import", "My Connections.csv", "--format", "linkedin");

        assertThat(args).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
        assertThat(args).endsWith("app.orbit.app.Main", "import", "My Connections.csv", "--format", "linkedin");
    }

    @Test
    void windowAndExport_getTheQuickCompilerAndKeepTheDefaultCollector() throws Exception {
        for (List<String> args : List.of(launch("--data-dir", "x"), launch("export", "out.json"), launch())) {
            assertThat(args).contains("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData")
                    .doesNotContain("-XX:+UseSerialGC");
        }
    }
}
