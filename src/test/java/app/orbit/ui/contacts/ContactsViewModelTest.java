package app.orbit.ui.contacts;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactsViewModelTest {

    @TempDir
    Path dir;
    private Orbit orbit;
    /** Work queued by the view model, run when the test says: lets results arrive out of order. */
    private final List<Runnable> queued = new ArrayList<>();

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        orbit.contacts().create(person("Cécile", "Moreau").build());
        orbit.contacts().create(person("Thomas", "Bernard").build());
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    @Test
    void search_olderResultArrivingLast_isDropped() {
        ContactsViewModel vm = new ContactsViewModel(orbit.contacts(), orbit.reciprocity(), orbit.interactions(),
                new Background(queued::add, Runnable::run, e -> { throw new AssertionError(e); }));
        vm.query().set("cec");
        vm.query().set("thom");
        assertThat(queued).hasSize(2);

        queued.get(1).run();
        queued.get(0).run();

        assertThat(vm.rows()).extracting(r -> r.contact().displayName()).containsExactly("Thomas Bernard");
    }

    @Test
    void search_accentFree_findsAccentedName_andCountsRows() {
        ContactsViewModel vm = new ContactsViewModel(orbit.contacts(), orbit.reciprocity(), orbit.interactions(),
                new Background(Runnable::run, Runnable::run, e -> { throw new AssertionError(e); }));

        vm.query().set("cecile");

        assertThat(vm.rows()).extracting(r -> r.contact().displayName()).containsExactly("Cécile Moreau");
        assertThat(vm.resultCount().get()).isEqualTo(1);
        assertThat(vm.truncated().get()).isFalse();
    }

    @Test
    void search_rowsSayWhoHasNothingLogged_soTheTableShowsNoTouchRatherThanADate() {
        long cecile = orbit.contacts().search("cecile", false, 1).get(0).id();
        orbit.interactions().log(app.orbit.domain.Interaction.of(app.orbit.testing.TestOrbit.TODAY.minusDays(3),
                app.orbit.domain.InteractionKind.CALL, List.of(cecile), "Call", "", app.orbit.domain.Exchange.NONE,
                null));
        ContactsViewModel vm = new ContactsViewModel(orbit.contacts(), orbit.reciprocity(), orbit.interactions(),
                new Background(Runnable::run, Runnable::run, e -> { throw new AssertionError(e); }));

        vm.search();

        assertThat(vm.rows()).extracting(r -> r.contact().displayName() + " " + r.touched())
                .containsExactly("Cécile Moreau true", "Thomas Bernard false");
        assertThat(vm.rows().get(1).staleness().reasonKey(vm.rows().get(1).touched()))
                .isEqualTo("staleness.reason.never");

        // A touch logged since: what the rows knew is forgotten on the refresh that a change brings.
        orbit.interactions().log(app.orbit.domain.Interaction.of(app.orbit.testing.TestOrbit.TODAY,
                app.orbit.domain.InteractionKind.CALL, List.of(vm.rows().get(1).contact().id()), "Call", "",
                app.orbit.domain.Exchange.NONE, null));
        vm.query().set("thomas");
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.touched()).isFalse());
        vm.refresh();
        assertThat(vm.rows()).singleElement().satisfies(r -> assertThat(r.touched()).isTrue());
    }

    @Test
    void search_thatNoLongerFindsTheOpenContact_closesIt_andOneThatDoesKeepsIt() {
        ContactsViewModel vm = new ContactsViewModel(orbit.contacts(), orbit.reciprocity(), orbit.interactions(),
                new Background(Runnable::run, Runnable::run, e -> { throw new AssertionError(e); }));
        long cecile = orbit.contacts().search("cecile", false, 1).get(0).id();
        vm.select(cecile);
        assertThat(vm.selected().get()).isNotNull();

        vm.query().set("moreau");
        assertThat(vm.selectedId()).isEqualTo(cecile);
        assertThat(vm.selected().get()).isNotNull();

        vm.query().set("thomas");
        assertThat(vm.selectedId()).isNull();
        assertThat(vm.selected().get()).isNull();
    }
}
