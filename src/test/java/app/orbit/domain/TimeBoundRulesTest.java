package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The time-bound horizon: birthdays and follow-ups within the next 7 days. */
class TimeBoundRulesTest {

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        // today, birthday (--MM-DD or YYYY-MM-DD), expected next date within the window
        "2026-11-26, --11-26, 2026-11-26",
        "2026-11-26, --12-03, 2026-12-03",
        "2026-11-26, --12-04, -",
        "2026-11-26, --11-25, -",
        "2026-12-28, --01-02, 2027-01-02",
        "2026-12-28, --01-04, 2027-01-04",
        "2026-12-28, --01-05, -",
        "2027-02-25, --02-29, 2027-02-28",
        "2028-02-25, --02-29, 2028-02-29",
        "2026-11-26, 1980-11-30, 2026-11-30"})
    void birthdayWindow_isTodayToSevenDaysAhead(LocalDate today, String birthday, LocalDate expected) {
        assertThat(BirthdayWindow.next(Birthday.parse(birthday), today).orElse(null)).isEqualTo(expected);
        if (expected != null) {
            assertThat(BirthdayWindow.monthDays(today)).contains(Birthday.parse(birthday).monthDay());
        }
    }

    @ParameterizedTest
    @CsvSource({"2027-02-25, true", "2028-02-25, false", "2026-11-26, false"})
    void monthDays_addsTheTwentyNinthOfFebruaryInYearsWithoutIt(LocalDate today, boolean extra) {
        assertThat(BirthdayWindow.monthDays(today)).hasSize(8 + (extra ? 1 : 0));
        assertThat(BirthdayWindow.monthDays(today).contains(MonthDay.of(2, 29)))
                .isEqualTo(extra || today.getYear() == 2028);
    }

    @ParameterizedTest
    @CsvSource({
        // due in days from today, last touch days relative to the promise (0 = the promise itself), pending
        "0, 0, true",
        "7, 0, true",
        "8, 0, false",
        "-1, 0, true",
        "-14, 0, true",
        "-15, 0, false",
        "3, 1, false",
        "3, -5, true"})
    void pendingFollowUp_isDueWithinTheWeekAndUnansweredSince(int dueIn, int touchAfterPromise, boolean pending) {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate promisedOn = today.minusDays(70);
        PendingFollowUp f = new PendingFollowUp(1, promisedOn, today.plusDays(dueIn), "Send the deck");

        assertThat(f.isPending(promisedOn.plusDays(touchAfterPromise), today)).isEqualTo(pending);
    }
}
