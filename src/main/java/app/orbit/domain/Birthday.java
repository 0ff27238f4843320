package app.orbit.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A birthday, with or without the year (address books often keep only the day). */
public record Birthday(MonthDay monthDay, Integer year) {

    private static final Pattern FULL = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern NO_YEAR = Pattern.compile("--(\\d{2})-?(\\d{2})");

    public Birthday {
        Objects.requireNonNull(monthDay, "monthDay");
        if (year != null) {
            if (year < 1850 || year > 2200) {
                throw new ValidationException("birthday", "error.birthday.year", year);
            }
            if (!monthDay.isValidYear(year)) {
                throw new ValidationException("birthday", "error.birthday.invalid", year + "-" + monthDay);
            }
        }
    }

    public static Birthday of(LocalDate date) {
        return new Birthday(MonthDay.from(date), date.getYear());
    }

    /** Parses {@code YYYY-MM-DD} or {@code --MM-DD}; a clear ValidationException otherwise. */
    public static Birthday parse(String text) {
        String s = Text.clean(text);
        try {
            Matcher full = FULL.matcher(s);
            if (full.matches()) {
                LocalDate d = LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)));
                return of(d);
            }
            Matcher noYear = NO_YEAR.matcher(s);
            if (noYear.matches()) {
                return new Birthday(MonthDay.of(Integer.parseInt(noYear.group(1)), Integer.parseInt(noYear.group(2))),
                        null);
            }
        } catch (DateTimeException e) {
            throw new ValidationException("birthday", "error.birthday.invalid", s);
        }
        throw new ValidationException("birthday", "error.birthday.invalid", s);
    }

    public OptionalInt optionalYear() {
        return year == null ? OptionalInt.empty() : OptionalInt.of(year);
    }

    /** The next date this birthday falls on, today included. 29 February falls on 28 in other years. */
    public LocalDate nextOccurrence(LocalDate today) {
        LocalDate thisYear = at(today.getYear());
        return thisYear.isBefore(today) ? at(today.getYear() + 1) : thisYear;
    }

    private LocalDate at(int y) {
        return monthDay.isValidYear(y) ? monthDay.atYear(y) : LocalDate.of(y, monthDay.getMonth(), 28);
    }

    /** The age reached on the next occurrence, when the year is known. */
    public Optional<Integer> ageOn(LocalDate date) {
        return year == null ? Optional.empty() : Optional.of(date.getYear() - year);
    }

    /** {@code YYYY-MM-DD}, or {@code --MM-DD} without a year. */
    @Override
    public String toString() {
        return year == null
                ? String.format("--%02d-%02d", monthDay.getMonthValue(), monthDay.getDayOfMonth())
                : String.format("%04d-%02d-%02d", year, monthDay.getMonthValue(), monthDay.getDayOfMonth());
    }
}
