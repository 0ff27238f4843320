package app.orbit.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * An interaction Orbit read from the user's calendar, waiting to be accepted or dismissed: an
 * ended meeting whose attendees (or title) match contacts. {@code id} is short and stable (the
 * start of the event's key), so the command line can name it across runs. {@code confidence}
 * (0–100) is the weakest of its people's matches; {@code unknown} are the attendees with an email
 * who are not contacts yet.
 */
public record Proposal(String id, String eventKey, LocalDate day, String title, InteractionKind kind,
        List<Person> people, List<CalendarEvent.Attendee> unknown) {

    /** The length of a proposal's id. */
    public static final int ID_LENGTH = 8;

    public Proposal {
        people = List.copyOf(people);
        unknown = List.copyOf(unknown);
    }

    /** How a contact was found for an attendee, and how sure that is. */
    public enum MatchedBy {
        /** The attendee's email is the contact's. */
        EMAIL(100),
        /** The attendee's name is the contact's, and only theirs. */
        NAME(80),
        /** The event's title holds the contact's full name, and only theirs. */
        TITLE(60),
        /** The name (in the attendee or the title) is that of several contacts: the first is proposed. */
        AMBIGUOUS_NAME(40);

        private final int confidence;

        MatchedBy(int confidence) {
            this.confidence = confidence;
        }

        public int confidence() {
            return confidence;
        }
    }

    /** A contact proposed as a participant. */
    public record Person(long contactId, String name, MatchedBy matchedBy) {
    }

    /** The weakest match among the people: how sure Orbit is of the whole proposal. */
    public int confidence() {
        return people.stream().mapToInt(p -> p.matchedBy().confidence()).min().orElse(0);
    }

    public List<Long> contactIds() {
        return people.stream().map(Person::contactId).toList();
    }
}
