package app.orbit.testing;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

/** Each test gets its own empty Orbit, the same one as its set-up; its directory is gone afterwards. */
@FreshOrbit
class OrbitExtensionTest {

    private static Path previous;
    private Orbit fromSetUp;

    @BeforeEach
    void open(Orbit orbit) {
        fromSetUp = orbit;
    }

    @RepeatedTest(2)
    void eachTest_getsTheSetUpsOrbit_emptyAndOnADirectoryOfItsOwn(Orbit orbit) {
        assertThat(orbit).isSameAs(fromSetUp);
        assertThat(orbit.contacts().count()).isZero();
        assertThat(orbit.clock().instant()).isEqualTo(TestOrbit.clockAt(TestOrbit.TODAY).instant());
        if (previous != null) {
            assertThat(orbit.dataDirectory()).isNotEqualTo(previous);
            assertThat(previous).doesNotExist();
        }
        previous = orbit.dataDirectory();
        orbit.contacts().create(person("Léa", "Martin").build());
        assertThat(Files.isDirectory(previous)).isTrue();
    }

    @AfterAll
    static void forget() {
        previous = null;
    }
}
