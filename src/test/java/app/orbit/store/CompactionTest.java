package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

    @TempDir
    Path dir;

    /** What a SIGKILL does to the compaction: it stops, and nothing of it cleans up. */
    private static final class Killed extends Error {
        Killed(Compaction.Step step) {
            super("killed after " + step);
        }
    }

    /** Each put is its own commit: H2 writes a chunk for each, and the old ones become garbage. */
    private static void write(Database db, int from, int count) {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        for (int i = from; i < from + count; i++) {
            settings.put("key" + (i % 50), "value " + i + " " + "x".repeat(200));
        }
    }

    private static void assertHoldsTheLastWrites(Database db, int upTo) {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        for (int i = upTo - 50; i < upTo; i++) {
            assertThat(settings.get("key" + (i % 50))).hasValue("value " + i + " " + "x".repeat(200));
        }
    }

    private Path file() {
        return Database.databaseFile(dir);
    }

    @Test
    void compact_fileMostlyGarbage_shrinksItAndKeepsEveryRow() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 300);
            assertThat(db.fileStats().ratio()).as("file size over live data").isGreaterThan(3);
        }
        long before = Files.size(file());

        Compaction.compact(file());

        long after = Files.size(file());
        assertThat(after).isLessThan(before / 3);
        try (Database db = Database.open(dir)) {
            assertHoldsTheLastWrites(db, 300);
            assertThat(db.fileStats().ratio()).isLessThan(Compaction.MAX_RATIO);
            write(db, 300, 10);
            assertHoldsTheLastWrites(db, 310);
        }
    }

    @Test
    void compact_killedAfterEachStep_leavesTheOldOrTheNewFileWhole() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 300);
        }
        Path pristine = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-pristine"));
        Files.copy(file(), pristine.resolve("orbit.mv.db"));
        byte[] old = Files.readAllBytes(file());
        for (Compaction.Step step : Compaction.Step.values()) {
            Files.copy(pristine.resolve("orbit.mv.db"), file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(() -> Compaction.compact(file(), s -> {
                if (s == step) {
                    throw new Killed(s);
                }
            })).isInstanceOf(Killed.class);

            boolean swapped = step == Compaction.Step.SWAPPED;
            assertThat(Files.exists(Compaction.part(file()))).as("copy left by a kill after %s", step)
                    .isEqualTo(!swapped);
            if (!swapped) {
                assertThat(Arrays.equals(Files.readAllBytes(file()), old)).as("old file untouched").isTrue();
            } else {
                assertThat(Files.size(file())).as("the new file in place").isLessThan(old.length / 3);
            }
            try (Database db = Database.open(dir)) {
                assertThat(Files.exists(Compaction.part(file()))).as("leftover removed at open").isFalse();
                assertHoldsTheLastWrites(db, 300);
            }
        }
    }

    @Test
    void close_fileOverItsThreshold_compactsAtClose() throws Exception {
        long grown;
        try (Database db = Database.open(dir)) {
            JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
            // Fewer commits than Database's periodic look at the garbage: only the close compacts.
            for (int round = 0; round < 60 && Files.size(file()) < Compaction.MIN_FILE_BYTES + (1 << 20); round++) {
                String value = round + "y".repeat(3900);
                db.inTransaction(() -> {
                    for (int k = 0; k < 100; k++) {
                        settings.put("big" + k, value);
                    }
                });
            }
            grown = Files.size(file());
            assertThat(grown).isGreaterThan(Compaction.MIN_FILE_BYTES);
        }

        assertThat(Files.size(file())).isLessThan(grown / 4);
        try (Database db = Database.open(dir)) {
            assertThat(new JdbcSettingsRepository(db).get("big99")).get().asString().endsWith("y");
        }
    }

    @Test
    void compactNow_onAnOpenDatabase_keepsItUsableAndWritingAtTheEndOfTheFile() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 300);
            long before = Files.size(file());

            assertThat(db.compactNow()).isTrue();

            assertThat(Files.size(file())).isLessThan(before / 3);
            assertHoldsTheLastWrites(db, 300);
            write(db, 300, 20);
            assertHoldsTheLastWrites(db, 320);
            try (Connection c = db.connection()) {
                var session = (org.h2.engine.SessionLocal) c.unwrap(org.h2.jdbc.JdbcConnection.class).getSession();
                assertThat(session.getDatabase().getStore().getMvStore().isSpaceReused()).isFalse();
            }
        }
    }

    @Test
    void compactIfWasteful_insideATransaction_doesNothing() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 300);
            long before = Files.size(file());

            boolean compacted = db.inTransaction(db::compactIfWasteful);

            assertThat(compacted).isFalse();
            assertThat(Files.size(file())).isGreaterThanOrEqualTo(before);
        }
    }
}
