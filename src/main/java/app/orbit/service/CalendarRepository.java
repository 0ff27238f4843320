package app.orbit.service;

import app.orbit.domain.CalendarSource;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Port: the calendars Orbit reads, and the events already accepted or dismissed (by key only). */
public interface CalendarRepository {

    /** What became of an event the user decided on. */
    enum Outcome { ACCEPTED, DISMISSED }

    /** Stores a calendar {@code addedBy} reads (decision 0016: each person reads their own). */
    CalendarSource insert(CalendarSource source, String addedBy);

    /** The calendars the person added, and those added before Orbit asked who (everyone's). */
    List<CalendarSource> sources(String person);

    /** Removes a source; false when there was none with this id. */
    boolean delete(long id);

    /** Which of these event keys were accepted or dismissed. */
    Set<String> decided(Collection<String> eventKeys);

    /**
     * The ids of the contacts having each of these emails (lower case), ordered by id: an
     * attendee's match read from one index, without loading whole contacts.
     */
    java.util.Map<String, List<Long>> contactsByEmail(Collection<String> emails);

    /** The ids of the contacts whose folded name ({@code Contact#nameKey}) is each of these, ordered by id. */
    java.util.Map<String, List<Long>> contactsByName(Collection<String> nameKeys);

    /** Remembers an event as decided; false when it already was (nothing changes then). */
    boolean decide(String eventKey, Outcome outcome, Instant at);
}
