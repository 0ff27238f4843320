package app.orbit.service;

import java.time.LocalDate;

/** The ready-made snooze lengths of a plan entry; any other end is a date. */
public enum SnoozeLength {
    ONE_WEEK, ONE_MONTH;

    /** The first day the contact may come back, counted from {@code today}. */
    public LocalDate from(LocalDate today) {
        return this == ONE_WEEK ? today.plusWeeks(1) : today.plusMonths(1);
    }
}
