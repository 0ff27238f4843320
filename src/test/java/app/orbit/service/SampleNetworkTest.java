package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.GestureKind;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.PrecisionCheck;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample network shows the whole method on first launch, whatever the day of the week. */
class SampleNetworkTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DayOfWeek.class)
    void load_thisWeeksPlan_showsEveryGestureAnAskAndGiveFirst(DayOfWeek day) {
        LocalDate today = TestOrbit.TODAY.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        try (Orbit orbit = TestOrbit.open(dir, today)) {
            orbit.sampleNetwork().load();
            PlanOnDay plan = orbit.planner().thisWeek();
            PlanWording en = new PlanWording(new Messages(Locale.ENGLISH));
            String cards = plan.lines().stream().map(l -> l.contact().displayName() + ": " + en.gesture(l) + " | "
                    + en.suggestion(l)).collect(Collectors.joining("\n"));

            Set<GestureKind> kinds = plan.lines().stream().map(l -> l.entry().gesture().kind())
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(GestureKind.class)));
            assertThat(kinds).as(cards).isEqualTo(EnumSet.allOf(GestureKind.class));
            assertThat(plan.lines()).as(cards).anyMatch(l -> l.ask() != null);
            assertThat(plan.lines()).as(cards).anyMatch(PlanLine::giveFirst);
            PlanLine intro = plan.lines().stream().filter(l -> l.entry().gesture().kind() == GestureKind.INTRODUCE)
                    .findFirst().orElseThrow();
            assertThat(en.gesture(intro)).as(cards).isEqualTo("Introduce Nadia Kader to Tom Price, after asking each "
                    + "of them whether they would like it.");
            PlanLine promise = plan.lines().stream().filter(l -> l.entry().gesture().kind() == GestureKind.FOLLOW_UP)
                    .findFirst().orElseThrow();
            assertThat(promise.contact().displayName()).as(cards).isEqualTo("Camille Bonnet");
            assertThat(plan.lines()).as(cards).noneMatch(l -> l.contact().displayName().equals("Zoé André")
                    && l.entry().gesture().kind() == GestureKind.FOLLOW_UP);
        }
    }

    @Test
    void load_theUsersAsksArePrecise() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.sampleNetwork().load();

            assertThat(orbit.asks().active()).hasSize(2)
                    .allSatisfy(a -> assertThat(PrecisionCheck.of(a).score()).as(a.lookingFor()).isGreaterThanOrEqualTo(70));
        }
    }

    @Test
    void load_summariesAgreeWithTheirKind() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.sampleNetwork().load();
            for (var c : orbit.contacts().search("", false, 100)) {
                for (Interaction i : orbit.interactions().timeline(c.id())) {
                    String s = i.summary().toLowerCase(Locale.ROOT);
                    if (s.startsWith("video call")) {
                        assertThat(i.kind()).as(i.summary()).isEqualTo(InteractionKind.VIDEO);
                    } else if (s.startsWith("call")) {
                        assertThat(i.kind()).as(i.summary()).isEqualTo(InteractionKind.CALL);
                    } else if (s.startsWith("email")) {
                        assertThat(i.kind()).as(i.summary()).isEqualTo(InteractionKind.EMAIL);
                    } else if (s.startsWith("message")) {
                        assertThat(i.kind()).as(i.summary()).isEqualTo(InteractionKind.MESSAGE);
                    } else if (s.startsWith("coffee") || s.startsWith("lunch") || s.startsWith("dinner")) {
                        assertThat(i.kind()).as(i.summary()).isEqualTo(InteractionKind.MEETING);
                    } else if (s.startsWith("met at")) {
                        assertThat(i.kind()).as(i.summary()).isEqualTo(InteractionKind.EVENT);
                    }
                }
            }
        }
    }

    /** What the Introductions view lists on the sample network, read aloud: the right pair, and none of the nonsense once seen. */
    @Test
    void introductions_listTheKotlinPair_andNoneOfTheNonsenseSeenBelowTheThreshold() {
        try (Orbit orbit = TestOrbit.open(dir)) {
            orbit.sampleNetwork().load();

            List<String> pairs = orbit.introductions().suggestions().stream()
                    .map(m -> m.needer().name() + " > " + m.offerer().name()).toList();

            assertThat(pairs).first().isEqualTo("Nadia Kader > Tom Price");
            assertThat(pairs).doesNotContain("Jack Robinson > Alice Baker", "Jack Robinson > Benjamin Morel",
                    "Thomas Bernard > George Mitchell", "Lucas Roux > Lucy Green", "Jack Robinson > Amélie Girard");
        }
    }
}
