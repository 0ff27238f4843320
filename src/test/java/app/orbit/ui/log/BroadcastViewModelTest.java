package app.orbit.ui.log;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.InteractionService;
import app.orbit.service.Messages;
import app.orbit.service.Reach;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.Dialogs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one-to-many touch form with a same-thread executor, on a real Orbit. */
class BroadcastViewModelTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate KNOWN = TODAY.minusYears(1);

    @TempDir
    Path dir;
    private Orbit orbit;
    private final List<Throwable> failures = new ArrayList<>();
    private Background sameThread;
    private Contact inner;
    private Contact network;
    private Contact outer;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        sameThread = new Background(Runnable::run, Runnable::run, failures::add);
        inner = orbit.contacts().create(person("Ines", "Roy").circle(Circle.INNER).tag("clients").knownSince(KNOWN)
                .build());
        network = orbit.contacts().create(person("Nora", "Benali").circle(Circle.NETWORK).tags(List.of("clients",
                "lyon")).knownSince(KNOWN).build());
        outer = orbit.contacts().create(person("Oscar", "Petit").circle(Circle.OUTER).tag("clients").knownSince(KNOWN)
                .build());
    }

    @AfterEach
    void close() {
        orbit.close();
        assertThat(failures).isEmpty();
    }

    private BroadcastViewModel form(List<ContactSummary> chosen) {
        Messages en = new Messages(Locale.ENGLISH);
        return new BroadcastViewModel(orbit.interactions(), orbit.contacts(), sameThread, en,
                new Dialogs(en, dir)::describe, chosen);
    }

    @Test
    void newForm_noTagYet_isInvalidButQuietAndOffersTheTags() {
        BroadcastViewModel vm = form(List.of());

        assertThat(vm.audience().get()).isEqualTo(Audience.Kind.TAG);
        assertThat(vm.kind().get()).isEqualTo(InteractionKind.NEWSLETTER);
        assertThat(vm.date().get()).isEqualTo(TODAY);
        assertThat(vm.tags()).containsExactly("clients", "lyon");
        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().errorField().get()).isEqualTo("audience");
        assertThat(vm.form().touched().get()).isFalse();
        assertThat(vm.reachText().get()).isEmpty();
    }

    @Test
    void tagChosen_saysHowManyItReachesAndForHowManyItCounts() {
        BroadcastViewModel vm = form(List.of());

        vm.tag().set("#clients");

        assertThat(vm.reach().get()).isEqualTo(new Reach(3, 2));
        assertThat(vm.reachText().get()).isEqualTo("Reaches 3 people; counts as a touch for 2 of them.");
        assertThat(vm.form().valid().get()).isTrue();
    }

    @Test
    void tagNobodyHas_isInvalidSayingSo() {
        BroadcastViewModel vm = form(List.of());

        vm.tag().set("suppliers");

        assertThat(vm.reach().get()).isEqualTo(new Reach(0, 0));
        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().error().get()).isEqualTo("Nobody to send it to: no unarchived contact is in this "
                + "audience.");
    }

    @Test
    void circleChosen_reachesThatCircle() {
        BroadcastViewModel vm = form(List.of());

        vm.audience().set(Audience.Kind.CIRCLE);
        vm.circle().set(Circle.INNER);

        assertThat(vm.reachText().get()).isEqualTo("Reaches 1 person; counts as a touch for none of them.");
        assertThat(vm.form().valid().get()).isTrue();
    }

    @Test
    void peopleChosen_startAsTheAudienceAndRemovingThemAllIsInvalid() {
        BroadcastViewModel vm = form(List.of(ContactSummary.of(inner), ContactSummary.of(outer)));

        assertThat(vm.audience().get()).isEqualTo(Audience.Kind.SELECTION);
        assertThat(vm.reach().get()).isEqualTo(new Reach(2, 1));
        vm.remove(vm.people().get(0));
        vm.remove(vm.people().get(0));

        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().error().get()).isEqualTo("Add at least one person it went to.");
        vm.add(ContactSummary.of(network));
        vm.add(ContactSummary.of(network));
        assertThat(vm.people()).hasSize(1);
        assertThat(vm.form().valid().get()).isTrue();
    }

    @Test
    void futureDate_isExplainedAndNamesTheDateField() {
        BroadcastViewModel vm = form(List.of());
        vm.tag().set("clients");

        vm.date().set(TODAY.plusDays(1));

        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().errorField().get()).isEqualTo("date");
        assertThat(vm.form().touched().get()).isTrue();
    }

    @Test
    void save_storesOneTouchAndMovesOnlyTheLastTouchesItCountsFor() {
        BroadcastViewModel vm = form(List.of());
        vm.tag().set("clients");
        vm.kind().set(InteractionKind.EVENT);
        vm.date().set(TODAY.minusDays(1));
        vm.summary().set("Talk at the meetup");
        List<InteractionService.LoggedToMany> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).reach()).isEqualTo(new Reach(3, 2));
        Interaction stored = orbit.interactions().get(saved.get(0).interaction().id());
        assertThat(stored.kind()).isEqualTo(InteractionKind.EVENT);
        assertThat(stored.summary()).isEqualTo("Talk at the meetup");
        assertThat(stored.participantIds()).containsExactlyInAnyOrder(inner.id(), network.id(), outer.id());
        assertThat(orbit.contacts().get(inner.id()).lastTouch()).isEqualTo(KNOWN);
        assertThat(orbit.contacts().get(network.id()).lastTouch()).isEqualTo(TODAY.minusDays(1));
        assertThat(vm.form().saving().get()).isFalse();
    }

    @Test
    void save_invalidForm_writesNothing() {
        BroadcastViewModel vm = form(List.of());
        vm.tag().set("suppliers");
        List<InteractionService.LoggedToMany> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(saved).isEmpty();
        assertThat(orbit.interactions().timeline(network.id())).isEmpty();
    }
}
