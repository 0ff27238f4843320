package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fintech | NEUTRAL", "Kotlin | NEUTRAL", "SaaS B2B | NEUTRAL", "CTO | NEUTRAL", "2024 | NEUTRAL",
        "un poste de CTO | FRENCH", "a CTO role | ENGLISH", "santé | FRENCH", "logistique | FRENCH",
        "logistics | ENGLISH", "restaurants and cafés in Lyon | ENGLISH", "cafés et restaurants lyonnais | FRENCH",
        "cardiologist, 15 years at Pitié-Salpêtrière | ENGLISH", "j'ai livré 25 tableaux de bord | FRENCH",
        "I'm really motivated | ENGLISH", "motivé et dynamique | FRENCH", "expert-comptable | FRENCH",
        "hard-working team player | ENGLISH", "des opportunites | FRENCH", "new opportunities | ENGLISH",
        "ingenieur devops | FRENCH", "Python, Kubernetes, AWS | NEUTRAL"})
    void of_text_isToldByItsWords(String text, TextLanguage expected) {
        assertThat(TextLanguage.of(text)).isEqualTo(expected);
    }

    @Test
    void of_ask_weighsAllItsFields() {
        Ask french = Ask.draft("CTO", "fintech", "paiements pour les PME", "Kotlin", HelpWanted.ADVICE);
        Ask english = Ask.draft("CTO", "fintech", "payments for SMBs", "Kotlin", HelpWanted.ADVICE);
        Ask neutral = Ask.draft("CTO", "fintech", "SaaS B2B", "Kotlin", HelpWanted.ADVICE);

        assertThat(TextLanguage.of(french)).isEqualTo(TextLanguage.FRENCH);
        assertThat(TextLanguage.of(english)).isEqualTo(TextLanguage.ENGLISH);
        assertThat(TextLanguage.of(neutral)).isEqualTo(TextLanguage.NEUTRAL);
    }

    @Test
    void of_askEvenlySplit_isSettledByWhatIsLookedFor() {
        Ask a = Ask.draft("un poste", "the market", "", "", HelpWanted.ADVICE);
        int[] weights = TextLanguage.weigh("un poste the market");

        assertThat(weights[0]).isPositive().isEqualTo(weights[1]);
        assertThat(TextLanguage.of(a)).isEqualTo(TextLanguage.FRENCH);
    }

    @Test
    void fits_neutralFitsBothLanguages_othersOnlyTheirOwn() {
        assertThat(TextLanguage.NEUTRAL.fits(Locale.FRENCH)).isTrue();
        assertThat(TextLanguage.NEUTRAL.fits(Locale.ENGLISH)).isTrue();
        assertThat(TextLanguage.FRENCH.fits(Locale.CANADA_FRENCH)).isTrue();
        assertThat(TextLanguage.FRENCH.fits(Locale.ENGLISH)).isFalse();
        assertThat(TextLanguage.ENGLISH.fits(Locale.FRENCH)).isFalse();
        assertThat(TextLanguage.ENGLISH.fits(Locale.GERMAN)).isTrue();
    }
}
