package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Ask;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Reciprocity;
import app.orbit.domain.ValidationException;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** My asks and reciprocity through the services, on a real database. */
@FreshOrbit
class AskServiceTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;
    private AskService asks;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        asks = orbit.asks();
    }

    @Test
    void create_withoutWhatYouLookFor_isRefusedNamingTheField() {
        assertThatThrownBy(() -> asks.create(Ask.draft("  ", "fintech", "", "", HelpWanted.ADVICE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("lookingFor");
                    assertThat(new Messages(Locale.FRENCH).describe(e)).isEqualTo("Dites ce que vous cherchez.");
                });
        assertThat(asks.list(true)).isEmpty();
    }

    @Test
    void createEditRetireActivate_keepTheCreationTime() {
        Ask a = asks.create(Ask.draft("a CTO role", "fintech", "", "", HelpWanted.ADVICE));
        Ask edited = asks.update(new Ask(a.id(), "a CTO role", "fintech", "payments", "ten years", HelpWanted.LEAD,
                true, null, null));
        Ask retired = asks.setActive(a.id(), false);
        Ask other = asks.create(Ask.draft("a flat in Lyon", "", "", "", HelpWanted.LEAD));

        assertThat(a.id()).isNotNull();
        assertThat(edited.createdAt()).isEqualTo(a.createdAt());
        assertThat(asks.get(a.id()).niche()).isEqualTo("payments");
        assertThat(retired.active()).isFalse();
        assertThat(asks.active()).containsExactly(other);
        assertThat(asks.list(true)).extracting(Ask::id).containsExactly(other.id(), a.id());
        assertThat(asks.setActive(a.id(), true).active()).isTrue();
        asks.delete(other.id());
        assertThatThrownBy(() -> asks.get(other.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void check_scoreRisesAsTheDraftGetsPrecise() {
        int vague = asks.check(Ask.draft("any job", "", "", "", HelpWanted.ADVICE)).score();
        int some = asks.check(Ask.draft("a CTO role", "fintech", "", "", HelpWanted.ADVICE)).score();
        int precise = asks.check(Ask.draft("a CTO role", "fintech", "payments for SMBs", "ten years of banking APIs",
                HelpWanted.ADVICE)).score();

        assertThat(vague).isLessThan(some);
        assertThat(some).isLessThan(precise);
        assertThat(precise).isGreaterThanOrEqualTo(70);
    }

    @Test
    void compose_speaksTheLocaleOnlyWhereTheAsksWordsFit() {
        Ask english = Ask.draft("a CTO role", "fintech", "", "", HelpWanted.LEAD);
        Ask french = Ask.draft("un poste de CTO", "fintech", "", "", HelpWanted.LEAD);

        assertThat(asks.compose(english, Locale.UK)).hasValue(
                "I'm looking for a CTO role in fintech \u2014 do you know of a lead I could follow?");
        assertThat(asks.compose(english, Locale.GERMAN)).hasValue(asks.compose(english, Locale.UK).orElseThrow());
        assertThat(asks.compose(english, Locale.FRANCE)).isEmpty();
        assertThat(asks.compose(french, Locale.UK)).isEmpty();
        assertThat(asks.sentence(french, Locale.UK)).isEqualTo(
                "Je cherche un poste de CTO en fintech \u2014 auriez-vous une piste à me suggérer\u00a0?");
        assertThat(asks.sentence(english, Locale.FRANCE)).startsWith("I'm looking for a CTO role");
    }

    @Test
    void bestFor_picksTheActiveAskThatFitsTheContact_orNone() {
        Contact nathan = orbit.contacts().create(person("Nathan", "G").organisation("Qonto").title("Sales lead")
                .tags(List.of("fintech", "sales")).build());
        Contact manon = orbit.contacts().create(person("Manon", "L").organisation("Ubisoft").title("Game designer")
                .build());
        Ask fintech = asks.create(Ask.draft("a CTO role", "fintech", "payments", "", HelpWanted.INTRODUCTION));
        Ask sales = asks.create(Ask.draft("sales coaching", "", "", "", HelpWanted.ADVICE));
        asks.setActive(sales.id(), false);

        assertThat(asks.bestFor(nathan.id())).contains(fintech);
        assertThat(asks.bestFor(manon.id())).isEmpty();
    }

    @Test
    void reciprocity_countsTheLastTwelveMonthsAndAllTime() {
        Contact ann = orbit.contacts().create(person("Ann", "A").knownSince(TODAY.minusYears(3)).build());
        log(TODAY.minusDays(3), Exchange.GAVE, ann);
        log(TODAY.minusYears(1), Exchange.GAVE, ann);
        log(TODAY.minusYears(1).plusDays(1), Exchange.RECEIVED, ann);
        log(TODAY.minusYears(2), Exchange.ASKED, ann);
        log(TODAY.minusDays(1), Exchange.NONE, ann);

        Reciprocity r = orbit.reciprocity().of(ann.id());

        assertThat(r).isEqualTo(new Reciprocity(1, 0, 1, 2, 1, 1));
        assertThat(r.canAsk()).isTrue();
        assertThat(new PlanWording(new Messages(Locale.ENGLISH)).reciprocity(r)).isEqualTo(
                "Last 12 months: gave 1, asked 0, received 1. All time: gave 2, asked 1, received 1.");
        assertThat(orbit.reciprocity().of(9999L)).isEqualTo(Reciprocity.NONE);
    }

    private void log(LocalDate date, Exchange exchange, Contact c) {
        orbit.interactions().log(Interaction.of(date, InteractionKind.CALL, List.of(c.id()), "", "", exchange, null));
    }
}
