package app.orbit.exchange;

import app.orbit.domain.CalendarEvent;
import app.orbit.domain.CalendarEvent.Attendee;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.TimezoneInfo;
import biweekly.parameter.CalendarUserType;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.DateOrDateTimeProperty;
import biweekly.property.RawProperty;
import biweekly.util.DateTimeComponents;
import biweekly.util.ICalDate;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * Reads an iCalendar text into the ended occurrences of a window, as a calendar app would show
 * them: recurrences expanded (RRULE, RDATE, EXDATE) with overridden instances (RECURRENCE-ID) in
 * place of the ones they replace, times in their VTIMEZONE or TZID, floating times and all-day
 * events on the user's days, cancelled events and the ones the user declined left out.
 *
 * <p>"The user" is the calendar's owner: the email given with the source, else the calendar's
 * name when it is an email (Google names a primary calendar after its owner), else the address
 * that is on at least half of the events with attendees (in one's own calendar, one is at every
 * meeting). See docs/decisions/0014-calendar-proposals.md.
 */
final class IcsCalendarReader {

    /** The hosts of video meetings: a link to one in the event makes the touch a VIDEO one. */
    static final Pattern VIDEO = Pattern.compile("(?i)(meet\\.google\\.com|zoom\\.us|teams\\.microsoft\\.com"
            + "|teams\\.live\\.com|whereby\\.com|webex\\.com|gotomeeting\\.com|meet\\.jit\\.si|bluejeans\\.com"
            + "|chime\\.aws|facetime\\.apple\\.com|meet\\.goto\\.com|skype\\.com)");
    /** Addresses of rooms and shared calendars, never a person (Google's resources, Outlook's rooms carry CUTYPE). */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "(?i).*@(resource\\.calendar\\.google\\.com|group\\.calendar\\.google\\.com|group\\.v\\.calendar\\.google\\.com)$");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final LocalDate from;
    private final Instant now;
    private final ZoneId zone;
    private final LocalDate today;

    /** A reader of the occurrences that start on or after {@code from} and have ended by {@code now}, on days of {@code zone}. */
    IcsCalendarReader(LocalDate from, Instant now, ZoneId zone) {
        this.from = from;
        this.now = now;
        this.zone = zone;
        this.today = LocalDate.ofInstant(now, zone);
    }

    /** Whether the text holds a calendar at all: what is not one is refused, not read as empty. */
    static boolean looksLikeCalendar(String text) {
        return text != null && text.stripLeading().regionMatches(true, 0, "BEGIN:VCALENDAR", 0, 15);
    }

    /**
     * The ended occurrences of the calendars in {@code text}; {@code owner} is the user's email
     * when known (empty otherwise).
     */
    List<CalendarEvent> read(String text, String owner) {
        List<CalendarEvent> out = new ArrayList<>();
        for (ICalendar ical : Biweekly.parse(text).all()) {
            read(ical, owner, out);
        }
        return out;
    }

    private void read(ICalendar ical, String owner, List<CalendarEvent> out) {
        TimezoneInfo tz = ical.getTimezoneInfo();
        Set<String> me = me(ical, owner);
        Map<String, VEvent> masters = new LinkedHashMap<>();
        Map<String, List<VEvent>> overrides = new HashMap<>();
        for (VEvent e : ical.getEvents()) {
            if (e.getDateStart() == null || e.getDateStart().getValue() == null) {
                continue;
            }
            String uid = e.getUid() == null || e.getUid().getValue() == null ? "" : e.getUid().getValue();
            if (e.getRecurrenceId() != null && e.getRecurrenceId().getValue() != null) {
                overrides.computeIfAbsent(uid, k -> new ArrayList<>()).add(e);
            } else {
                masters.put(uid.isEmpty() ? "no-uid-" + masters.size() : uid, e);
            }
        }
        for (Map.Entry<String, VEvent> m : masters.entrySet()) {
            VEvent master = m.getValue();
            Set<String> replaced = new HashSet<>();
            for (VEvent o : overrides.getOrDefault(m.getKey(), List.of())) {
                replaced.add(when(o.getRecurrenceId(), tz).id());
            }
            if (master.getRecurrenceRule() == null && master.getRecurrenceDates().isEmpty()) {
                occurrence(master, m.getKey(), "", when(master.getDateStart(), tz), tz, me, out);
            } else {
                expand(master, m.getKey(), replaced, tz, me, out);
            }
        }
        overrides.forEach((uid, list) -> {
            for (VEvent o : list) {
                occurrence(o, uid, when(o.getRecurrenceId(), tz).id(), when(o.getDateStart(), tz), tz, me, out);
            }
        });
    }

    /** A start as Orbit compares them: an instant for a timed value, a day for an all-day one. */
    private record When(Instant instant, LocalDate day) {
        boolean allDay() {
            return instant == null;
        }

        /** The recurrence id of the occurrence starting then: its UTC start, or its day. */
        String id() {
            return allDay() ? day.toString() : instant.toString();
        }
    }

    private When when(DateOrDateTimeProperty p, TimezoneInfo tz) {
        ICalDate d = p.getValue();
        DateTimeComponents raw = d.getRawComponents();
        if (!d.hasTime()) {
            return raw != null ? new When(null, LocalDate.of(raw.getYear(), raw.getMonth(), raw.getDate()))
                    : new When(null, LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault()));
        }
        if (raw != null && raw.isUtc()) {
            return new When(d.toInstant(), null);
        }
        TimezoneAssignment assigned = tz.getTimezone(p);
        if (assigned != null || raw == null) {
            return new When(d.toInstant(), null);
        }
        // Floating: the same wall-clock time wherever the user is ("9:00", not "9:00 in Paris").
        LocalDateTime local = LocalDateTime.of(raw.getYear(), raw.getMonth(), raw.getDate(), raw.getHour(),
                raw.getMinute(), raw.getSecond());
        return new When(local.atZone(zone).toInstant(), null);
    }

    /** Every occurrence of a recurring event in the window, but those an override replaces. */
    private void expand(VEvent master, String uid, Set<String> replaced, TimezoneInfo tz, Set<String> me,
            List<CalendarEvent> out) {
        When first = when(master.getDateStart(), tz);
        TimezoneAssignment assigned = tz.getTimezone(master.getDateStart());
        ICalDate start = master.getDateStart().getValue();
        DateTimeComponents raw = start.getRawComponents();
        boolean utc = raw != null && raw.isUtc();
        // Floating and all-day values were parsed in the JVM's zone: iterated there, their wall-clock
        // times and days come back as written.
        TimeZone iterateIn = first.allDay() || (assigned == null && !utc) ? TimeZone.getDefault()
                : utc ? TimeZone.getTimeZone("UTC") : assigned.getTimeZone();
        boolean floating = !first.allDay() && assigned == null && !utc;
        DateIterator it = master.getDateIterator(iterateIn);
        // Skip what starts long before the window (a weekly meeting since 2015), two days' margin for time zones.
        it.advanceTo(Date.from(from.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant()));
        int guard = 0;
        while (it.hasNext() && guard++ < 100_000) {
            Date next = it.next();
            When w;
            if (first.allDay()) {
                w = new When(null, LocalDate.ofInstant(next.toInstant(), iterateIn.toZoneId()));
            } else if (floating) {
                w = new When(LocalDateTime.ofInstant(next.toInstant(), iterateIn.toZoneId()).atZone(zone).toInstant(),
                        null);
            } else {
                w = new When(next.toInstant(), null);
            }
            LocalDate day = w.allDay() ? w.day() : LocalDate.ofInstant(w.instant(), zone);
            if (day.isAfter(today)) {
                break;
            }
            if (replaced.contains(w.id())) {
                continue;
            }
            occurrence(master, uid, w.id(), w, tz, me, out);
        }
    }

    private void occurrence(VEvent e, String uid, String recurrenceId, When start, TimezoneInfo tz, Set<String> me,
            List<CalendarEvent> out) {
        if (e.getStatus() != null && e.getStatus().isCancelled()) {
            return;
        }
        LocalDate day = start.allDay() ? start.day() : LocalDate.ofInstant(start.instant(), zone);
        if (day.isBefore(from) || !ended(e, start, tz)) {
            return;
        }
        List<Attendee> people = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (biweekly.property.Attendee a : e.getAttendees()) {
            String email = email(a.getEmail(), a.getUri());
            ParticipationStatus status = a.getParticipationStatus();
            boolean declined = status != null && status.equals(ParticipationStatus.DECLINED);
            if (me.contains(email)) {
                if (declined) {
                    return;
                }
                continue;
            }
            CalendarUserType type = a.getCalendarUserType();
            if (declined || (type != null && (type.equals(CalendarUserType.ROOM)
                    || type.equals(CalendarUserType.RESOURCE) || type.equals(CalendarUserType.GROUP)))
                    || NOT_A_PERSON.matcher(email).matches()) {
                continue;
            }
            String name = a.getCommonName() == null || a.getCommonName().equalsIgnoreCase(email) ? ""
                    : a.getCommonName();
            if ((email.isEmpty() && name.isEmpty()) || (!email.isEmpty() && !seen.add(email))) {
                continue;
            }
            people.add(new Attendee(email, name));
        }
        if (e.getOrganizer() != null) {
            String email = email(e.getOrganizer().getEmail(), e.getOrganizer().getUri());
            if (!email.isEmpty() && !me.contains(email) && !NOT_A_PERSON.matcher(email).matches()
                    && !e.getAttendees().isEmpty() && seen.add(email)) {
                // The organiser of a meeting was there; without attendees the event is no meeting.
                String name = e.getOrganizer().getCommonName();
                people.add(new Attendee(email, name == null || name.equalsIgnoreCase(email) ? "" : name));
            }
        }
        String title = e.getSummary() == null || e.getSummary().getValue() == null ? "" : e.getSummary().getValue();
        out.add(new CalendarEvent(uid, recurrenceId, day, title, people, video(e)));
    }

    /** Whether the occurrence starting then has ended by now (an all-day event at the end of its last day). */
    private boolean ended(VEvent e, When start, TimezoneInfo tz) {
        When masterStart = when(e.getDateStart(), tz);
        if (start.allDay()) {
            long days = 1;
            if (e.getDateEnd() != null && e.getDateEnd().getValue() != null) {
                days = Math.max(1, masterStart.day().until(when(e.getDateEnd(), tz).day()).getDays());
            }
            return !start.day().plusDays(days).isAfter(today);
        }
        Duration length = Duration.ZERO;
        if (e.getDateEnd() != null && e.getDateEnd().getValue() != null) {
            When end = when(e.getDateEnd(), tz);
            if (!end.allDay()) {
                length = Duration.between(masterStart.instant(), end.instant());
            }
        } else if (e.getDuration() != null && e.getDuration().getValue() != null) {
            length = Duration.ofMillis(e.getDuration().getValue().toMillis());
        }
        return !start.instant().plus(length.isNegative() ? Duration.ZERO : length).isAfter(now);
    }

    private static boolean video(VEvent e) {
        StringBuilder text = new StringBuilder();
        if (e.getLocation() != null && e.getLocation().getValue() != null) {
            text.append(e.getLocation().getValue()).append(' ');
        }
        if (e.getDescription() != null && e.getDescription().getValue() != null) {
            text.append(e.getDescription().getValue()).append(' ');
        }
        if (e.getUrl() != null && e.getUrl().getValue() != null) {
            text.append(e.getUrl().getValue()).append(' ');
        }
        for (RawProperty p : e.getExperimentalProperties()) {
            text.append(p.getValue()).append(' ');
        }
        e.getProperties(biweekly.property.Conference.class).forEach(c -> text.append(c.getUri()).append(' '));
        return VIDEO.matcher(text).find();
    }

    private static String email(String email, String uri) {
        String s = email;
        if ((s == null || s.isBlank()) && uri != null) {
            s = uri.regionMatches(true, 0, "mailto:", 0, 7) ? uri.substring(7) : uri;
        }
        s = s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
        return EMAIL.matcher(s).matches() ? s : "";
    }

    /** The user's addresses in this calendar (see the class comment). */
    private static Set<String> me(ICalendar ical, String owner) {
        Set<String> me = new HashSet<>();
        if (owner != null && !owner.isBlank()) {
            me.add(owner.strip().toLowerCase(Locale.ROOT));
            return me;
        }
        RawProperty name = ical.getExperimentalProperty("X-WR-CALNAME");
        String calName = name == null ? "" : email(name.getValue(), null);
        if (!calName.isEmpty()) {
            me.add(calName);
            return me;
        }
        Map<String, Integer> counts = new HashMap<>();
        int withPeople = 0;
        for (VEvent e : ical.getEvents()) {
            Set<String> here = new HashSet<>();
            e.getAttendees().forEach(a -> here.add(email(a.getEmail(), a.getUri())));
            if (e.getOrganizer() != null) {
                here.add(email(e.getOrganizer().getEmail(), e.getOrganizer().getUri()));
            }
            here.remove("");
            if (e.getAttendees().isEmpty()) {
                continue;
            }
            withPeople++;
            here.forEach(a -> counts.merge(a, 1, Integer::sum));
        }
        int needed = Math.max(2, (withPeople + 1) / 2);
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(2).toList();
        // A tie names nobody: better to know no one than to take a colleague for the user.
        if (!top.isEmpty() && top.get(0).getValue() >= needed
                && (top.size() == 1 || top.get(1).getValue() < top.get(0).getValue())) {
            me.add(top.get(0).getKey());
        }
        return me;
    }
}
