package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.UnsortedContact;
import app.orbit.testing.FreshOrbit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Not sorted page names people as their card does: an organisation-only card by its organisation. */
@FreshOrbit
class UnsortedNamesTest {

    @Test
    void unsorted_organisationOnlyCard_isNamedByItsOrganisation(Orbit orbit) throws Exception {
        Path file = Path.of("src/test/resources/import/outlook.csv");
        orbit.importer().apply(orbit.importer().preview(file, null, Progress.NONE), Progress.NONE);

        List<String> names = orbit.contacts().unsorted().stream().map(UnsortedContact::displayName).toList();

        assertThat(names).contains("Plomberie Rémi").doesNotContain("");
    }
}
