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

    CalendarSource insert(CalendarSource source);

    List<CalendarSource> sources();

    /** Removes a source; false when there was none with this id. */
    boolean delete(long id);

    /** Which of these event keys were accepted or dismissed. */
    Set<String> decided(Collection<String> eventKeys);

    /** Remembers an event as decided; false when it already was (nothing changes then). */
    boolean decide(String eventKey, Outcome outcome, Instant at);
}
