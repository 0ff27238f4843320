package app.orbit.domain;

import static app.orbit.testing.ContactBuilder.summary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DueListTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private final CadencePolicy defaults = CadencePolicy.defaults();

    @Test
    void build_keepsOnlyDueAndLost() {
        List<ContactSummary> people = List.of(
                summary(1, Circle.NETWORK, null, TODAY.minusDays(89)),   // due soon
                summary(2, Circle.NETWORK, null, TODAY.minusDays(90)),   // due, exactly at the cadence
                summary(3, Circle.NETWORK, null, TODAY.minusDays(200)),  // lost
                summary(4, Circle.DORMANT, null, TODAY.minusDays(900)),  // never reminded
                summary(5, Circle.INNER, null, TODAY.minusDays(2)));     // fresh

        List<DueEntry> due = DueList.build(people, TODAY, defaults, 10);

        assertThat(due).extracting(e -> e.contact().id()).containsExactly(3L, 2L);
    }

    @Test
    void build_neverTouchedContact_countsFromKnownSince() {
        // A contact with no interaction has its known-since date as last touch.
        List<ContactSummary> people = List.of(summary(1, Circle.CLOSE, null, TODAY.minusDays(31)));

        assertThat(DueList.build(people, TODAY, defaults, 7)).hasSize(1);
    }

    @Test
    void build_archived_isLeftOut() {
        ContactSummary archived = new ContactSummary(1, "A", "B", "", "", Circle.INNER, null, true,
                TODAY.minusDays(400));

        assertThat(DueList.build(List.of(archived), TODAY, defaults, 7)).isEmpty();
    }

    @Test
    void build_closerCircleOutranksAtTheSameRatio() {
        List<ContactSummary> people = List.of(
                summary(1, Circle.OUTER, null, TODAY.minusDays(360)),   // ratio 2, weight 1 -> 2
                summary(2, Circle.INNER, null, TODAY.minusDays(28)),    // ratio 2, weight 4 -> 8
                summary(3, Circle.NETWORK, null, TODAY.minusDays(180)), // ratio 2, weight 2 -> 4
                summary(4, Circle.CLOSE, null, TODAY.minusDays(60)));   // ratio 2, weight 3 -> 6

        assertThat(DueList.build(people, TODAY, defaults, 10)).extracting(e -> e.contact().id())
                .containsExactly(2L, 4L, 3L, 1L);
    }

    @Test
    void build_cadenceOverride_counts() {
        List<ContactSummary> people = List.of(
                summary(1, Circle.NETWORK, 30, TODAY.minusDays(60)),   // ratio 2 -> 4
                summary(2, Circle.NETWORK, null, TODAY.minusDays(90))); // ratio 1 -> 2

        assertThat(DueList.build(people, TODAY, defaults, 10)).extracting(e -> e.contact().id())
                .containsExactly(1L, 2L);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 3, 7, 50})
    void build_isCappedAtThePlanSize(int cap) {
        List<ContactSummary> people = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            people.add(summary(i, Circle.NETWORK, null, TODAY.minusDays(90 + i)));
        }

        List<DueEntry> due = DueList.build(people, TODAY, defaults, cap);

        assertThat(due).hasSize(Math.min(cap, 20));
        if (cap > 0) {
            assertThat(due.get(0).contact().id()).isEqualTo(20L);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void build_orderDoesNotDependOnInputOrder(long seed) {
        List<ContactSummary> people = new ArrayList<>();
        Random random = new Random(seed);
        for (int i = 1; i <= 60; i++) {
            Circle c = Circle.values()[random.nextInt(Circle.values().length)];
            // many ties: only five distinct ages
            people.add(summary(i, c, null, TODAY.minusDays(100 + 50L * random.nextInt(5))));
        }
        List<DueEntry> expected = DueList.build(people, TODAY, defaults, 12);

        Collections.shuffle(people, random);

        assertThat(DueList.build(people, TODAY, defaults, 12)).isEqualTo(expected);
        assertThat(expected).isSortedAccordingTo(DueList.ORDER);
    }
}
