package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    private static final Instant START = LocalDate.of(2026, 1, 5).atTime(9, 0).toInstant(ZoneOffset.UTC);

    private static Backup at(Instant t, int seq) {
        return new Backup("b-" + t + "-" + seq, t, Backup.Kind.DAILY, seq, 1);
    }

    @Test
    void keep_twoMonthsOfDailyBackups_keepsLastSevenDaysAndNewestOfLastFourWeeks() {
        List<Backup> all = new ArrayList<>();
        for (int d = 0; d < 60; d++) {
            all.add(at(START.plus(Duration.ofDays(d)), 0));
        }
        // Day 59 is 2026-03-05, a Thursday, in ISO week 10.
        Set<Backup> keep = BackupRotation.keep(all, ZoneOffset.UTC);

        List<LocalDate> days = keep.stream().map(b -> LocalDate.ofInstant(b.takenAt(), ZoneOffset.UTC)).sorted()
                .toList();
        assertThat(days).containsExactly(
                LocalDate.of(2026, 2, 15), // Sunday, newest of week 7
                LocalDate.of(2026, 2, 22), // Sunday, newest of week 8
                LocalDate.of(2026, 2, 27), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1), // daily; Mar 1 ends week 9
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 5)); // daily, and newest of week 10
    }

    @Test
    void keep_severalBackupsInADay_keepsOnlyTheNewestOfThatDay() {
        Backup early = at(START, 0);
        Backup sameInstantLater = at(START, 2);
        Backup evening = at(START.plus(Duration.ofHours(10)), 0);

        assertThat(BackupRotation.keep(List.of(early, evening, sameInstantLater), ZoneOffset.UTC))
                .containsExactly(evening);
        assertThat(BackupRotation.keep(List.of(early, sameInstantLater), ZoneOffset.UTC))
                .containsExactly(sameInstantLater);
    }

    @Test
    void keep_aLongGapBetweenBackups_neverDropsTheNewestOnes() {
        Backup old = at(START, 0);
        Backup afterAYear = at(START.plus(Duration.ofDays(400)), 0);

        assertThat(BackupRotation.keep(List.of(old, afterAYear), ZoneOffset.UTC)).containsExactlyInAnyOrder(old,
                afterAYear);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void keep_randomHistories_keepsAtMostElevenAndAlwaysTheNewest(long seed) {
        Random r = new Random(seed);
        List<Backup> all = new ArrayList<>();
        Instant t = START;
        for (int i = 0; i < 200; i++) {
            t = t.plus(Duration.ofMinutes(r.nextInt(3 * 24 * 60)));
            all.add(at(t, 0));
        }
        Set<Backup> keep = BackupRotation.keep(all, ZoneOffset.UTC);

        assertThat(keep).hasSizeLessThanOrEqualTo(BackupRotation.DAILY + BackupRotation.WEEKLY)
                .hasSizeGreaterThanOrEqualTo(BackupRotation.DAILY)
                .contains(all.get(all.size() - 1));
        // Applying the rule again to what it kept keeps all of it: rotation is stable.
        assertThat(BackupRotation.keep(List.copyOf(keep), ZoneOffset.UTC)).containsExactlyInAnyOrderElementsOf(keep);
    }

    @Test
    void keep_aNewerUnverifiedBackupTheSameDay_neverDropsTheNewestVerifiedOne() {
        Backup good = new Backup("good", START, Backup.Kind.DAILY, 0, 1, true);
        // A copy kept before a restore, say of a damaged database: newer, same day, not verified.
        Backup damaged = new Backup("damaged", START.plus(Duration.ofHours(2)), Backup.Kind.PRE_RESTORE, 0, 1, false);

        assertThat(BackupRotation.keep(List.of(good, damaged), ZoneOffset.UTC)).containsExactlyInAnyOrder(good,
                damaged);
        // Without verification (the rule alone), the day's newest would have replaced the good one.
        Backup unverifiedGood = new Backup("good", START, Backup.Kind.DAILY, 0, 1, false);
        assertThat(BackupRotation.keep(List.of(unverifiedGood, damaged), ZoneOffset.UTC)).containsExactly(damaged);
    }

    @Test
    void keep_weeksOfUnverifiedBackupsAfterTheLastGoodOne_stillKeepsTheGoodOne() {
        Backup good = new Backup("good", START, Backup.Kind.DAILY, 0, 1, true);
        List<Backup> all = new ArrayList<>(List.of(good));
        for (int d = 1; d <= 60; d++) {
            all.add(new Backup("b" + d, START.plus(Duration.ofDays(d)), Backup.Kind.PRE_RESTORE, 0, 1, false));
        }

        assertThat(BackupRotation.keep(all, ZoneOffset.UTC)).contains(good, all.get(60));
        assertThat(Backup.lastGood(all.stream().sorted(Backup.NEWEST_FIRST).toList())).contains(good);
    }
}
