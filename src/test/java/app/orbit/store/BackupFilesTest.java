package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import app.orbit.service.Backup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup files: owner-only from their first byte, verified before they count, refused when the disk cannot hold them. */
class BackupFilesTest {

    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    @TempDir
    Path dir;

    private static String permissions(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void writeAtomically_thePartFile_isOwnerOnlyBeforeItsFirstByte() throws Exception {
        Path target = dir.resolve("orbit-20261126-100000-000-manual.zip");
        List<String> seen = new ArrayList<>();

        BackupFiles.writeAtomically(target, part -> {
            seen.add(permissions(part) + " " + Files.size(part));
            Files.writeString(part, "data");
            seen.add(permissions(part));
        }, null);

        assertThat(seen).containsExactly("rw------- 0", "rw-------");
        assertThat(permissions(target)).isEqualTo("rw-------");
        assertThat(target.resolveSibling(target.getFileName() + ".part")).doesNotExist();
    }

    @Test
    void create_h2WritingIntoThePartFile_keepsItOwnerOnlyWhileItIsWritten() throws Exception {
        List<String> seen = new ArrayList<>();
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("k", "v");
            Path target = Files.createDirectories(BackupFiles.folder(dir)).resolve("orbit-probe.zip");
            BackupFiles.writeAtomically(target, part -> db.withConnection(c -> {
                try (var ps = c.prepareStatement("BACKUP TO ?")) {
                    ps.setString(1, part.toString());
                    ps.execute();
                }
                try {
                    // Still under its .part name, written whole by H2.
                    seen.add(permissions(part) + (Files.size(part) > 0 ? " written" : " empty"));
                } catch (IOException e) {
                    throw new SQLException(e);
                }
                return null;
            }), DatabaseKey.NONE);
        }
        assertThat(seen).containsExactly("rw------- written");
    }

    @Test
    void create_ofASoundDatabase_isVerifiedWithItsRowCounts() throws Exception {
        try (Database db = Database.open(dir)) {
            new JdbcSettingsRepository(db).put("k", "v");
            Backup b = BackupFiles.online(db).create(Backup.Kind.MANUAL, AT);

            assertThat(b.verified()).isTrue();
            Path check = BackupFiles.checkFile(BackupFiles.folder(dir).resolve(b.fileName()));
            assertThat(Files.readString(check)).startsWith("verified ").contains("setting=1", "contact=0");
            assertThat(permissions(check)).isEqualTo("rw-------");
            assertThat(BackupFiles.listIn(dir)).singleElement().extracting(Backup::verified).isEqualTo(true);
        }
    }

    @Test
    void create_withLessFreeSpaceThanItNeeds_isRefusedSayingHowMuch() throws Exception {
        try (Database db = Database.open(dir)) {
            long size = Files.size(Database.databaseFile(dir));
            BackupFiles nearlyFull = BackupFiles.online(db, place -> 1_000L);

            assertThatThrownBy(() -> nearlyFull.create(Backup.Kind.MANUAL, AT))
                    .isInstanceOfSatisfying(OrbitException.class, e -> {
                        assertThat(e.key()).isEqualTo("backup.diskFull");
                        assertThat(e.args()).containsExactly(BackupFiles.folder(dir).toAbsolutePath(),
                                Database.megabytes(2 * size), 0.0);
                    });
            assertThat(BackupFiles.listIn(dir)).isEmpty();
            try (var left = Files.list(BackupFiles.folder(dir))) {
                assertThat(left).isEmpty();
            }
        }
    }

    @Test
    void inTransaction_diskFullUnderH2_saysTheDiskIsFullAndHowMuchIsFree() {
        try (Database db = Database.open(dir)) {
            // What H2 throws when its write fails for want of space (ErrorCode.IO_EXCEPTION_1).
            SQLException full = new SQLException("IO Exception", "90028", 90028,
                    new IOException("No space left on device"));

            assertThatThrownBy(() -> db.inTransaction(() -> {
                throw new StoreException(full);
            })).isInstanceOfSatisfying(OrbitException.class, e -> {
                assertThat(e.key()).isEqualTo("error.diskFull");
                assertThat(e.args()[0]).isEqualTo(dir.toAbsolutePath());
                assertThat((double) e.args()[2]).isGreaterThanOrEqualTo(20.0);
            });
            assertThat(db.damaged()).isFalse();
        }
    }

    @Test
    void removeLeftovers_aSideFileWithoutItsBackup_isRemoved() throws Exception {
        Path folder = Files.createDirectories(BackupFiles.folder(dir));
        Path orphan = folder.resolve("orbit-20261126-100000-000-daily.zip.check");
        Files.writeString(orphan, "verified");
        Path verifying = Files.createDirectories(folder.resolve("verify.part"));
        Files.writeString(verifying.resolve("orbit.mv.db"), "x");

        BackupFiles.removeLeftovers(dir);

        assertThat(orphan).doesNotExist();
        assertThat(verifying).doesNotExist();
    }
}
