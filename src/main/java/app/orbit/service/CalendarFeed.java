package app.orbit.service;

import app.orbit.domain.CalendarEvent;
import app.orbit.domain.CalendarSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Port: reads a calendar's ended occurrences between a day and now, on the user's days. Reading
 * is file or network work only, never the database, so the window runs it off the database worker.
 */
public interface CalendarFeed {

    /**
     * The occurrences that started on or after {@code from} and ended by {@code now}.
     *
     * @throws app.orbit.domain.OrbitException naming the source (masked) when it cannot be read:
     *     a missing file, an address that answers 404 or not in time, text that is no calendar
     */
    List<CalendarEvent> read(CalendarSource source, LocalDate from, Instant now, ZoneId zone);
}
