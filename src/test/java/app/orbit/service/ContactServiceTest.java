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
import app.orbit.domain.UnsortedContact;
import app.orbit.domain.ValidationException;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FreshOrbit
class ContactServiceTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;
    private ContactService contacts;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        contacts = orbit.contacts();
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

    /** Imports this many LinkedIn connections; they arrive not sorted. Returns their ids, by name. */
    private List<Long> importUnsorted(int n) {
        StringBuilder csv = new StringBuilder("First Name,Last Name,URL,Email Address,Company,Position,Connected On\n");
        for (int i = 0; i < n; i++) {
            csv.append("P").append(i).append(",Imported,https://www.linkedin.com/in/p").append(i)
                    .append(",,").append(i % 2 == 0 ? "Acme" : "Globex").append(",Engineer,02 Feb 2015\n");
        }
        orbit.importer().apply(orbit.importer().preview(new SourceText("Connections.csv", csv.toString()), null,
                Progress.NONE), Progress.NONE);
        return contacts.unsorted().stream().map(UnsortedContact::id).toList();
    }

    private Circle circleInSearch(long id) {
        return contacts.search("", true, Integer.MAX_VALUE).stream().filter(c -> c.id() == id).findFirst()
                .orElseThrow().circle();
    }

    @Test
    void sort_fewManyAndThousands_putsThemInTheCircle_andSearchSeesIt() {
        List<Long> ids = importUnsorted(3_000);
        assertThat(ids).hasSize(3_000);
        assertThat(circleInSearch(ids.get(0))).isEqualTo(Circle.UNSORTED);

        // 10, 100 and 2,500 at once: the search index refreshes one by one, by merge, and by rebuild.
        contacts.sort(ids.subList(0, 10), Circle.INNER);
        contacts.sort(ids.subList(10, 110), Circle.CLOSE);
        contacts.sort(ids.subList(110, 2_610), Circle.OUTER);

        assertThat(contacts.countUnsorted()).isEqualTo(390);
        assertThat(contacts.unsorted()).extracting(UnsortedContact::id).containsExactlyElementsOf(ids.subList(2_610, 3_000));
        assertThat(circleInSearch(ids.get(0))).isEqualTo(Circle.INNER);
        assertThat(circleInSearch(ids.get(50))).isEqualTo(Circle.CLOSE);
        assertThat(circleInSearch(ids.get(2_000))).isEqualTo(Circle.OUTER);
        assertThat(circleInSearch(ids.get(2_999))).isEqualTo(Circle.UNSORTED);
        assertThat(contacts.get(ids.get(2_000)).circle()).isEqualTo(Circle.OUTER);
        assertThat(contacts.get(ids.get(2_000)).updatedAt()).isEqualTo(orbit.clock().instant());
    }

    @Test
    void sort_withAnUnknownId_changesNobody() {
        List<Long> ids = importUnsorted(3);
        List<Long> withUnknown = List.of(ids.get(0), 999_999L, ids.get(1));

        assertThatThrownBy(() -> contacts.sort(withUnknown, Circle.CLOSE))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.args()).contains(999_999L));

        assertThat(contacts.countUnsorted()).isEqualTo(3);
        assertThat(circleInSearch(ids.get(0))).isEqualTo(Circle.UNSORTED);
    }

    @Test
    void sort_intoNotSorted_isRefused() {
        List<Long> ids = importUnsorted(2);
        Contact own = contacts.create(person("Own", "Person").circle(Circle.CLOSE).build());

        assertThatThrownBy(() -> contacts.sort(List.of(own.id()), Circle.UNSORTED))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("circle"));
        assertThat(contacts.get(own.id()).circle()).isEqualTo(Circle.CLOSE);
        assertThat(contacts.countUnsorted()).isEqualTo(ids.size());
    }

    @Test
    void archiveAll_takesThemOutOfTheUnsortedList_butLeavesThemUnsorted() {
        List<Long> ids = importUnsorted(4);

        contacts.archiveAll(ids.subList(0, 3));

        assertThat(contacts.unsorted()).extracting(UnsortedContact::id).containsExactly(ids.get(3));
        assertThat(contacts.countUnsorted()).isEqualTo(1);
        assertThat(contacts.get(ids.get(0)).archived()).isTrue();
        assertThat(contacts.get(ids.get(0)).circle()).isEqualTo(Circle.UNSORTED);
        assertThat(contacts.search("", false, 10)).extracting(ContactSummary::id).containsExactly(ids.get(3));
    }

    @Test
    void createdByHand_keepsTheDefaultCircle() {
        assertThat(contacts.create(Contact.builder().firstName("Zoé").build()).circle()).isEqualTo(Circle.NETWORK);
    }
}
