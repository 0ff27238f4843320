package app.orbit.reliability;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import app.orbit.app.Logging;
import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.store.BackupFiles;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What Orbit leaves on the machine: owner-only files, no open port, no notes in the logs. */
class PrivacyTest {

    @TempDir
    Path dir;

    /** Does what a day of use does: contacts, interactions, an edit, a search, backups, a restart. */
    private static void aDayOfUse(Orbit orbit, String secret) {
        Contact a = orbit.contacts().create(person("Secret", "Keeper").notes("contact " + secret).build());
        Contact b = orbit.contacts().create(person("Other", "Person").build());
        Interaction in = orbit.interactions().log(Interaction.of(TestOrbit.TODAY, InteractionKind.MEETING,
                List.of(a.id(), b.id()), "Lunch", "interaction " + secret, Exchange.GAVE,
                new FollowUp(TestOrbit.TODAY.plusDays(2), "promise " + secret, false, List.of(b.id()))));
        orbit.interactions().edit(new Interaction(in.id(), in.date(), in.kind(), in.participantIds(), in.summary(),
                "edited " + secret, in.exchange(), in.followUp(), in.createdAt(), in.updatedAt()));
        orbit.contacts().search("secret", false, 10);
        orbit.contacts().details(a.id());
        orbit.dueList().dueThisWeek();
        orbit.backups().backupNow();
    }

    @Test
    void dataDirectory_afterUse_isOwnerOnlyIncludingBackupsAndLogs() throws Exception {
        Path data = dir.resolve("orbit-home");
        // Another test in this JVM (a UI journey) may have pointed the log at its own directory.
        Logging.detach();
        Logging.toDataDirectory(data);
        try {
            try (Orbit orbit = TestOrbit.open(data)) {
                aDayOfUse(orbit, "x");
                LoggerFactory.getLogger(PrivacyTest.class).warn("a line so the log file has content");
            }
            try (Orbit next = TestOrbit.open(data, TestOrbit.TODAY.plusDays(1))) {
                next.dailyBackup();
            }
        } finally {
            Logging.detach();
        }

        assertThat(Files.list(BackupFiles.folder(data))).isNotEmpty();
        assertThat(data.resolve("logs/orbit.log")).isNotEmptyFile();
        try (Stream<Path> all = Files.walk(data)) {
            assertThat(all.toList()).hasSizeGreaterThan(4).allSatisfy(p -> {
                String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertThat(perms).as(data.relativize(p).toString())
                        .isEqualTo(Files.isDirectory(p) ? "rwx------" : "rw-------");
            });
        }
    }

    @Test
    void logs_afterUseAndFailures_neverContainNotesText() throws Exception {
        String secret = "NOTE-" + UUID.randomUUID();
        Path data = dir.resolve("orbit-home");
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = ctx.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        root.setLevel(Level.DEBUG);
        Logging.detach();
        Logging.toDataDirectory(data);
        try {
            try (Orbit orbit = TestOrbit.open(data)) {
                aDayOfUse(orbit, secret);
                Contact c = orbit.contacts().search("secret", false, 1).stream().findFirst()
                        .map(s -> orbit.contacts().get(s.id())).orElseThrow();
                // Failures carrying the secret: a refused date, an unknown participant.
                try {
                    orbit.interactions().log(Interaction.of(TestOrbit.TODAY.plusDays(9), InteractionKind.CALL,
                            List.of(c.id()), "Future", "future " + secret, Exchange.NONE, null));
                } catch (OrbitException expected) {
                    LoggerFactory.getLogger(PrivacyTest.class).warn("Refused as the UI would log it: {}",
                            expected.key(), expected);
                }
                try {
                    orbit.interactions().log(Interaction.of(TestOrbit.TODAY, InteractionKind.CALL,
                            List.of(c.id(), 99_999L), "Ghost", "ghost " + secret, Exchange.NONE, null));
                } catch (OrbitException expected) {
                    LoggerFactory.getLogger(PrivacyTest.class).warn("Refused: {}", expected.key(), expected);
                }
            }
            try (Orbit next = TestOrbit.open(data, TestOrbit.TODAY.plusDays(1))) {
                next.dailyBackup();
            }
        } finally {
            Logging.detach();
            root.setLevel(before);
        }

        List<Path> readable = readableFiles(data);
        assertThat(readable).as("log files written").anyMatch(p -> p.getFileName().toString().endsWith(".log"));
        for (Path p : readable) {
            String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
            assertThat(text).as(data.relativize(p).toString()).doesNotContain(secret);
        }
    }

    /** Every file but the database and its backups, which hold the notes by design. */
    private static List<Path> readableFiles(Path data) throws IOException {
        try (Stream<Path> all = Files.walk(data)) {
            return all.filter(Files::isRegularFile)
                    .filter(p -> !p.equals(Database.databaseFile(data)))
                    .filter(p -> !p.startsWith(BackupFiles.folder(data)))
                    .toList();
        }
    }

    @Test
    void noPortIsEverOpened_whileOrbitRunsAndWorks() throws Exception {
        assumeThat(Path.of("/proc/self/net/tcp")).as("Linux /proc").exists();
        Set<Long> before = listeningSocketsOfThisProcess();

        Set<Long> during;
        try (Orbit orbit = TestOrbit.open(dir)) {
            aDayOfUse(orbit, "x");
            during = listeningSocketsOfThisProcess();
        }
        TestOrbit.open(dir, TestOrbit.TODAY.plusDays(1)).close();
        Set<Long> after = listeningSocketsOfThisProcess();

        assertThat(during).as("listening sockets while Orbit is open").isEqualTo(before);
        assertThat(after).isEqualTo(before);
    }

    /**
     * The inodes of this process's sockets that accept connections: TCP in LISTEN, any bound UDP.
     * /proc/net lists every socket of the network namespace; /proc/self/fd tells which are ours.
     */
    static Set<Long> listeningSocketsOfThisProcess() throws IOException {
        Set<Long> ours = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        ours.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException e) {
                    // The descriptor closed while listing: not a socket we hold.
                }
            }
        }
        Set<Long> listening = new HashSet<>();
        for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
            Path file = Path.of("/proc/self/net", table);
            if (!Files.exists(file)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.trim().split("\\s+");
                boolean accepting = table.startsWith("udp") || f[3].equals("0A");
                long inode = Long.parseLong(f[9]);
                if (accepting && ours.contains(inode)) {
                    listening.add(inode);
                }
            }
        }
        return listening;
    }
}
