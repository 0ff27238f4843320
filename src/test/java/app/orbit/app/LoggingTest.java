package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.orbit.store.OwnerOnly;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The log files in the data directory, the rolled ones included, are owner-only as soon as they exist. */
class LoggingTest {

    private static final Logger LOG = LoggerFactory.getLogger(LoggingTest.class);

    @TempDir
    Path dir;

    @BeforeEach
    void detachFirst() {
        // Another test in this JVM may have pointed the log at its own directory.
        Logging.detach();
    }

    @AfterEach
    void detach() {
        Logging.detach();
    }

    private static List<Path> logFiles(Path logs) throws Exception {
        try (Stream<Path> files = Files.list(logs)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void rollover_whileRunning_everyLogFileIsOwnerOnlyAtOnce() throws Exception {
        assumeThat(OwnerOnly.supported(dir)).as("POSIX permissions").isTrue();
        Path data = dir.resolve("orbit-home");
        Path logs = data.resolve("logs");
        Logging.toDataDirectory(data, FileSize.valueOf("2KB"));

        for (int i = 0; i < 400 && logFiles(logs).size() < 4; i++) {
            LOG.warn("line {} of a log long enough to roll over {}", i, "x".repeat(200));
        }

        List<Path> files = logFiles(logs);
        assertThat(files).as("orbit.log and the files it rolled over to").hasSizeGreaterThanOrEqualTo(3)
                .contains(logs.resolve("orbit.log"));
        // Checked while the appender still runs: not fixed up later by a restart or Orbit.close.
        assertThat(files).allSatisfy(f -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
                .as(f.getFileName().toString()).isEqualTo("rw-------"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(logs))).isEqualTo("rwx------");
    }

    @Test
    void toDataDirectory_anExistingReadableLogFile_becomesOwnerOnly() throws Exception {
        assumeThat(OwnerOnly.supported(dir)).as("POSIX permissions").isTrue();
        Path logs = Files.createDirectories(dir.resolve("logs"));
        Path file = Files.createFile(logs.resolve("orbit.log"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        Logging.toDataDirectory(dir);
        LOG.warn("a line");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(file).isNotEmptyFile();
    }
}
