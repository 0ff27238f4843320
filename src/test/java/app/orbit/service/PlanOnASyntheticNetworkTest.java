package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.bench.SyntheticNetwork;
import app.orbit.domain.GestureKind;
import app.orbit.domain.PlanEntry;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week's plan of the benchmark's network, whatever the plan service kept from earlier work. */
class PlanOnASyntheticNetworkTest {

    @TempDir
    Path dir;

    @Test
    void thisWeek_matcherRebuiltFromKeptReadings_samePlanAsAFreshOrbit() throws Exception {
        Path pristine = dir.resolve("pristine");
        SyntheticNetwork net = SyntheticNetwork.generate(3_000, 20261126L);
        try (Database db = Database.open(pristine)) {
            BulkLoader.load(db, net.contacts(), net.interactions());
        }

        List<PlanEntry> fresh;
        try (Orbit orbit = TestOrbit.open(copy(pristine, "fresh"))) {
            fresh = orbit.planner().thisWeek().plan().entries();
        }
        List<PlanEntry> rebuilt;
        try (Orbit orbit = TestOrbit.open(copy(pristine, "rebuilt"))) {
            // Every offers text read once, then the matcher dropped as after any change: the plan's
            // matcher is built again from the kept readings.
            assertThat(orbit.introductions().suggestions()).isNotEmpty();
            orbit.notifier().changed();
            rebuilt = orbit.planner().thisWeek().plan().entries();
        }

        assertThat(rebuilt).hasSameSizeAs(fresh).isNotEmpty();
        for (int i = 0; i < fresh.size(); i++) {
            assertThat(rebuilt.get(i).contactId()).isEqualTo(fresh.get(i).contactId());
            assertThat(rebuilt.get(i).gesture()).isEqualTo(fresh.get(i).gesture());
            assertThat(rebuilt.get(i).reason()).isEqualTo(fresh.get(i).reason());
        }
        assertThat(fresh).extracting(e -> e.gesture().kind()).contains(GestureKind.INTRODUCE);
    }

    private Path copy(Path pristine, String name) throws Exception {
        Path to = dir.resolve(name);
        Files.createDirectories(to);
        Files.copy(Database.databaseFile(pristine), Database.databaseFile(to));
        return to;
    }
}
