package app.orbit.ui.asks;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsksViewModelTest {

    @TempDir
    Path dir;
    private Orbit orbit;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    private AsksViewModel vm(Locale locale) {
        return new AsksViewModel(orbit.asks(), new Background(Runnable::run, Runnable::run,
                e -> { throw new AssertionError(e); }), new Messages(locale), Throwable::getMessage);
    }

    @Test
    void typing_frenchAskInTheEnglishWindow_showsTheFrenchSentenceAndNoEnglishOne() {
        AsksViewModel vm = vm(Locale.ENGLISH);

        vm.lookingFor().set("un poste de CTO");
        vm.domain().set("santé");

        assertThat(vm.sentence().get()).startsWith("Je cherche un poste de CTO en santé");
        assertThat(vm.otherSentence().get()).isEmpty();
    }

    @Test
    void typing_englishAskInTheFrenchWindow_showsTheEnglishSentenceAndNoFrenchOne() {
        AsksViewModel vm = vm(Locale.FRENCH);

        vm.lookingFor().set("a senior product designer role");
        vm.domain().set("fintech");

        assertThat(vm.sentence().get()).startsWith("I'm looking for a senior product designer role in fintech");
        assertThat(vm.otherSentence().get()).isEmpty();
    }

    @Test
    void typing_wordsBothLanguagesShare_showsBothSentences() {
        AsksViewModel vm = vm(Locale.FRENCH);

        vm.lookingFor().set("CTO");
        vm.domain().set("fintech");
        vm.niche().set("SaaS B2B");

        assertThat(vm.sentence().get()).startsWith("Je cherche un CTO en fintech, plus précisément le SaaS B2B");
        assertThat(vm.otherSentence().get()).startsWith("I'm looking for a CTO in fintech, specifically SaaS B2B");
    }

    @Test
    void typing_nothingLookedForYet_showsNoSentence() {
        AsksViewModel vm = vm(Locale.ENGLISH);

        vm.domain().set("fintech");

        assertThat(vm.sentence().get()).isEmpty();
        assertThat(vm.otherSentence().get()).isEmpty();
        assertThat(vm.hints()).isNotEmpty();
    }
}
