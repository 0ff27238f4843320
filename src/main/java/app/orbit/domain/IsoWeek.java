package app.orbit.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week (Monday to Sunday, week 1 holds the year's first Thursday): the unit of the
 * reconnect plan. Its year is the week-based year, so 2027-01-01 is in 2026-W53.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Comparator<IsoWeek> ORDER = Comparator.comparingInt(IsoWeek::year)
            .thenComparingInt(IsoWeek::week);

    public IsoWeek {
        if (year < 1900 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException("week out of range for " + year + ": " + week);
        }
    }

    /** The week holding a day. */
    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** 52 or 53: a year has 53 weeks when 28 December falls in week 53. */
    public static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Parses {@code 2026-W48}. */
    public static IsoWeek parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an ISO week: " + text);
        }
        return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate monday() {
        // 4 January is always in week 1 of its week-based year.
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(monday()) && !day.isAfter(sunday());
    }

    public IsoWeek next() {
        return of(monday().plusWeeks(1));
    }

    public IsoWeek previous() {
        return of(monday().minusWeeks(1));
    }

    @Override
    public int compareTo(IsoWeek other) {
        return ORDER.compare(this, other);
    }

    /** {@code 2026-W48}. */
    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }
}
