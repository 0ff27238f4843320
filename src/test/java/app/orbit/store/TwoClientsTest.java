package app.orbit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.EditConflictException;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.WeekPlan;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two Orbit clients on one PostgreSQL database (two stores, each with its own connections, as two
 * computers would have): an edit made from an older version is refused, concurrent logs all land,
 * one week gets one plan.
 */
class TwoClientsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private String database;
    private PostgresStore first;
    private PostgresStore second;

    @BeforeEach
    void open() throws Exception {
        database = TestPostgres.newDatabase();
        first = PostgresStore.open(TestPostgres.source(database));
        second = PostgresStore.open(TestPostgres.source(database));
    }

    @AfterEach
    void drop() throws Exception {
        TestPostgres.drop(database);
    }

    private static Contact person(String first) {
        return Contact.builder().firstName(first).circle(Circle.CLOSE).knownSince(TestOrbit.TODAY.minusDays(100))
                .createdAt(NOW).updatedAt(NOW).build();
    }

    @Test
    void bothEditTheSameContact_theSecondSaveIsToldAndNothingIsLost() {
        JdbcContactRepository here = new JdbcContactRepository(first);
        JdbcContactRepository there = new JdbcContactRepository(second);
        long id = here.insert(person("Léa")).id();
        Contact readHere = here.find(id).orElseThrow();
        Contact readThere = there.find(id).orElseThrow();

        Contact savedHere = here.update(readHere.toBuilder().organisation("Atelier Lumière").build());

        assertThatThrownBy(() -> there.update(readThere.toBuilder().title("Founder").build()))
                .isInstanceOf(EditConflictException.class)
                .satisfies(e -> assertThat(((EditConflictException) e).current()).isEqualTo(savedHere));
        Contact again = there.find(id).orElseThrow();
        Contact savedThere = there.update(again.toBuilder().title("Founder").build());
        assertThat(here.find(id).orElseThrow()).isEqualTo(savedThere);
        assertThat(savedThere.organisation()).isEqualTo("Atelier Lumière");
        assertThat(savedThere.title()).isEqualTo("Founder");
    }

    @Test
    void bothLogAThousandInteractionsAtOnce_allTwoThousandAreThere() throws Exception {
        JdbcContactRepository contacts = new JdbcContactRepository(first);
        long ana = contacts.insert(person("Ana")).id();
        long ben = contacts.insert(person("Ben")).id();
        JdbcInteractionRepository here = new JdbcInteractionRepository(first);
        JdbcInteractionRepository there = new JdbcInteractionRepository(second);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (JdbcInteractionRepository client : List.of(here, there)) {
                Callable<Integer> logs = () -> {
                    for (int i = 0; i < 1_000; i++) {
                        // Both clients touch both people: their last touches are written by both at once.
                        client.insert(new Interaction(null, TestOrbit.TODAY.minusDays(i % 50), InteractionKind.CALL,
                                List.of(ana, ben), "call " + i, "", Exchange.NONE, null, NOW, NOW));
                    }
                    return 1_000;
                };
                runs.add(two.submit(logs));
            }
            for (Future<Integer> run : runs) {
                assertThat(run.get()).isEqualTo(1_000);
            }
        } finally {
            two.shutdownNow();
        }

        assertThat(here.count()).isEqualTo(2_000);
        assertThat(contacts.find(ana).orElseThrow().lastTouch()).isEqualTo(TestOrbit.TODAY);
        assertThat(new JdbcInteractionRepository(second).forContact(ben, 5_000)).hasSize(2_000);
    }

    @Test
    void bothMakeTheSameWeeksPlanAtOnce_thereIsOnePlanAndTheSecondGetsNone() throws Exception {
        IsoWeek week = IsoWeek.of(TestOrbit.TODAY);
        JdbcPlanRepository here = new JdbcPlanRepository(first);
        JdbcPlanRepository there = new JdbcPlanRepository(second);
        CountDownLatch createdHere = new CountDownLatch(1);
        ExecutorService one = Executors.newSingleThreadExecutor();
        try {
            Future<Optional<WeekPlan>> mine = one.submit(() -> first.inTransaction(() -> {
                Optional<WeekPlan> p = here.createUnlessTaken(week, WeekPlan.OURS, TestOrbit.TODAY, null);
                createdHere.countDown();
                sleep(400); // still uncommitted while the other client tries
                return p;
            }));
            createdHere.await();

            Optional<WeekPlan> theirs = second.inTransaction(
                    () -> there.createUnlessTaken(week, WeekPlan.OURS, TestOrbit.TODAY, null));

            assertThat(mine.get()).isPresent();
            assertThat(theirs).isEmpty();
            assertThat(there.find(week, WeekPlan.OURS)).map(WeekPlan::id).contains(mine.get().orElseThrow().id());
        } finally {
            one.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
