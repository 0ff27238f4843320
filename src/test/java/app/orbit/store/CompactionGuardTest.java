package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only or damaged database is never rewritten by a compaction, asked for or at close. */
class CompactionGuardTest {

    @TempDir
    Path dir;

    /** Each put is its own commit: H2 writes a chunk for each, and the old ones become garbage. */
    private static void write(Database db, int from, int count) {
        JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
        for (int i = from; i < from + count; i++) {
            settings.put("key" + (i % 50), "value " + i + " " + "x".repeat(200));
        }
    }

    @Test
    void compactNow_readOnlyDatabase_leavesTheFileByteForByte() throws Exception {
        try (Database db = Database.open(dir)) {
            write(db, 0, 60);
        }
        byte[] before = Files.readAllBytes(Database.databaseFile(dir));

        try (Database db = Database.open(dir, Database.Migrations.NONE, true)) {
            assertThat(db.compactNow()).isFalse();
            assertThat(db.compactIfWasteful()).isFalse();
            assertThat(new JdbcSettingsRepository(db).get("key9")).hasValue("value 59 " + "x".repeat(200));
        }

        assertThat(Files.readAllBytes(Database.databaseFile(dir))).isEqualTo(before);
        assertThat(Compaction.part(Database.databaseFile(dir))).doesNotExist();
    }

    @Test
    void close_damageFound_doesNotCompactTheWastefulFile() throws Exception {
        Path file = Database.databaseFile(dir);
        Database db = Database.open(dir);
        long afterDamage;
        try {
            // Fewer than the 20 commits between two checks, each rewriting 600 KB: garbage, no compaction yet.
            JdbcSettingsRepository settings = new JdbcSettingsRepository(db);
            for (int commit = 0; commit < 15; commit++) {
                int c = commit;
                db.inTransaction(() -> {
                    for (int k = 0; k < 150; k++) {
                        settings.put("big" + k, c + " " + "y".repeat(3900));
                    }
                    return null;
                });
            }
            write(db, 0, 3);
            assertThat(db.fileStats().wasteful()).as("the file is mostly garbage").isTrue();

            db.damageFound(new IllegalStateException("bad row"));

            assertThat(db.damaged()).isTrue();
            afterDamage = Files.size(file);
            assertThat(db.compactNow()).isFalse();
            assertThat(Files.size(file)).isEqualTo(afterDamage);
            assertThat(settings.get("big7")).hasValue("14 " + "y".repeat(3900));
        } finally {
            db.close();
        }

        long afterClose = Files.size(file);
        // A compaction would have left well under a third of it (CompactionTest).
        assertThat(afterClose).isGreaterThanOrEqualTo(afterDamage);
        assertThat(dir.resolve(Database.DAMAGE_MARKER)).exists();
    }
}
