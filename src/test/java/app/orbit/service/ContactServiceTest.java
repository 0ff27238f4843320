package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.StalenessLevel;
import app.orbit.domain.ValidationException;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactServiceTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    @TempDir
    Path dir;
    private Orbit orbit;
    private ContactService contacts;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        contacts = orbit.contacts();
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    @Test
    void create_defaultsKnownSinceToToday() {
        Contact c = contacts.create(Contact.builder().firstName("Zoé").build());

        assertThat(c.knownSince()).isEqualTo(TODAY);
        assertThat(c.lastTouch()).isEqualTo(TODAY);
        assertThat(contacts.staleness(ContactSummary.of(c)).level()).isEqualTo(StalenessLevel.FRESH);
    }

    @Test
    void create_unknownIntroducer_isRefused() {
        assertThatThrownBy(() -> contacts.create(person("A", "B").introducedById(999L).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("introducedBy"));
        assertThat(contacts.count()).isZero();
    }

    @Test
    void search_withAndWithoutAccents_findsTheSamePeople() {
        Contact cecile = contacts.create(person("Cécile", "Moreau").build());
        contacts.create(person("Cecilia", "Brown").build());

        assertThat(names(contacts.search("cecile", false, 50))).containsExactly("Cécile Moreau");
        assertThat(names(contacts.search("Cécile", false, 50))).containsExactly("Cécile Moreau");
        assertThat(names(contacts.search("céci", false, 50))).containsExactly("Cécile Moreau", "Cecilia Brown");
        assertThat(contacts.search("moreau", false, 50).get(0).id()).isEqualTo(cecile.id());
    }

    @Test
    void archive_takesTheContactOffSearchAndDueList() {
        Contact c = contacts.create(person("Old", "Friend").circle(Circle.INNER).knownSince(TODAY.minusDays(60)).build());
        assertThat(orbit.dueList().dueThisWeek()).extracting(DueEntry::contact).extracting(ContactSummary::id)
                .containsExactly(c.id());

        contacts.setArchived(c.id(), true);

        assertThat(orbit.dueList().dueThisWeek()).isEmpty();
        assertThat(contacts.search("old", false, 10)).isEmpty();
        assertThat(contacts.search("old", true, 10)).hasSize(1);

        contacts.setArchived(c.id(), false);
        assertThat(orbit.dueList().dueThisWeek()).hasSize(1);
    }

    @Test
    void details_carryTimelineAndParticipants() {
        Contact a = contacts.create(person("Ann", "A").build());
        Contact b = contacts.create(person("Ben", "B").build());
        orbit.interactions().log(Interaction.of(TODAY.minusDays(1), InteractionKind.MEETING, List.of(a.id(), b.id()),
                "Lunch", "", Exchange.NONE, null));

        ContactDetails d = contacts.details(a.id());

        assertThat(d.timeline()).hasSize(1);
        assertThat(d.peopleById()).containsKeys(a.id(), b.id());
        assertThat(d.staleness().daysSinceTouch()).isEqualTo(1);
    }

    @Test
    void delete_unknown_isNotFound() {
        assertThatThrownBy(() -> contacts.delete(77)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void sampleNetwork_loadsFortyPeopleWithADueList() {
        int added = orbit.sampleNetwork().load();

        assertThat(added).isEqualTo(40);
        assertThat(contacts.count()).isEqualTo(40);
        assertThat(orbit.dueList().dueThisWeek()).hasSize(7);
        assertThat(contacts.search("", false, 100)).extracting(ContactSummary::circle)
                .contains(Circle.SORTED.toArray(Circle[]::new)).doesNotContain(Circle.UNSORTED);
    }

    private static List<String> names(List<ContactSummary> list) {
        return list.stream().map(ContactSummary::displayName).toList();
    }
}
