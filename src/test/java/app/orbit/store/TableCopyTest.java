package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.OrbitException;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `orbit migrate-to`'s copy: an H2 network into an empty PostgreSQL database, and back, whole. */
class TableCopyTest {

    @TempDir
    Path dir;
    @TempDir
    Path back;
    private String pgName;
    private PostgresStore pg;

    @BeforeEach
    void network() throws Exception {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.sampleNetwork().load();
            orbit.planner().thisWeek();
        }
        pgName = TestPostgres.newDatabase();
        pg = PostgresStore.open(TestPostgres.source(pgName));
    }

    @AfterEach
    void drop() throws Exception {
        TestPostgres.drop(pgName);
    }

    @Test
    void copy_h2ToPostgresAndBack_keepsEveryRowAndEveryContactAsItWas() {
        Map<String, Long> there;
        Map<String, Long> again;
        try (Database h2 = Database.open(dir); Database h2Back = Database.open(back)) {
            there = TableCopy.copy(h2, pg);
            again = TableCopy.copy(pg, h2Back);

            JdbcContactRepository original = new JdbcContactRepository(h2);
            JdbcContactRepository onPostgres = new JdbcContactRepository(pg);
            JdbcContactRepository backOnH2 = new JdbcContactRepository(h2Back);
            List<Contact> all = original.page(0, 10_000);
            assertThat(onPostgres.page(0, 10_000)).isEqualTo(all);
            assertThat(backOnH2.page(0, 10_000)).isEqualTo(all);
            for (Contact c : all) {
                assertThat(new JdbcInteractionRepository(pg).forContact(c.id(), 100))
                        .isEqualTo(new JdbcInteractionRepository(h2).forContact(c.id(), 100));
            }
            // H2 computed the copy's row check values itself: they verify.
            assertThat(h2Back.verify().intact()).isTrue();
        }

        assertThat(there.get("contact")).isGreaterThan(10);
        assertThat(there.get("interaction")).isGreaterThan(10);
        assertThat(there.get("plan_entry")).isPositive();
        assertThat(again).isEqualTo(there);
    }

    @Test
    void copy_thenANewContact_getsAnIdAfterTheCopiedOnes() {
        long max;
        try (Database h2 = Database.open(dir)) {
            TableCopy.copy(h2, pg);
            max = new JdbcContactRepository(h2).page(0, 10_000).stream().mapToLong(Contact::id).max().orElseThrow();
        }
        Instant now = Instant.parse("2026-11-26T10:00:00Z");

        Contact added = new JdbcContactRepository(pg).insert(Contact.builder().firstName("Nina").circle(Circle.CLOSE)
                .knownSince(TestOrbit.TODAY).createdAt(now).updatedAt(now).build());

        assertThat(added.id()).isGreaterThan(max);
    }

    @Test
    void copy_intoADatabaseWithRows_isRefusedAndWritesNothing() {
        try (Database h2 = Database.open(dir)) {
            TableCopy.copy(h2, pg);
            long contacts = new JdbcContactRepository(pg).count();

            assertThatThrownBy(() -> TableCopy.copy(h2, pg)).isInstanceOf(OrbitException.class)
                    .extracting(e -> ((OrbitException) e).key()).isEqualTo("migrateTo.notEmpty");
            assertThat(new JdbcContactRepository(pg).count()).isEqualTo(contacts);
        }
    }
}
