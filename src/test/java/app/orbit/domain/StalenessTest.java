package app.orbit.domain;

import static app.orbit.testing.ContactBuilder.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StalenessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final CadencePolicy defaults = CadencePolicy.defaults();

    @ParameterizedTest(name = "{0} touched {1} days ago -> {2}")
    @CsvSource({
        // circle, days since, expected level: INNER 14, CLOSE 30, NETWORK 90, OUTER 180
        "INNER, 0, FRESH",
        "INNER, 10, FRESH",      // 0.714
        "INNER, 11, DUE_SOON",   // 0.786
        "INNER, 13, DUE_SOON",
        "INNER, 14, DUE",        // exactly at the cadence
        "INNER, 27, DUE",
        "INNER, 28, LOST",       // exactly twice the cadence
        "CLOSE, 22, FRESH",      // 0.733
        "CLOSE, 23, DUE_SOON",   // 0.767
        "CLOSE, 29, DUE_SOON",
        "CLOSE, 30, DUE",
        "CLOSE, 59, DUE",
        "CLOSE, 60, LOST",
        "NETWORK, 67, FRESH",
        "NETWORK, 68, DUE_SOON",
        "NETWORK, 89, DUE_SOON",
        "NETWORK, 90, DUE",
        "NETWORK, 180, LOST",
        "OUTER, 179, DUE_SOON",
        "OUTER, 180, DUE",
        "OUTER, 360, LOST",
        "DORMANT, 0, UNTRACKED",
        "DORMANT, 5000, UNTRACKED",
    })
    void of_circleDefaults_levelAtBoundaries(Circle circle, int daysAgo, StalenessLevel expected) {
        Staleness s = Staleness.of(summary(1, circle, null, TODAY.minusDays(daysAgo)), TODAY, defaults);

        assertThat(s.level()).isEqualTo(expected);
        assertThat(s.daysSinceTouch()).isEqualTo(daysAgo);
    }

    @ParameterizedTest(name = "override {1} days, touched {2} days ago -> {3}")
    @CsvSource({
        "NETWORK, 60, 44, FRESH",
        "NETWORK, 60, 45, DUE_SOON",
        "NETWORK, 60, 60, DUE",
        "NETWORK, 60, 120, LOST",
        "INNER, 7, 7, DUE",
        "OUTER, 365, 200, FRESH",
        "DORMANT, 7, 400, UNTRACKED",  // DORMANT is never reminded, override or not
    })
    void of_cadenceOverride_winsOverCircle(Circle circle, int override, int daysAgo, StalenessLevel expected) {
        Staleness s = Staleness.of(summary(1, circle, override, TODAY.minusDays(daysAgo)), TODAY, defaults);

        assertThat(s.level()).isEqualTo(expected);
    }

    @Test
    void of_circleCadenceSetting_changesTheLevel() {
        CadencePolicy weekly = new CadencePolicy(Map.of(Circle.INNER, 7));

        Staleness s = Staleness.of(summary(1, Circle.INNER, null, TODAY.minusDays(7)), TODAY, weekly);

        assertThat(s.level()).isEqualTo(StalenessLevel.DUE);
        assertThat(s.cadenceDays()).hasValue(7);
    }

    @Test
    void of_archived_isUntrackedWhateverTheDays() {
        ContactSummary archived = new ContactSummary(1, "A", "B", "", "", Circle.INNER, null, true,
                TODAY.minusDays(400));

        assertThat(Staleness.of(archived, TODAY, defaults).level()).isEqualTo(StalenessLevel.UNTRACKED);
    }

    @Test
    void of_lastTouchInTheFuture_countsAsToday() {
        Staleness s = Staleness.of(summary(1, Circle.INNER, null, TODAY.plusDays(3)), TODAY, defaults);

        assertThat(s.daysSinceTouch()).isZero();
        assertThat(s.level()).isEqualTo(StalenessLevel.FRESH);
        assertThat(s.reasonKey()).isEqualTo("staleness.reason.today");
    }

    @Test
    void reasonArgs_areDaysThenCadence() {
        Staleness s = Staleness.of(summary(1, Circle.NETWORK, 60, TODAY.minusDays(94)), TODAY, defaults);

        assertThat(s.reasonKey()).isEqualTo("staleness.reason");
        assertThat(s.reasonArgs()).containsExactly(94L, 60);
    }

    @Test
    void of_unsorted_isUntrackedEvenWithAnOverride_andItsCircleHasNoCadenceSetting() {
        Staleness s = Staleness.of(summary(1, Circle.UNSORTED, 10, TODAY.minusDays(4000)), TODAY, defaults);

        assertThat(s.level()).isEqualTo(StalenessLevel.UNTRACKED);
        assertThat(s.cadenceDays()).isEmpty();
        assertThat(defaults.forCircle(Circle.UNSORTED)).isEmpty();
        assertThat(new CadencePolicy(Map.of(Circle.UNSORTED, 5)).forCircle(Circle.UNSORTED)).isEmpty();
    }

    @Test
    void reasonKey_nothingEverLogged_saysNoTouchLoggedRatherThanTouchedToday() {
        Staleness addedToday = Staleness.of(summary(1, Circle.NETWORK, null, TODAY), TODAY, defaults);
        Staleness imported = Staleness.of(summary(2, Circle.UNSORTED, null, TODAY), TODAY, defaults);

        assertThat(addedToday.reasonKey()).isEqualTo("staleness.reason.today");
        assertThat(addedToday.reasonKey(true)).isEqualTo("staleness.reason.today");
        assertThat(addedToday.reasonKey(false)).isEqualTo("staleness.reason.never");
        assertThat(imported.reasonKey(false)).isEqualTo("staleness.reason.untracked.never");
        assertThat(imported.reasonKey(true)).isEqualTo("staleness.reason.untracked.today");
    }
}
