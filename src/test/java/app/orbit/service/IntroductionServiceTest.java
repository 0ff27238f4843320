package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.GestureKind;
import app.orbit.domain.IntroductionMatch;
import app.orbit.domain.IntroductionMatcher;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggested introductions across the network, and the three answers to one, on a real database. */
@FreshOrbit
class IntroductionServiceTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;
    private Contact nadia;
    private Contact tom;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        nadia = add(person("Nadia", "Kader").needs("hiring a senior Kotlin payments engineer"));
        tom = add(person("Tom", "Price").offers("Kotlin payments engineering, hiring referrals"));
        add(person("Rita", "Vale").offers("aerospace engineering"));
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private Contact add(Contact.Builder b) {
        return orbit.contacts().create(b.knownSince(TODAY.minusYears(1)).build());
    }

    private List<String> pairs() {
        return orbit.introductions().suggestions().stream()
                .map(m -> m.needer().name() + " > " + m.offerer().name()).toList();
    }

    @Test
    void suggestions_needMetByAnOffer_listedWithConfidenceAndPhrases() {
        List<IntroductionMatch> all = orbit.introductions().suggestions();

        assertThat(pairs()).contains("Nadia Kader > Tom Price");
        IntroductionMatch m = all.get(pairs().indexOf("Nadia Kader > Tom Price"));
        assertThat(m.confidence()).isGreaterThanOrEqualTo(IntroductionMatcher.MIN_CONFIDENCE);
        assertThat(m.needPhrase()).isNotBlank();
        assertThat(m.offerPhrase()).isNotBlank();
        assertThat(m.why()).isNotEmpty();
    }

    @Test
    void decline_pairNeverSuggestedAgain_evenMonthsLater() {
        orbit.introductions().decline(nadia.id(), tom.id());

        assertThat(pairs()).doesNotContain("Nadia Kader > Tom Price");
        orbit = TestOrbit.reopen(orbit, TODAY.plusYears(1));
        assertThat(pairs()).doesNotContain("Nadia Kader > Tom Price");
    }

    @Test
    void later_pairBackAfterFourWeeks() {
        orbit.introductions().later(nadia.id(), tom.id());
        assertThat(pairs()).doesNotContain("Nadia Kader > Tom Price");

        orbit = TestOrbit.reopen(orbit, TODAY.plusDays(IntroductionService.LATER_DAYS - 1));
        assertThat(pairs()).doesNotContain("Nadia Kader > Tom Price");
        orbit = TestOrbit.reopen(orbit, TODAY.plusDays(IntroductionService.LATER_DAYS));
        assertThat(pairs()).contains("Nadia Kader > Tom Price");
    }

    @Test
    void introduce_pairMade_leavesTheSuggestions() {
        orbit.introductions().introduce(nadia.id(), tom.id(), TODAY, "Introduced Nadia to Tom");

        assertThat(pairs()).doesNotContain("Nadia Kader > Tom Price");
    }

    @Test
    void advise_declinedPair_planSuggestsAnotherGesture() {
        assertThat(orbit.gestures().advise(nadia.id()).kind()).isEqualTo(GestureKind.INTRODUCE);
        assertThat(orbit.gestures().advise(nadia.id()).otherContactId()).isEqualTo(tom.id());

        orbit.introductions().decline(nadia.id(), tom.id());

        assertThat(orbit.gestures().advise(nadia.id()).kind()).isNotEqualTo(GestureKind.INTRODUCE);
    }

    @Test
    void jsonBackup_verdictsComeBackWithARestore(@TempDir Path other) {
        orbit.introductions().decline(nadia.id(), tom.id());
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        orbit.exporter().export(ExportFormat.JSON, ContactFilter.ALL, out, Progress.NONE);
        String json = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains("\"introductionVerdicts\"").contains("\"DECLINED\"");

        try (Orbit restored = TestOrbit.open(other)) {
            restored.importer().apply(restored.importer().preview(new SourceText("orbit.json", json),
                    ImportFormat.JSON, Progress.NONE), Progress.NONE);
            assertThat(restored.contacts().count()).isEqualTo(3);
            List<String> verdicts = restored.introductions().suggestions().stream()
                    .map(m -> m.needer().name() + " > " + m.offerer().name()).toList();
            assertThat(verdicts).doesNotContain("Nadia Kader > Tom Price");
        }
    }
}
