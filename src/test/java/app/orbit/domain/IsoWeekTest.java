package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoWeekTest {

    @ParameterizedTest
    @CsvSource({
        "2026-11-26, 2026-W48",
        "2026-11-23, 2026-W48",
        "2026-11-29, 2026-W48",
        "2026-11-30, 2026-W49",
        "2026-12-28, 2026-W53",
        "2026-12-31, 2026-W53",
        "2027-01-01, 2026-W53",
        "2027-01-03, 2026-W53",
        "2027-01-04, 2027-W01",
        "2020-12-31, 2020-W53",
        "2021-01-01, 2020-W53",
        "2021-01-03, 2020-W53",
        "2021-01-04, 2021-W01",
        "2024-12-30, 2025-W01",
        "2025-01-01, 2025-W01",
        "2025-12-29, 2026-W01",
        "2026-01-01, 2026-W01",
        "2015-12-31, 2015-W53",
        "2016-01-03, 2015-W53",
        "2024-02-29, 2024-W09"})
    void of_dayAcrossNewYear_givesTheIsoWeek(LocalDate day, String expected) {
        assertThat(IsoWeek.of(day)).hasToString(expected);
        assertThat(IsoWeek.of(day).contains(day)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2026-W53, 2026-12-28, 2027-01-03",
        "2027-W01, 2027-01-04, 2027-01-10",
        "2020-W53, 2020-12-28, 2021-01-03",
        "2025-W01, 2024-12-30, 2025-01-05",
        "2026-W48, 2026-11-23, 2026-11-29"})
    void mondayAndSunday_boundTheWeek(String week, LocalDate monday, LocalDate sunday) {
        IsoWeek w = IsoWeek.parse(week);

        assertThat(w.monday()).isEqualTo(monday);
        assertThat(w.sunday()).isEqualTo(sunday);
        assertThat(w.contains(monday.minusDays(1))).isFalse();
        assertThat(w.contains(sunday.plusDays(1))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"2026, 53", "2020, 53", "2015, 53", "2027, 52", "2025, 52", "2024, 52", "2021, 52"})
    void weeksIn_knowsLongYears(int year, int weeks) {
        assertThat(IsoWeek.weeksIn(year)).isEqualTo(weeks);
    }

    @Test
    void nextAndPrevious_crossTheYear() {
        assertThat(IsoWeek.parse("2026-W53").next()).hasToString("2027-W01");
        assertThat(IsoWeek.parse("2027-W01").previous()).hasToString("2026-W53");
        assertThat(IsoWeek.parse("2025-W52").next()).hasToString("2026-W01");
        assertThat(IsoWeek.parse("2026-W01").previous()).hasToString("2025-W52");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-W53", "2026-W00", "2026-W54", "2026-48", "", "W48-2026"})
    void parse_invalid_isRefused(String text) {
        assertThatThrownBy(() -> IsoWeek.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2026, 99_999})
    void of_randomDays_isConsistent(long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 2000; i++) {
            LocalDate day = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(365 * 60));
            IsoWeek w = IsoWeek.of(day);

            assertThat(w.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(w.contains(day)).isTrue();
            assertThat(IsoWeek.parse(w.toString())).isEqualTo(w);
            assertThat(w.next().monday()).isEqualTo(w.monday().plusWeeks(1));
            assertThat(w.next()).isGreaterThan(w);
            assertThat(w.previous().next()).isEqualTo(w);
        }
    }
}
