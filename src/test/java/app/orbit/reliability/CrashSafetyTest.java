package app.orbit.reliability;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.NotFoundException;
import app.orbit.store.BackupFiles;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kills a JVM that is logging interactions through the real services at random (seeded) moments,
 * then reopens the database: it must open, and every acknowledged interaction must be there with
 * its participants, and every contact's last touch must be right. {@code -Dorbit.crash.rounds=N}
 * (the {@code crash} Maven profile) runs many more rounds than {@code verify}'s handful.
 */
class CrashSafetyTest {

    private static final Logger LOG = LoggerFactory.getLogger(CrashSafetyTest.class);
    static final int ROUNDS = Integer.getInteger("orbit.crash.rounds", 4);
    static final long SEED = Long.getLong("orbit.crash.seed", 20261126L);

    @TempDir
    Path dir;

    /** One acknowledged interaction as the child reported it. */
    private record Ack(long id, LocalDate date, List<Long> participants) {
        static Ack parse(String line) {
            String[] f = line.split(" ");
            return new Ack(Long.parseLong(f[1]), LocalDate.parse(f[2]),
                    Arrays.stream(f[3].split(",")).map(Long::valueOf).toList());
        }
    }

    /**
     * With {@code -Dorbit.crash.network=N}, every round starts from a copy of the synthetic network
     * of N contacts (CrashNetwork) and checks that round's acknowledged writes; without, the rounds
     * go on one small database and check every write acknowledged so far.
     */
    private void startRound() throws Exception {
        if (CrashNetwork.enabled()) {
            CrashNetwork.copy(CrashNetwork.latest(), dir);
        }
    }

    /** On the full network, a line per round: a long run stopped early still says what it checked. */
    private static void roundDone(String mode, int rounds, String figures) {
        if (CrashNetwork.enabled()) {
            String line = String.format("crash/%s round %d done at %s, load %s: %s", mode, rounds,
                    java.time.LocalTime.now().withNano(0), load(), figures);
            System.out.println(line);
            // Surefire holds a test's output until it ends: -Dorbit.crash.progress=FILE gets each line at once.
            String progress = System.getProperty("orbit.crash.progress");
            if (progress != null) {
                try {
                    Files.writeString(Path.of(progress), line + "\n", java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } catch (java.io.IOException e) {
                    LOG.warn("Could not append to {}: {}", progress, e.getMessage());
                }
            }
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private static String network() {
        return CrashNetwork.enabled() ? " network=" + CrashNetwork.SIZE : "";
    }

    @Test
    void log_killedAtRandomMoments_losesNoAcknowledgedInteraction() throws Exception {
        logKilledAtRandomMoments(false, ROUNDS);
    }

    /**
     * The same with the database encrypted (H2's AES format under the Argon2id key): the child
     * opens it with the passphrase, and every start-up pays the key's derivation.
     */
    @Test
    void log_encrypted_killedAtRandomMoments_losesNoAcknowledgedInteraction() throws Exception {
        logKilledAtRandomMoments(true, Math.max(3, ROUNDS / 2));
    }

    private void logKilledAtRandomMoments(boolean encrypted, int rounds) throws Exception {
        if (!CrashNetwork.enabled()) {
            try (Orbit orbit = TestOrbit.open(dir)) {
                for (int i = 0; i < 12; i++) {
                    Circle circle = Circle.values()[i % Circle.values().length];
                    orbit.contacts().create(person("Crash" + i, "Test").circle(circle)
                            .knownSince(TestOrbit.TODAY.minusDays(300 + i * 7)).build());
                }
            }
        }
        if (encrypted && !CrashNetwork.enabled()) {
            TestOrbit.encrypt(dir);
        }
        Random random = new Random(SEED);
        List<Ack> acked = new ArrayList<>();
        int total = 0;
        int killedBeforeReady = 0;
        for (int round = 0; round < rounds; round++) {
            if (CrashNetwork.enabled()) {
                startRound();
                acked.clear();
                if (encrypted) {
                    TestOrbit.encrypt(dir);
                }
            }
            // One round in four (encrypted: in three) is killed during start-up (deriving the key, opening,
            // locking, migrating), the rest mid-writes.
            boolean afterReady = encrypted ? round % 3 != 1 : round % 4 != 3;
            // Encrypted, longer: every commit goes through AES, and a loaded machine acknowledged nothing in 420 ms.
            // On the full network the child first loads 30,000 summaries: kills up to 4 s after READY reach its logs.
            int window = CrashNetwork.enabled() ? 4000 : encrypted ? 1000 : 400;
            long delay = afterReady ? (encrypted ? 200 : 20) + random.nextInt(window)
                    : random.nextInt(CrashNetwork.enabled() ? 3000 : encrypted ? 2500 : 1200);
            CrashHarness.Run run = CrashHarness.runAndKill(dir, "log", random.nextLong(), delay, afterReady);
            List<Ack> now = run.acknowledged().stream().filter(l -> l.startsWith("ACK ")).map(Ack::parse).toList();
            acked.addAll(now);
            total += now.size();
            if (!run.reachedReady()) {
                killedBeforeReady++;
            }
            checkAfterCrash(acked);
            roundDone("log", round + 1, "acknowledged=" + total + " lost=0 killed during start-up=" + killedBeforeReady);
        }
        String figures = String.format("crash/log%s: rounds=%d writes acknowledged=%d lost=0 killed during "
                + "start-up=%d%s", encrypted ? " (encrypted)" : "", rounds, total, killedBeforeReady, network());
        LOG.warn(figures);
        System.out.println(figures);
        assertThat(total).as("the child acknowledged writes").isPositive();
        assertThat(Orbit.encrypted(dir)).as("still encrypted after the kills").isEqualTo(encrypted);
    }

    /**
     * Kills a child that compacts the file (a new file, synced, renamed over the old one) between
     * every two logged interactions: the database must open whole, with every acknowledged
     * interaction, and no unfinished copy may outlive the next open.
     */
    @Test
    void compact_killedAtRandomMoments_leavesAWholeFileWithEveryAcknowledgedWrite() throws Exception {
        if (!CrashNetwork.enabled()) {
            fillForCompaction();
        }
        Random random = new Random(SEED + 3);
        int rounds = Math.max(3, ROUNDS / 4);
        List<Ack> acked = new ArrayList<>();
        int total = 0;
        int compactions = 0;
        int killedMidCopy = 0;
        // A compaction of the full network takes seconds: the kills spread over that much.
        int spread = CrashNetwork.enabled() ? 15_000 : 1500;
        for (int round = 0; round < rounds; round++) {
            if (CrashNetwork.enabled()) {
                startRound();
                acked.clear();
            }
            // The first round runs long enough for whole compactions, however loaded the machine is.
            long delay = round == 0 ? Math.max(4000, spread) : 20 + random.nextInt(spread);
            CrashHarness.Run run = CrashHarness.runAndKill(dir, "compact", random.nextLong(), delay, true);
            List<Ack> now = run.acknowledged().stream().filter(l -> l.startsWith("ACK ")).map(Ack::parse).toList();
            acked.addAll(now);
            total += now.size();
            compactions += (int) run.acknowledged().stream().filter(l -> l.startsWith("COMPACTED")).count();
            if (Files.exists(dir.resolve("orbit.mv.db.compact.part"))) {
                killedMidCopy++;
            }
            checkAfterCrash(acked);
            assertThat(dir.resolve("orbit.mv.db.compact.part")).as("unfinished copy removed at open").doesNotExist();
            roundDone("compact", round + 1, "compactions=" + compactions + " mid-copy=" + killedMidCopy
                    + " acknowledged=" + total + " lost=0");
        }
        String figures = String.format("crash/compact: rounds=%d compactions acknowledged=%d killed with a copy "
                + "half-written=%d writes acknowledged=%d lost=0%s", rounds, compactions, killedMidCopy, total,
                network());
        LOG.warn(figures);
        System.out.println(figures);
        assertThat(compactions).as("the child completed compactions").isPositive();
    }

    private void fillForCompaction() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(orbit.contacts().create(person("Compact" + i, "Test")
                        .knownSince(TestOrbit.TODAY.minusDays(500)).build()).id());
            }
            // Some volume, so that a compaction lasts long enough for kills to land in it.
            for (int i = 0; i < 400; i++) {
                orbit.interactions().log(Interaction.of(TestOrbit.TODAY.minusDays(400 + i % 50), InteractionKind.CALL,
                        List.of(ids.get(i % ids.size())), "Seed " + i, "s".repeat(2000), Exchange.NONE, null));
            }
        }
    }

    @Test
    void import_killedAtRandomMoments_isAllThereOrNoneOfIt() throws Exception {
        ImportKills kills = killImports(false);
        assertThat(kills.imports()).as("the child completed imports").isPositive();
    }

    /**
     * Every import whose apply returned is there after the kill. It failed in 61 of 150 rounds
     * until H2 was made to write at the end of its file (Database.appendOnly; docs/reliability.md).
     */
    @Test
    void import_killedAtRandomMoments_losesNoAcknowledgedImport() throws Exception {
        killImports(true);
    }

    /**
     * An import into an empty Orbit is written into a new file swapped in at its end
     * (Database.fill): killed at any moment, the Orbit opens empty or with the whole import, and
     * with it once acknowledged; the unfinished copy is gone and every row reads back intact.
     */
    @Test
    void fill_killedAtRandomMoments_opensEmptyOrWithTheWholeImport() throws Exception {
        Random random = new Random(SEED + 7);
        int rounds = Math.max(2, ROUNDS / 2);
        int empty = 0;
        int whole = 0;
        for (int round = 0; round < rounds; round++) {
            if (java.nio.file.Files.exists(dir)) {
                try (var all = java.nio.file.Files.walk(dir)) {
                    for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        java.nio.file.Files.delete(p);
                    }
                }
            }
            java.nio.file.Files.createDirectories(dir);
            // The first round runs long enough for the import to be acknowledged, whatever the load.
            long delay = round == 0 ? 20_000 : random.nextInt(2500);
            CrashHarness.Run run = CrashHarness.runAndKill(dir, "fill", random.nextLong(), delay, true);
            boolean acked = !run.acknowledged().isEmpty();
            try (Orbit orbit = TestOrbit.open(dir)) {
                long count = orbit.contacts().count();
                assertThat(count).as("none or all of the import").isIn(0L, (long) CrashChild.FILL_ROWS);
                if (acked) {
                    assertThat(count).as("the acknowledged import").isEqualTo(CrashChild.FILL_ROWS);
                }
                orbit.verify(); // Throws on a row that does not read back as written.
                assertThat(java.nio.file.Files.exists(dir.resolve(app.orbit.store.Database.FILLING))).isFalse();
                if (count == 0) {
                    empty++;
                } else {
                    whole++;
                }
            }
            roundDone("fill", round + 1, "empty=" + empty + " whole=" + whole + " partial=0");
        }
        String figures = String.format("crash/fill: rounds=%d opened empty=%d with the whole import=%d (%d people) "
                + "partial=0", rounds, empty, whole, CrashChild.FILL_ROWS);
        LOG.warn(figures);
        System.out.println(figures);
        assertThat(whole).as("at least the first round's import").isPositive();
    }

    /** What a run of import kills saw; partial imports always fail it, lost acknowledged ones when asked. */
    private record ImportKills(long imports, int lostRounds) {
    }

    private ImportKills killImports(boolean noneLost) throws Exception {
        if (!CrashNetwork.enabled()) {
            TestOrbit.open(dir).close();
        }
        Random random = new Random(SEED + 2);
        int rounds = Math.max(2, ROUNDS / 2);
        long imports = 0;
        long acknowledged = 0;
        int inFlightCommitted = 0;
        int lostRounds = 0;
        long before = 0;
        for (int round = 0; round < rounds; round++) {
            if (CrashNetwork.enabled()) {
                startRound();
                before = CrashNetwork.SIZE;
            }
            // The first round runs long enough for whole imports to be acknowledged, whatever the machine's load.
            long delay = round == 0 ? 4000 : random.nextInt(2500);
            CrashHarness.Run run = CrashHarness.runAndKill(dir, "import", random.nextLong(), delay, true);
            long acked = run.acknowledged().size();
            acknowledged += acked;
            run.acknowledged().forEach(l -> assertThat(l).isEqualTo("IMPORT " + CrashChild.IMPORT_ROWS));
            try (Orbit orbit = TestOrbit.open(dir)) {
                long added = orbit.contacts().count() - before;
                // Whole imports only, never a part of one.
                assertThat(added % CrashChild.IMPORT_ROWS).as("contacts of a half import").isZero();
                long whole = added / CrashChild.IMPORT_ROWS;
                assertThat(whole).as("at most the acknowledged imports and the one in flight").isLessThanOrEqualTo(acked + 1);
                if (whole < acked) {
                    lostRounds++;
                }
                if (noneLost) {
                    assertThat(whole).as("acknowledged imports all there").isGreaterThanOrEqualTo(acked);
                }
                inFlightCommitted += (int) Math.max(0, whole - acked);
                before += added;
                imports += whole;
            }
            roundDone("import", round + 1, "acknowledged=" + acknowledged + " whole=" + imports
                    + " lost rounds=" + lostRounds + " partial=0");
        }
        String figures = String.format("crash/import: rounds=%d imports acknowledged=%d whole imports=%d (%d rows "
                + "each; %d committed just before the kill, unacknowledged) partial imports=0 rounds that lost "
                + "acknowledged imports=%d%s", rounds, acknowledged, imports, CrashChild.IMPORT_ROWS, inFlightCommitted,
                lostRounds, network());
        LOG.warn(figures);
        System.out.println(figures);
        return new ImportKills(imports, lostRounds);
    }

    private static boolean exists(Orbit orbit, long id) {
        try {
            orbit.interactions().get(id);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Test
    void backup_killedAtRandomMoments_leavesTheDatabaseWholeAndNoHalfBackup() throws Exception {
        long contacts = CrashNetwork.enabled() ? CrashNetwork.SIZE : 40;
        if (!CrashNetwork.enabled()) {
            fillForBackups();
        }
        Random random = new Random(SEED + 1);
        int rounds = Math.max(3, ROUNDS / 2);
        int backupsAcked = 0;
        // A verified backup of the full network takes 20 s and more on a loaded machine: the kills spread over that.
        int spread = CrashNetwork.enabled() ? 90_000 : 1500;
        for (int round = 0; round < rounds; round++) {
            startRound();
            // A backup is verified (extracted, opened, read whole) before it is renamed: kills up to 1.5 s
            // land in all its steps; the first round lets some finish however loaded the machine is.
            int killAfter = random.nextInt(spread);
            CrashHarness.Run run = CrashHarness.runAndKill(dir, "backup", random.nextLong(),
                    round == 0 ? Math.max(4000, 2L * spread) : killAfter, true);
            backupsAcked += run.acknowledged().size();
            try (Orbit orbit = TestOrbit.open(dir)) {
                assertThat(orbit.contacts().count()).isEqualTo(contacts);
                if (!CrashNetwork.enabled()) {
                    assertThat(orbit.interactions().timeline(orbit.contacts().search("Backup7", true, 1).get(0).id()))
                            .singleElement().satisfies(i -> assertThat(i.notes()).hasSize(3000));
                }
                // Leftovers of the killed backup are gone; every backup listed is whole.
                try (var files = Files.list(BackupFiles.folder(dir))) {
                    assertThat(files.map(f -> f.getFileName().toString()))
                            .allMatch(n -> n.endsWith(".zip") || n.endsWith(".zip.check"));
                }
                for (var b : orbit.backups().list()) {
                    try (var zip = new ZipFile(BackupFiles.folder(dir)
                            .resolve(b.fileName()).toFile())) {
                        assertThat(zip.getEntry("orbit.mv.db")).isNotNull();
                    }
                }
            }
            roundDone("backup", round + 1, "backups acknowledged=" + backupsAcked + " unreadable=0");
        }
        // The newest surviving backup restores to the same data.
        var latest = Orbit.latestBackup(dir).orElseThrow();
        Orbit.offline(dir, TestOrbit.clockAt(TestOrbit.TODAY), s -> s.restore(latest));
        try (Orbit orbit = TestOrbit.open(dir)) {
            assertThat(orbit.contacts().count()).isEqualTo(contacts);
        }
        String figures = String.format("crash/backup: rounds=%d backups acknowledged=%d database unreadable=0%s",
                rounds, backupsAcked, network());
        LOG.warn(figures);
        System.out.println(figures);
        assertThat(backupsAcked).as("the child finished backups").isPositive();
    }

    private void fillForBackups() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            for (int i = 0; i < 40; i++) {
                var c = orbit.contacts().create(person("Backup" + i, "Test").notes("x".repeat(2000)).build());
                orbit.interactions().log(Interaction.of(TestOrbit.TODAY.minusDays(i), InteractionKind.CALL,
                        List.of(c.id()), "Call " + i, "n".repeat(3000), Exchange.GAVE, null));
            }
        }
    }

    /** Interactions in the database, and those a restoring child logged (summary "Restore round …"). */
    private long count(Orbit orbit, String where) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(orbit.dataDirectory()), "orbit", "");
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM interaction" + where)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Kills a child that logs one interaction and then restores a backup, again and again: after
     * each kill the database is the one before the restore or the restored one, each whole (every
     * interaction of the backup there, at most the one logged since), an acknowledged restore never
     * undone; no staging copy survives the next open. An interaction logged after the last
     * acknowledged restore may be gone: the next restore, in flight at the kill, may have swapped
     * the file (that restore's own backup of the database holds it).
     */
    @Test
    void restore_killedAtRandomMoments_leavesTheOldOrTheRestoredDatabaseWhole() throws Exception {
        long contacts = CrashNetwork.enabled() ? CrashNetwork.SIZE : 40;
        if (!CrashNetwork.enabled()) {
            fillForBackups();
        }
        Random random = new Random(SEED + 4);
        int rounds = Math.max(2, ROUNDS / 2);
        // A restore of the full network (extract, read whole, keep the old file, swap, reopen) takes
        // 30 s and more on a loaded machine: the first round lets whole ones finish.
        int spread = CrashNetwork.enabled() ? 90_000 : 3000;
        int restores = 0;
        int logs = 0;
        int oldState = 0;
        // The network's copy holds its one backup; the small database's is taken now (and counts as today's).
        startRound();
        String backup;
        try (Orbit orbit = TestOrbit.open(dir)) {
            backup = orbit.backups().latest().map(b -> b.fileName())
                    .orElseGet(() -> orbit.backups().backupNow().fileName());
        }
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                startRound();
            }
            long inBackup;
            try (Orbit orbit = TestOrbit.open(dir)) {
                // The database before each round is the backup and at most one interaction logged since.
                inBackup = count(orbit, "") - count(orbit, " WHERE summary LIKE 'Restore round %'");
            }
            long delay = round == 0 ? Math.max(6000, 2L * spread) : random.nextInt(spread);
            CrashHarness.Run run = CrashHarness.runAndKill(dir, "restore", random.nextLong(), delay, true,
                    List.of(backup));
            List<String> lines = run.acknowledged();
            int lastRestore = lines.lastIndexOf("RESTORED");
            restores += (int) lines.stream().filter(l -> l.equals("RESTORED")).count();
            logs += (int) lines.stream().filter(l -> l.startsWith("ACK ")).count();
            List<String> ackedSince = lines.subList(lastRestore + 1, lines.size()).stream()
                    .filter(l -> l.startsWith("ACK ")).map(l -> l.split(" ")[4]).toList();
            List<String> ackedBefore = lines.subList(0, Math.max(0, lastRestore)).stream()
                    .filter(l -> l.startsWith("ACK ")).map(l -> l.split(" ")[4]).toList();
            try (Orbit orbit = TestOrbit.open(dir)) {
                assertThat(orbit.contacts().count()).isEqualTo(contacts);
                long logged = count(orbit, " WHERE summary LIKE 'Restore round %'");
                assertThat(count(orbit, "") - logged).as("the backup's interactions, all there").isEqualTo(inBackup);
                assertThat(logged).as("at most the one logged since the last restore").isLessThanOrEqualTo(1);
                // The interaction acknowledged after the last restore is followed at once by the next
                // restore: there, or gone with that restore's swap; never another one.
                if (logged == 1) {
                    assertThat(ackedBefore.stream().mapToLong(token -> {
                        try {
                            return count(orbit, " WHERE summary = 'Restore round " + token + "'");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    }).sum()).as("an interaction from before the last acknowledged restore").isZero();
                }
                for (String token : ackedBefore) {
                    assertThat(count(orbit, " WHERE summary = 'Restore round " + token + "'"))
                            .as("an acknowledged restore undone").isZero();
                }
                if (logged == 0 && !ackedSince.isEmpty()) {
                    oldState++;
                }
                assertThat(dir.resolve("restore.part")).as("staging copy removed at open").doesNotExist();
                for (var b : orbit.backups().list()) {
                    try (var zip = new ZipFile(BackupFiles.folder(dir).resolve(b.fileName()).toFile())) {
                        assertThat(zip.getEntry("orbit.mv.db")).isNotNull();
                    }
                }
            }
            roundDone("restore", round + 1, "restores acknowledged=" + restores + " logs acknowledged=" + logs
                    + " lost=0");
        }
        String figures = String.format("crash/restore: rounds=%d restores acknowledged=%d logs acknowledged=%d "
                + "taken away by a restore in flight=%d restores undone=0 half-restored=0%s", rounds, restores, logs, oldState,
                network());
        LOG.warn(figures);
        System.out.println(figures);
        assertThat(restores).as("the child finished restores").isPositive();
    }

    /** A sum of hashes over what every schema version since V9 holds of contacts and interactions. */
    private static long fingerprint(Path dataDir) throws SQLException {
        try (Connection c = DriverManager.getConnection(Database.url(dataDir), "orbit", "");
             Statement st = c.createStatement()) {
            long sum = 0;
            for (String q : List.of(
                    "SELECT COUNT(*), SUM(ORA_HASH(CONCAT_WS('|', id, first_name, last_name, organisation, circle))) FROM contact",
                    "SELECT COUNT(*), SUM(ORA_HASH(CONCAT_WS('|', id, occurred_on, kind, summary, notes))) FROM interaction",
                    "SELECT COUNT(*), SUM(ORA_HASH(CONCAT_WS('|', interaction_id, contact_id, position))) "
                            + "FROM interaction_participant",
                    "SELECT COUNT(*), SUM(ORA_HASH(CONCAT_WS('|', contact_id, email))) FROM contact_email",
                    "SELECT COUNT(*), SUM(ORA_HASH(CONCAT_WS('|', contact_id, tag))) FROM contact_tag")) {
                try (ResultSet rs = st.executeQuery(q)) {
                    rs.next();
                    sum = sum * 31 + rs.getLong(1) * 1_000_003L + rs.getLong(2);
                }
            }
            return sum;
        }
    }

    /**
     * Kills a child opening a database at the schema version before the newest, while Flyway
     * migrates it (and the backup taken before): the file must then be at the old version or the
     * new one, never a failed migration, and open with this Orbit at the newest version with every
     * contact and interaction as they were.
     */
    @Test
    void migrate_killedAtRandomMoments_opensAtTheOldOrNewVersionWithEverything() throws Exception {
        int size = CrashNetwork.enabled() ? CrashNetwork.SIZE : 300;
        Path older = CrashNetwork.older(size);
        long expected = fingerprint(older);
        String previous = CrashNetwork.previousVersion();
        String newest = CrashNetwork.newestVersion();
        Random random = new Random(SEED + 5);
        int rounds = Math.max(2, ROUNDS / 2);
        long opening = 0;
        Map<String, Integer> found = new java.util.TreeMap<>();
        for (int round = 0; round < rounds; round++) {
            CrashNetwork.copy(older, dir);
            long t0 = System.nanoTime();
            // The first round migrates whole and times it; the others are killed within that time.
            CrashHarness.Run run = round == 0
                    ? CrashHarness.runAndKill(dir, "migrate", random.nextLong(), 0, true)
                    : CrashHarness.runAndKill(dir, "migrate", random.nextLong(),
                            random.nextInt((int) Math.max(200, opening * 6 / 5)), false);
            if (round == 0) {
                opening = (System.nanoTime() - t0) / 1_000_000;
                assertThat(run.reachedReady()).as("the first round migrated").isTrue();
            }
            String version = Files.exists(Database.databaseFile(dir)) ? CrashNetwork.appliedVersion(dir) : "no file";
            found.merge(version, 1, Integer::sum);
            assertThat(version).as("schema version after the kill").isIn(previous, newest);
            try (Orbit orbit = TestOrbit.open(dir)) {
                assertThat(orbit.contacts().count()).isEqualTo(size);
            }
            assertThat(CrashNetwork.appliedVersion(dir)).isEqualTo(newest);
            assertThat(fingerprint(dir)).as("contacts and interactions after the migration").isEqualTo(expected);
            roundDone("migrate", round + 1, "versions found after the kill=" + found + " failed=0 lost=0");
        }
        String figures = String.format("crash/migrate: rounds=%d from V%s to V%s, versions found after the kill=%s "
                + "(a whole migration took %d ms from the JVM's start) failed=0 lost=0 contacts=%d", rounds, previous,
                newest, found, opening, size);
        LOG.warn(figures);
        System.out.println(figures);
    }

    private void checkAfterCrash(List<Ack> acked) {
        try (Orbit orbit = TestOrbit.open(dir)) {
            List<Long> lost = acked.stream()
                    .filter(a -> !exists(orbit, a.id()))
                    .map(Ack::id).toList();
            assertThat(lost).as("acknowledged interactions lost").isEmpty();
            for (Ack a : acked) {
                Interaction in = orbit.interactions().get(a.id());
                assertThat(in.date()).as("date of interaction %d", a.id()).isEqualTo(a.date());
                assertThat(in.participantIds()).as("participants of interaction %d", a.id())
                        .containsExactlyElementsOf(a.participants());
            }
            Map<Long, LocalDate> latestAcked = new HashMap<>();
            for (Ack a : acked) {
                a.participants().forEach(p -> latestAcked.merge(p, a.date(), (x, y) -> x.isAfter(y) ? x : y));
            }
            // On the full network, the contacts the acknowledged writes touched (30,000 timelines take minutes).
            List<Long> check = CrashNetwork.enabled() ? List.copyOf(latestAcked.keySet())
                    : orbit.contacts().search("", true, 10_000).stream().map(ContactSummary::id).toList();
            for (Long id : check) {
                Contact c = orbit.contacts().get(id);
                List<Interaction> timeline = orbit.interactions().timeline(c.id());
                LocalDate expected = timeline.isEmpty() || timeline.get(0).date().isBefore(c.knownSince())
                        ? c.knownSince() : timeline.get(0).date();
                assertThat(c.lastTouch()).as("last touch of contact %d", c.id()).isEqualTo(expected);
                LocalDate latest = latestAcked.get(c.id());
                if (latest != null) {
                    assertThat(c.lastTouch()).isAfterOrEqualTo(latest);
                }
            }
        }
    }
}
