package app.orbit.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A client killed with SIGKILL in the middle of its writes to a shared PostgreSQL database: the
 * server keeps every interaction it acknowledged, with all its participants, and nothing of the
 * transaction the kill interrupted (no interaction without its participants).
 */
class SharedKillTest {

    private static final Logger LOG = LoggerFactory.getLogger(SharedKillTest.class);

    @TempDir
    Path local;
    private String database;
    private String address;

    @BeforeEach
    void server() throws Exception {
        database = TestPostgres.newDatabase();
        address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
        try (Orbit orbit = Orbit.openShared(address, local, TestOrbit.clockAt(TestOrbit.TODAY))) {
            for (int i = 0; i < 40; i++) {
                orbit.contacts().create(Contact.builder().firstName("Person" + i).lastName("Shared")
                        .circle(Circle.values()[i % 4]).build());
            }
        }
    }

    @AfterEach
    void drop() throws Exception {
        TestPostgres.drop(database);
    }

    @Test
    void clientKilledWhileLogging_everyAcknowledgedInteractionIsOnTheServer_andNoneIsHalfWritten() throws Exception {
        Map<Long, String> acknowledged = new HashMap<>();
        DataSource source = TestPostgres.source(database);
        int killedAlive = 0;
        int insideAnInsert = 0;
        long[] killAfter = {250, 700, 1_300};
        for (int round = 0; round < killAfter.length; round++) {
            Run run = runAndKill(round, killAfter[round]);
            acknowledged.putAll(run.acknowledged);
            if (run.aliveAtKill) {
                killedAlive++;
            }
            // The killed client's session ends on the server (its uncommitted work rolled back) once it sees the dead socket.
            awaitNoOtherSessions(source);
            if (idHandedOutButNotStored(source)) {
                insideAnInsert++;
            }
        }
        assertThat(killedAlive).as("each child was still logging when killed").isEqualTo(killAfter.length);
        assertThat(acknowledged).as("the children acknowledged some logs").isNotEmpty();
        Map<Long, String> stored = participantsById(source);
        for (Map.Entry<Long, String> ack : acknowledged.entrySet()) {
            assertThat(stored).as("acknowledged interaction %d", ack.getKey()).containsKey(ack.getKey());
            assertThat(stored.get(ack.getKey())).as("its participants").isEqualTo(ack.getValue());
        }
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM interaction i WHERE NOT EXISTS "
                     + "(SELECT 1 FROM interaction_participant p WHERE p.interaction_id = i.id)")) {
            rs.next();
            assertThat(rs.getLong(1)).as("interactions without participants").isZero();
        }
        LOG.info("Shared kill: {} rounds ({} killed inside an interaction's insert), {} acknowledged logs, {} on the "
                + "server, 0 lost, 0 half-written", killAfter.length, insideAnInsert, acknowledged.size(), stored.size());
    }

    private record Run(Map<Long, String> acknowledged, boolean aliveAtKill) {
    }

    private Run runAndKill(long seed, long killAfterMillis) throws Exception {
        CrashHarness.Run run = CrashHarness.runAndKill(SharedCrashChild.class, "-Xmx256m",
                List.of(address, Long.toString(seed)), 60, killAfterMillis);
        assertThat(run.reachedReady()).as("the child opened the shared database").isTrue();
        Map<Long, String> acked = new HashMap<>();
        for (String line : run.acknowledged()) {
            if (line.startsWith("ACK ")) {
                String[] parts = line.split(" ");
                acked.put(Long.parseLong(parts[1]), sorted(parts[2]));
            }
        }
        return new Run(acked, run.aliveAtKill());
    }

    private static String sorted(String ids) {
        TreeSet<Long> set = new TreeSet<>();
        for (String id : ids.split(",")) {
            set.add(Long.parseLong(id));
        }
        return set.toString();
    }

    private static Map<Long, String> participantsById(DataSource source) throws Exception {
        Map<Long, TreeSet<Long>> byId = new HashMap<>();
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.id, p.contact_id FROM interaction i "
                     + "LEFT JOIN interaction_participant p ON p.interaction_id = i.id")) {
            while (rs.next()) {
                TreeSet<Long> set = byId.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>());
                long contact = rs.getLong(2);
                if (!rs.wasNull()) {
                    set.add(contact);
                }
            }
        }
        Map<Long, String> out = new HashMap<>();
        byId.forEach((id, set) -> out.put(id, set.toString()));
        return out;
    }

    /** Whether the last interaction id handed out is not stored: the kill interrupted its transaction, rolled back. */
    private static boolean idHandedOutButNotStored(DataSource source) throws Exception {
        try (Connection c = source.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT last_value FROM pg_sequences WHERE sequencename = "
                     + "'interaction_id_seq'), (SELECT max(id) FROM interaction)")) {
            rs.next();
            return rs.getLong(1) > rs.getLong(2);
        }
    }

    private void awaitNoOtherSessions(DataSource source) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection c = source.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE datname = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, database);
            while (true) {
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                assertThat(System.nanoTime()).as("the killed clients' sessions ended").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }
}
