package app.orbit.domain;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** Birthdays that fall today or within the next {@value #DAYS} days, the plan's time-bound horizon. */
public final class BirthdayWindow {

    public static final int DAYS = 7;

    private BirthdayWindow() {
    }

    /** The birthday's next date when it falls within the window, else empty. */
    public static Optional<LocalDate> next(Birthday birthday, LocalDate today) {
        if (birthday == null) {
            return Optional.empty();
        }
        LocalDate next = birthday.nextOccurrence(today);
        return next.isAfter(today.plusDays(DAYS)) ? Optional.empty() : Optional.of(next);
    }

    /**
     * Every month-day a stored birthday may have to fall within the window: the window's days,
     * plus 29 February when the window holds 28 February of a year without it.
     */
    public static Set<MonthDay> monthDays(LocalDate today) {
        Set<MonthDay> out = new LinkedHashSet<>();
        for (int i = 0; i <= DAYS; i++) {
            LocalDate d = today.plusDays(i);
            out.add(MonthDay.from(d));
            if (d.getMonthValue() == 2 && d.getDayOfMonth() == 28 && !d.isLeapYear()) {
                out.add(MonthDay.of(2, 29));
            }
        }
        return out;
    }
}
