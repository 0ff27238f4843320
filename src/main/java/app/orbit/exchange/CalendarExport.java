package app.orbit.exchange;

import app.orbit.domain.Contact;
import app.orbit.service.Messages;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanOnDay;
import app.orbit.service.PlanWording;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateStart;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

/**
 * Calendars (biweekly): this week's reconnect plan as all-day events on the day of the export,
 * and birthdays as all-day events repeating every year. Event ids are stable, so importing a
 * newer export updates the events instead of adding copies.
 */
final class CalendarExport {

    private final Messages messages;
    private final Clock clock;
    private final LocalDate today;

    CalendarExport(Messages messages, Clock clock, LocalDate today) {
        this.messages = messages;
        this.clock = clock;
        this.today = today;
    }

    /** Writes the open entries of {@code week} (null for none) and the birthdays. */
    void write(PlanOnDay week, List<Contact> birthdays, OutputStream out) throws IOException {
        ICalendar ical = new ICalendar();
        ical.setProductId("-//Orbit//Orbit//EN");
        PlanWording words = new PlanWording(messages);
        for (PlanLine line : week == null ? List.<PlanLine>of() : week.visible()) {
            VEvent ev = event("reconnect-" + week.week() + "-" + line.contact().id(), today,
                    messages.get("export.ics.reconnect", line.contact().displayName()));
            String suggestion = words.suggestion(line);
            ev.setDescription(text(words.reason(line) + "\n" + words.gesture(line)
                    + (suggestion.isEmpty() ? "" : "\n" + suggestion)));
            ical.addEvent(ev);
        }
        for (Contact c : birthdays) {
            LocalDate first = c.birthday().year() != null ? c.birthday().nextOccurrence(LocalDate.of(
                    c.birthday().year(), 1, 1)) : c.birthday().nextOccurrence(today.withDayOfYear(1));
            VEvent ev = event("birthday-" + c.id(), first, messages.get("export.ics.birthday", c.displayName()));
            ev.setRecurrenceRule(new Recurrence.Builder(Frequency.YEARLY).build());
            ical.addEvent(ev);
        }
        Biweekly.write(ical).go(out);
    }

    private VEvent event(String uid, LocalDate day, String summary) {
        VEvent ev = new VEvent();
        ev.setUid(uid + "@orbit.app");
        ev.setDateTimeStamp(Date.from(clock.instant()));
        ev.setDateStart(new DateStart(toDate(day), false));
        ev.setSummary(text(summary));
        return ev;
    }

    /**
     * Text an iCalendar file may hold: RFC 5545 (3.3.11) forbids the control characters other
     * than tab and line breaks in TEXT, and biweekly would write them raw (a NUL or an escape
     * typed into a follow-up's promise), so they are left out. Line breaks are biweekly's to
     * escape.
     */
    static String text(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean control = ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' || ch == 0x7F;
            if (control && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!control && b != null) {
                b.append(ch);
            }
        }
        return b == null ? s : b.toString();
    }

    private static Date toDate(LocalDate d) {
        // An all-day date: biweekly formats it in the default time zone, so build it in that zone.
        return Date.from(d.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
