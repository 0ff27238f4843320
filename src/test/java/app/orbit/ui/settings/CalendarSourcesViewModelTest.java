package app.orbit.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings › Calendars: a calendar added with the user's address, for exports that name no owner (Outlook's). */
class CalendarSourcesViewModelTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void add_withTheUsersAddress_keepsItAsTheCalendarsOwner_andAnInvalidOneIsRefused() throws Exception {
        Path outlook = files.resolve("outlook.ics");
        try (InputStream in = getClass().getResourceAsStream("/calendar/outlook.ics")) {
            Files.copy(in, outlook);
        }
        List<Throwable> failures = new ArrayList<>();
        try (Orbit orbit = TestOrbit.open(data)) {
            Background now = new Background(Runnable::run, Runnable::run, failures::add);
            CalendarSourcesViewModel vm = new CalendarSourcesViewModel(orbit.calendar(), now, () -> { },
                    Throwable::getMessage);

            vm.add(outlook.toString(), "  alice.martin@example.com ");

            assertThat(vm.sources()).singleElement()
                    .satisfies(s -> assertThat(s.owner()).isEqualTo("alice.martin@example.com"));
            assertThat(vm.error().get()).isEmpty();

            vm.add(outlook.toString(), "not an address");

            assertThat(vm.error().get()).isNotEmpty();
            assertThat(orbit.calendar().sources()).hasSize(1);
        }
        assertThat(failures).isEmpty();
    }
}
