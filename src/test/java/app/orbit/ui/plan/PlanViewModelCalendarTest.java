package app.orbit.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Proposal;
import app.orbit.testing.ContactBuilder;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The week view model's "To log": read, accept, accepted after an edit, dismiss, a calendar that fails. */
class PlanViewModelCalendarTest {

    @TempDir
    Path dir;
    @TempDir
    Path files;
    private Orbit orbit;
    private PlanViewModel vm;
    private final List<Throwable> failures = new ArrayList<>();
    private long chloe;

    @BeforeEach
    void open() throws IOException {
        orbit = TestOrbit.open(dir);
        orbit.contacts().create(ContactBuilder.person("Bob", "Tanner").emails(List.of("bob@example.com")).build());
        chloe = orbit.contacts().create(ContactBuilder.person("Chloé", "Durand")
                .emails(List.of("chloe@example.org")).build()).id();
        Path file = files.resolve("google.ics");
        try (InputStream in = getClass().getResourceAsStream("/calendar/google.ics")) {
            Files.copy(in, file);
        }
        orbit.calendar().add(file.toString(), "");
        Background now = new Background(Runnable::run, Runnable::run, failures::add);
        vm = new PlanViewModel(orbit.planner(), orbit.contacts(), orbit.interactions(), now, orbit.calendar(), now);
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private Proposal lunch() {
        return vm.proposals().stream().filter(p -> p.title().equals("Déjeuner Chloé")).findFirst().orElseThrow();
    }

    @Test
    void readCalendars_listsTheProposalsAndTheUnknownPeople() {
        vm.readCalendars();

        assertThat(vm.proposals()).hasSize(5);
        assertThat(vm.unknownPeople().get()).isEqualTo(1);
        assertThat(vm.calendarProblems()).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void accept_logsItAndTakesItOffTheList() {
        vm.readCalendars();
        Proposal lunch = lunch();

        vm.accept(lunch);

        assertThat(vm.proposals()).hasSize(4).doesNotContain(lunch);
        assertThat(orbit.interactions().timeline(chloe)).singleElement()
                .satisfies(i -> assertThat(i.summary()).isEqualTo("Déjeuner Chloé"));
        vm.readCalendars();
        assertThat(vm.proposals()).hasSize(4);
    }

    @Test
    void acceptedAfterAnEdit_isNotLoggedTwiceNorProposedAgain() {
        vm.readCalendars();
        Proposal lunch = lunch();

        vm.accepted(lunch);
        vm.readCalendars();

        assertThat(vm.proposals()).hasSize(4).doesNotContain(lunch);
        assertThat(orbit.interactions().timeline(chloe)).isEmpty();
    }

    @Test
    void dismiss_andACalendarThatGoesMissing_keepTheRest() throws IOException {
        vm.readCalendars();
        vm.dismiss(lunch());
        Files.delete(files.resolve("google.ics"));

        vm.readCalendars();

        assertThat(vm.proposals()).hasSize(4);
        assertThat(vm.calendarProblems()).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("calendar.error.file.missing"));
        assertThat(vm.unknownPeople().get()).isZero();
    }
}
