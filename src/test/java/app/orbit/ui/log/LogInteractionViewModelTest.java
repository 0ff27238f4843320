package app.orbit.ui.log;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogInteractionViewModelTest {

    @TempDir
    Path dir;
    private Orbit orbit;
    private final List<Throwable> failures = new ArrayList<>();
    private Background sameThread;
    private Contact ann;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        sameThread = new Background(Runnable::run, Runnable::run, failures::add);
        ann = orbit.contacts().create(person("Ann", "Archer").knownSince(TestOrbit.TODAY.minusDays(100)).build());
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private LogInteractionViewModel form(List<Participant> people) {
        return new LogInteractionViewModel(orbit.interactions(), orbit.quickLog(), orbit.introductions(), sameThread,
                new Messages(Locale.ENGLISH), new Dialogs(new Messages(Locale.ENGLISH), dir)::describe, null, people);
    }

    @Test
    void newForm_withoutParticipants_isInvalidButQuietUntilTouched() {
        LogInteractionViewModel vm = form(List.of());

        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().errorField().get()).isEqualTo("participants");
        assertThat(vm.form().touched().get()).isFalse();
        assertThat(vm.date().get()).isEqualTo(TestOrbit.TODAY);
    }

    @Test
    void futureDate_isExplainedAndNamesTheDateField() {
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann))));

        vm.date().set(TestOrbit.TODAY.plusDays(2));

        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().errorField().get()).isEqualTo("date");
        assertThat(vm.form().error().get()).contains("November 28, 2026").contains("future");
        assertThat(vm.form().touched().get()).isTrue();
    }

    @Test
    void followUpWithoutPromise_isInvalid() {
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann))));

        vm.followUp().set(true);

        assertThat(vm.form().errorField().get()).isEqualTo("followUpPromise");
        vm.followUpPromise().set("Send the deck");
        assertThat(vm.form().valid().get()).isTrue();
    }

    @Test
    void save_withANewPerson_createsThemAndLogsWithEveryone() {
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann))));
        vm.add(Participant.newPerson("Nora Ben Ali"));
        vm.add(Participant.newPerson("nora ben ali"));
        vm.add(Participant.of(ContactSummary.of(ann)));
        vm.summary().set("Met at the Lyon meetup");
        vm.exchange().set(Exchange.GAVE);
        List<Interaction> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(failures).isEmpty();
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).participantIds()).hasSize(2);
        Contact nora = orbit.contacts().get(saved.get(0).participantIds().get(1));
        assertThat(nora.firstName()).isEqualTo("Nora");
        assertThat(nora.lastName()).isEqualTo("Ben Ali");
        assertThat(nora.howWeMet()).isEqualTo("Met at the Lyon meetup");
        assertThat(orbit.contacts().get(ann.id()).lastTouch()).isEqualTo(TestOrbit.TODAY);
    }

    @Test
    void save_failingMidway_leavesNoNewPersonBehind() {
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann))));
        vm.add(Participant.newPerson("Nora Ben Ali"));
        orbit.contacts().delete(ann.id());
        long before = orbit.contacts().count();

        vm.save(i -> { });

        assertThat(vm.form().error().get()).contains("no longer exists");
        assertThat(orbit.contacts().count()).isEqualTo(before);
    }

    @Test
    void followUp_withSeveralPeople_asksToWhomUntilOneIsChosen() {
        Contact bob = orbit.contacts().create(person("Bob", "Baker").build());
        Participant annP = Participant.of(ContactSummary.of(ann));
        Participant bobP = Participant.of(ContactSummary.of(bob));
        LogInteractionViewModel vm = form(List.of(annP, bobP));
        vm.followUp().set(true);
        vm.followUpPromise().set("Send Bob the list");

        assertThat(vm.asksRecipient()).isTrue();
        assertThat(vm.form().valid().get()).isFalse();
        assertThat(vm.form().errorField().get()).isEqualTo("followUpTo");
        assertThat(vm.form().error().get()).isEqualTo("Several people were there: say to whom you promised it.");

        vm.promise(bobP, true);
        assertThat(vm.form().valid().get()).isTrue();
        List<Interaction> saved = new ArrayList<>();
        vm.save(saved::add);

        assertThat(failures).isEmpty();
        assertThat(saved.get(0).followUp().to()).containsExactly(bob.id());
    }

    @Test
    void followUp_withOnePerson_isTheirsWithoutAsking() {
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann))));
        vm.followUp().set(true);
        vm.followUpPromise().set("Send the deck");

        assertThat(vm.asksRecipient()).isFalse();
        List<Interaction> saved = new ArrayList<>();
        vm.save(saved::add);

        assertThat(saved.get(0).followUp().to()).containsExactly(ann.id());
    }

    @Test
    void removingTheRecipient_asksAgain() {
        Contact bob = orbit.contacts().create(person("Bob", "Baker").build());
        Contact cleo = orbit.contacts().create(person("Cléo", "Carter").build());
        Participant bobP = Participant.of(ContactSummary.of(bob));
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann)), bobP,
                Participant.of(ContactSummary.of(cleo))));
        vm.followUp().set(true);
        vm.followUpPromise().set("Send the deck");
        vm.promise(bobP, true);
        assertThat(vm.form().valid().get()).isTrue();

        vm.remove(bobP);

        assertThat(vm.promisedTo()).isEmpty();
        assertThat(vm.form().errorField().get()).isEqualTo("followUpTo");
    }

    @Test
    void save_promiseToANewPerson_isTheirsOnly() {
        LogInteractionViewModel vm = form(List.of(Participant.of(ContactSummary.of(ann))));
        Participant nora = Participant.newPerson("Nora Ben Ali");
        vm.add(nora);
        vm.followUp().set(true);
        vm.followUpPromise().set("Introduce Nora to a designer");
        vm.promise(nora, true);
        List<Interaction> saved = new ArrayList<>();

        vm.save(saved::add);

        assertThat(failures).isEmpty();
        long noraId = saved.get(0).participantIds().get(1);
        assertThat(orbit.contacts().get(noraId).firstName()).isEqualTo("Nora");
        assertThat(saved.get(0).followUp().to()).containsExactly(noraId);
    }

    @Test
    void editForm_ofAGroupPromise_showsWhomItWasMadeToAndKeepsIt() {
        Contact bob = orbit.contacts().create(person("Bob", "Baker").build());
        Interaction in = orbit.interactions().log(Interaction.of(TestOrbit.TODAY,
                app.orbit.domain.InteractionKind.MEETING,
                List.of(ann.id(), bob.id()), "Lunch", "", Exchange.NONE,
                new app.orbit.domain.FollowUp(TestOrbit.TODAY.plusDays(3), "Send the list", false, List.of(bob.id()))));
        Participant bobP = Participant.of(orbit.contacts().summaries(List.of(bob.id())).get(0));
        LogInteractionViewModel vm = new LogInteractionViewModel(orbit.interactions(), orbit.quickLog(),
                orbit.introductions(), sameThread, new Messages(Locale.ENGLISH),
                new Dialogs(new Messages(Locale.ENGLISH), dir)::describe, in,
                List.of(Participant.of(orbit.contacts().summaries(List.of(ann.id())).get(0)), bobP));

        assertThat(vm.promisedTo()).containsExactly(bobP);
        vm.summary().set("Lunch at Chez Paul");
        List<Interaction> saved = new ArrayList<>();
        vm.save(saved::add);

        assertThat(failures).isEmpty();
        assertThat(orbit.interactions().get(in.id()).followUp().to()).containsExactly(bob.id());
    }
}
