package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Ask;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan card says what is true now: after a touch logged from it, its reason and its give-first line follow. */
@FreshOrbit
class PlanCardTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;
    private Contact ana;
    private final PlanWording en = new PlanWording(new Messages(Locale.ENGLISH));

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        ana = orbit.contacts().create(person("Ana", "Lima").circle(Circle.CLOSE).organisation("Doctolib")
                .title("Engineering manager").offers("hiring advice for engineering teams")
                .knownSince(TODAY.minusYears(2)).build());
        orbit.interactions().log(Interaction.of(TODAY.minusDays(120), InteractionKind.CALL, List.of(ana.id()),
                "Call about her team", "", Exchange.NONE, null));
        orbit.asks().create(Ask.draft("a senior backend engineering role", "healthcare software",
                "engineering teams of 20 to 50", "8 years of Kotlin payments work at Stripe",
                HelpWanted.INTRODUCTION));
    }

    private PlanLine line() {
        return orbit.planner().thisWeek().lineFor(ana.id()).orElseThrow();
    }

    @Test
    void reason_afterATouch_saysInTouchAgainWithTheNewDate() {
        assertThat(en.reason(line())).isEqualTo("Last touch on July 29, 2026; you aim for every 30 days.");

        orbit.interactions().log(Interaction.of(TODAY, InteractionKind.MEETING, List.of(ana.id()), "Coffee", "",
                Exchange.NONE, null));

        assertThat(en.reason(line())).isEqualTo("In touch again: last touch on November 26, 2026; you aim for "
                + "every 30 days.");
    }

    @Test
    void suggestion_afterGivingFirst_turnsFromGiveFirstToTheAsk() {
        assertThat(line().giveFirst()).isTrue();
        assertThat(en.suggestion(line())).startsWith("Give first");

        orbit.interactions().log(Interaction.of(TODAY, InteractionKind.MESSAGE, List.of(ana.id()),
                "Sent her two candidates for her team", "", Exchange.GAVE, null));

        assertThat(line().giveFirst()).isFalse();
        assertThat(line().ask()).isNotNull();
        assertThat(en.suggestion(line())).contains("senior backend engineering role");
    }
}
