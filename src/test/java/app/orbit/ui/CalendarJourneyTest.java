package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.PlanLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14's journey: a calendar with yesterday's meeting with two people of this week's plan
 * → the proposal appears on This week → Enter accepts it → both histories show it and the
 * plan's progress moves. And the people invited who are not contacts yet, added in one click.
 */
class CalendarJourneyTest extends OrbitUiTest {

    @TempDir
    Path calendars;
    private long first;
    private long second;
    private int total;

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
        List<PlanLine> lines = orbit.planner().thisWeek().lines().stream()
                .filter(l -> !l.entry().timeBound()).toList();
        total = orbit.planner().thisWeek().lines().size();
        first = withEmail(orbit, lines.get(0).contact().id(), "first.person@example.com");
        second = withEmail(orbit, lines.get(1).contact().id(), "second.person@example.com");
        Path ics = calendars.resolve("work.ics");
        try {
            Files.writeString(ics, String.join("\r\n",
                    "BEGIN:VCALENDAR",
                    "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
                    "VERSION:2.0",
                    "X-WR-CALNAME:me@example.com",
                    "BEGIN:VEVENT",
                    "DTSTART:20261125T140000Z",
                    "DTEND:20261125T150000Z",
                    "UID:journey-1@google.com",
                    "ORGANIZER;CN=me@example.com:mailto:me@example.com",
                    "ATTENDEE;PARTSTAT=ACCEPTED;CN=me@example.com:mailto:me@example.com",
                    "ATTENDEE;PARTSTAT=ACCEPTED;CN=First:mailto:first.person@example.com",
                    "ATTENDEE;PARTSTAT=ACCEPTED;CN=Second:mailto:second.person@example.com",
                    "ATTENDEE;PARTSTAT=ACCEPTED;CN=Nadia Newcomer:mailto:nadia@newco.example",
                    "SUMMARY:Product workshop",
                    "END:VEVENT",
                    "END:VCALENDAR", ""), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        orbit.calendar().add(ics.toString(), "");
    }

    private static long withEmail(Orbit orbit, long id, String email) {
        Contact c = orbit.contacts().get(id);
        return orbit.contacts().update(c.toBuilder().emails(List.of(email)).build()).id();
    }

    @SuppressWarnings("unchecked")
    private ListView<Object> proposals() {
        return (ListView<Object>) lookup("#proposalList").query();
    }

    @Test
    void yesterdaysMeeting_isProposed_enterAcceptsIt_bothHistoriesShowItAndProgressMoves() {
        await(() -> showing("#weekView") && showing("#toLog") && proposals().getItems().size() == 1);
        assertThat(text("#weekProgress")).isEqualTo("0 of " + total + " done");
        assertThat(text("#addUnknownPeople")).isEqualTo("One person you don't have yet \u2014 add them");

        interact(() -> proposals().requestFocus());
        type(KeyCode.ENTER);

        await(() -> text("#weekProgress").equals("2 of " + total + " done"));
        await(() -> !showing("#toLog"));
        for (long id : List.of(first, second)) {
            List<Interaction> history = orbit().interactions().timeline(id);
            assertThat(history).filteredOn(i -> i.summary().equals("Product workshop")).hasSize(1);
            assertThat(history.get(0).summary()).isEqualTo("Product workshop");
            assertThat(history.get(0).kind()).isEqualTo(InteractionKind.MEETING);
            assertThat(history.get(0).date()).isEqualTo(TODAY.minusDays(1));
            assertThat(orbit().contacts().get(id).lastTouch()).isEqualTo(TODAY.minusDays(1));
        }
        assertThat(text("#status-" + first)).isEqualTo("Done");
        assertThat(text("#status-" + second)).isEqualTo("Done");
        // Read again: nothing comes back.
        assertThat(orbit().calendar().refresh()).isEmpty();
    }

    @Test
    void peopleYouDoNotHaveYet_addedInOneClick_joinTheMeetingNotSorted() {
        await(() -> showing("#addUnknownPeople"));
        long before = orbit().contacts().countUnsorted();

        clickOn("#addUnknownPeople");

        await(() -> !showing("#addUnknownPeople"));
        assertThat(orbit().contacts().countUnsorted()).isEqualTo(before + 1);
        await(() -> proposals().getItems().size() == 1
                && orbit().calendar().proposals().get(0).people().size() == 3);
    }
}
