package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.orbit.app.Orbit;
import app.orbit.domain.CalendarEvent;
import app.orbit.domain.Contact;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Proposal;
import app.orbit.domain.Proposal.MatchedBy;
import app.orbit.testing.ContactBuilder;
import app.orbit.testing.FreshOrbit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar exports modelled on each product's real output (src/test/resources/calendar), each
 * with the proposals it must give on {@link TestOrbit#TODAY} (Thursday 26 November 2026, 10:00
 * UTC, the user's days in UTC): recurrences with exceptions and moved instances, time zones
 * (Olson, Windows names with VTIMEZONE, floating), all-day, cancelled and declined events.
 */
@FreshOrbit
class CalendarFixturesTest {

    @TempDir
    Path files;
    private Orbit orbit;
    private long bob;
    private long chloe;
    private long erin;
    private long frank;
    private long grace;
    private long henry;
    private long ivan;
    private long judy;

    @BeforeEach
    void setUp(Orbit fresh) {
        orbit = fresh;
        bob = person("Bob", "Tanner", "bob@example.com");
        chloe = person("Chloé", "Durand", "CHLOE@example.org");
        erin = person("Erin", "Lee", "erin@contoso.com");
        frank = person("Frank", "Moss", null);
        grace = person("Grace", "Hopper", "grace@navy.example");
        henry = person("Henry", "Ford", "henry@example.net");
        ivan = person("Ivan", "Petrov", null);
        judy = person("Judy", "Garland", "judy@example.com");
    }

    private long person(String first, String last, String email) {
        Contact.Builder b = ContactBuilder.person(first, last);
        if (email != null) {
            b.emails(List.of(email));
        }
        return orbit.contacts().create(b.build()).id();
    }

    private Path fixture(String name) throws IOException {
        Path file = files.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/calendar/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private List<Proposal> read(String name, String owner) throws IOException {
        orbit.calendar().add(fixture(name).toString(), owner);
        List<Proposal> proposals = orbit.calendar().refresh();
        assertThat(orbit.calendar().problems()).isEmpty();
        return proposals;
    }

    private static LocalDate nov(int day) {
        return LocalDate.of(2026, 11, day);
    }

    @Test
    void google_weeklyWithExceptionAndMovedInstance_lunchWithAStranger() throws IOException {
        List<Proposal> p = read("google.ics", "");

        // Wednesdays 10:00 Paris from 30 September: 11 November excluded, 18 November moved to the
        // 19th at 15:00; 16th cancelled, 17th declined, 26th still going on, 27th to come, 1 September too old.
        assertThat(p).extracting(Proposal::day, Proposal::title, Proposal::kind).containsExactly(
                tuple(nov(25), "1:1 Alice / Bob", InteractionKind.VIDEO),
                tuple(nov(20), "Déjeuner Chloé", InteractionKind.MEETING),
                tuple(nov(19), "1:1 Alice / Bob (moved to Thursday)", InteractionKind.VIDEO),
                tuple(nov(4), "1:1 Alice / Bob", InteractionKind.VIDEO),
                tuple(LocalDate.of(2026, 10, 28), "1:1 Alice / Bob", InteractionKind.VIDEO));
        assertThat(p).allSatisfy(x -> assertThat(x.confidence()).isEqualTo(100));
        assertThat(p.get(0).contactIds()).containsExactly(bob);
        Proposal lunch = p.get(1);
        // The user (the calendar's name) and the meeting room are nobody to log; Chloé's address matches in any case.
        assertThat(lunch.people()).extracting(Proposal.Person::contactId, Proposal.Person::matchedBy)
                .containsExactly(tuple(chloe, MatchedBy.EMAIL));
        assertThat(lunch.unknown()).containsExactly(new CalendarEvent.Attendee("dan@startup.io", "Dan Smith"));
        assertThat(orbit.calendar().unknownPeople()).hasSize(1);
    }

    @Test
    void outlook_windowsTimeZonesDailyWithExdateAndCancelledInstance_nameMatch() throws IOException {
        List<Proposal> p = read("outlook.ics", "alice.martin@example.com");

        // 17:00 "Pacific Standard Time" on the 23rd is 01:00 UTC on the 24th.
        assertThat(p).extracting(Proposal::day, Proposal::title, Proposal::kind).containsExactly(
                tuple(nov(24), "Quarterly review", InteractionKind.VIDEO),
                tuple(nov(20), "Point d'équipe", InteractionKind.MEETING),
                tuple(nov(17), "Point d'équipe", InteractionKind.MEETING),
                tuple(nov(16), "Point d'équipe", InteractionKind.MEETING));
        Proposal review = p.get(0);
        assertThat(review.people()).extracting(Proposal.Person::contactId, Proposal.Person::matchedBy)
                .containsExactlyInAnyOrder(tuple(frank, MatchedBy.NAME), tuple(erin, MatchedBy.EMAIL));
        assertThat(review.confidence()).isEqualTo(80);
        assertThat(review.unknown()).isEmpty();
        assertThat(p.get(1).contactIds()).containsExactly(erin);
    }

    @Test
    void apple_allDayFaceTimeDeclinedAndATitleOnlyFloatingEvent() throws IOException {
        List<Proposal> p = read("apple.ics", "");

        // The owner is not named: Alice is on every meeting. 20:00 New York on the 21st is the 22nd in UTC.
        assertThat(p).extracting(Proposal::day, Proposal::title, Proposal::kind).containsExactly(
                tuple(nov(24), "Coffee with Ivan Petrov", InteractionKind.MEETING),
                tuple(nov(22), "FaceTime with Henry", InteractionKind.VIDEO),
                tuple(nov(10), "Offsite with Grace", InteractionKind.MEETING));
        assertThat(p.get(0).people()).extracting(Proposal.Person::contactId, Proposal.Person::matchedBy)
                .containsExactly(tuple(ivan, MatchedBy.TITLE));
        assertThat(p.get(0).confidence()).isEqualTo(60);
        assertThat(p.get(1).contactIds()).containsExactly(henry);
        assertThat(p.get(2).contactIds()).containsExactly(grace);
        assertThat(p).allSatisfy(x -> assertThat(x.unknown()).isEmpty());
    }

    @Test
    void thunderbird_monthlyByDayAndAStrangerAtTheKickoff() throws IOException {
        List<Proposal> p = read("thunderbird.ics", "");

        assertThat(p).extracting(Proposal::day, Proposal::title, Proposal::kind).containsExactly(
                tuple(nov(10), "Book club", InteractionKind.MEETING),
                tuple(nov(2), "Project kickoff", InteractionKind.VIDEO));
        assertThat(p.get(0).contactIds()).containsExactly(judy);
        assertThat(p.get(1).contactIds()).containsExactly(judy);
        assertThat(p.get(1).unknown()).extracting(CalendarEvent.Attendee::email).containsExactly("ken@example.com");
    }

    @Test
    void allFour_giveEachEventOnce_andTheUserIsNeverAPerson() throws IOException {
        orbit.calendar().add(fixture("google.ics").toString(), "");
        orbit.calendar().add(fixture("outlook.ics").toString(), "alice.martin@example.com");
        orbit.calendar().add(fixture("apple.ics").toString(), "");
        orbit.calendar().add(fixture("thunderbird.ics").toString(), "");
        // The same export added twice proposes its events once.
        orbit.calendar().add(files.resolve("google.ics").toString(), "");

        List<Proposal> p = orbit.calendar().refresh();

        assertThat(p).hasSize(5 + 4 + 3 + 2);
        assertThat(orbit.calendar().unknownPeople()).extracting(CalendarEvent.Attendee::email)
                .containsExactlyInAnyOrder("dan@startup.io", "ken@example.com");
        assertThat(p.stream().map(Proposal::id).distinct()).hasSize(p.size());
    }

    @Test
    void removeASource_dropsWhatItProposed_keepsTheOthers() throws IOException {
        var google = orbit.calendar().add(fixture("google.ics").toString(), "");
        orbit.calendar().add(fixture("thunderbird.ics").toString(), "");
        assertThat(orbit.calendar().refresh()).hasSize(5 + 2);

        orbit.calendar().remove(google.id());

        assertThat(orbit.calendar().proposals()).extracting(Proposal::title)
                .containsExactly("Book club", "Project kickoff");
        assertThat(orbit.calendar().refresh()).hasSize(2);
        assertThat(orbit.calendar().sources()).hasSize(1);
    }

    @Test
    void notACalendar_isReportedNamingTheFile_andProposesNothing() throws IOException {
        Path file = fixture("not-a-calendar.ics");
        orbit.calendar().add(file.toString(), "");

        assertThat(orbit.calendar().refresh()).isEmpty();
        assertThat(orbit.calendar().problems()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("calendar.error.invalid");
            assertThat(new app.orbit.service.Messages(java.util.Locale.ENGLISH).describe(e))
                    .startsWith("The calendar " + file + " is not in iCalendar format");
        });
    }
}
