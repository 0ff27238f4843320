package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntegrityTest {

    @TempDir
    Path dir;

    @Test
    void isCutShort_aQueryOnADatabaseShutDownUnderIt_isCutShortNotDamage() throws Exception {
        // What a backup's verification meets when the window quits under it: H2 closes the database.
        String url = "jdbc:h2:file:" + dir.resolve("copy").toAbsolutePath() + ";TRACE_LEVEL_FILE=0";
        try (Connection reading = DriverManager.getConnection(url, "orbit", "");
             Connection closing = DriverManager.getConnection(url, "orbit", "")) {
            try (Statement st = reading.createStatement()) {
                st.execute("CREATE TABLE t(id INT)");
            }
            try (Statement st = closing.createStatement()) {
                st.execute("SHUTDOWN");
            }
            SQLException cut = catchThrowableOfType(SQLException.class,
                    () -> reading.createStatement().executeQuery("SELECT * FROM t"));

            assertThat((Throwable) cut).isNotNull();
            assertThat(Integrity.isCutShort(cut)).as("error %d", cut.getErrorCode()).isTrue();
            assertThat(Integrity.isDamage(cut)).isFalse();
        }
    }

    @Test
    void isCutShort_damage_isNot() {
        SQLException corrupted = new SQLException("corrupted", "XX000", org.h2.api.ErrorCode.FILE_CORRUPTED_1,
                new SQLException("closed", "90098", org.h2.api.ErrorCode.DATABASE_IS_CLOSED));

        assertThat(Integrity.isDamage(corrupted)).isTrue();
        assertThat(Integrity.isCutShort(corrupted)).isFalse();
    }
}
