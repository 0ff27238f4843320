package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Orbits on one PostgreSQL database, as the window runs them ({@link Orbit#followOtherClients}):
 * the other's writes reach this one's services and its change notifier, which the screens listen to.
 */
class SharedOrbitLiveTest {

    @TempDir
    Path laptop;
    @TempDir
    Path desktop;
    private String database;
    private Orbit writer;
    private Orbit follower;
    private final AtomicInteger told = new AtomicInteger();
    private AutoCloseable subscription;

    @BeforeEach
    void open() throws Exception {
        database = TestPostgres.newDatabase();
        String address = "postgresql://postgres@localhost:" + TestPostgres.server().getPort() + "/" + database;
        writer = Orbit.openShared(address, laptop, TestOrbit.clockAt(TestOrbit.TODAY));
        follower = Orbit.openShared(address, desktop, TestOrbit.clockAt(TestOrbit.TODAY));
        follower.followOtherClients();
        subscription = follower.notifier().subscribe(told::incrementAndGet);
    }

    @AfterEach
    void close() throws Exception {
        subscription.close();
        writer.close();
        follower.close();
        TestPostgres.drop(database);
    }

    @Test
    void aContactAddedOnOneComputer_reachesTheOthersSearchAndScreens() {
        assertThat(follower.contacts().search("lima", false, 10)).isEmpty();

        writer.contacts().create(Contact.builder().firstName("Ana").lastName("Lima").circle(Circle.CLOSE).build());

        waitFor(() -> follower.contacts().search("lima", false, 10).size() == 1);
        waitFor(() -> told.get() > 0);
    }

    @Test
    void settingsSavedOnOneComputer_areReadAgainOnTheOther() {
        int before = follower.settings().current().planSize();
        int next = before == 5 ? 6 : 5;

        writer.settings().save(writer.settings().current().withPlanSize(next));

        waitFor(() -> follower.settings().current().planSize() == next);
        waitFor(() -> told.get() > 0);
    }

    @Test
    void aWriteOnTheFollowingOrbitItself_doesNotTellItTwice() throws Exception {
        follower.contacts().create(Contact.builder().firstName("Ben").circle(Circle.INNER).build());
        // Its own change notice fired once, after its commit; its returning server notice is ignored.
        writer.contacts().create(Contact.builder().firstName("Chloé").circle(Circle.INNER).build());
        waitFor(() -> follower.contacts().search("chloe", false, 10).size() == 1);
        waitFor(() -> told.get() >= 2);
        Thread.sleep(300);

        assertThat(told.get()).isEqualTo(2);
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("seen within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
