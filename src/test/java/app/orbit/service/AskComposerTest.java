package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Ask;
import app.orbit.domain.HelpWanted;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskComposerTest {

    private static String compose(Locale locale, String what, String domain, String niche, String diff,
            HelpWanted help) {
        return new AskComposer(new Messages(locale)).compose(Ask.draft(what, domain, niche, diff, help));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "a CTO role | fintech | payments for SMBs | ten years building banking APIs | INTRODUCTION"
            + " | I'm looking for a CTO role in fintech, specifically payments for SMBs; I bring ten years building"
            + " banking APIs \u2014 could you introduce me to someone who could help?",
        "a CTO role. | fintech, | - | - | ADVICE"
            + " | I'm looking for a CTO role in fintech \u2014 could you give me your advice?",
        "clients | - | - | ten years of user research | LEAD"
            + " | I'm looking for clients; I bring ten years of user research \u2014 do you know of a lead I could follow?",
        "a co-founder | - | healthcare for children | - | INTRODUCTION"
            + " | I'm looking for a co-founder, specifically healthcare for children \u2014 could you introduce me to"
            + " someone who could help?",
        "- | fintech | payments | - | ADVICE | ''"})
    void compose_inEnglish_isOneSentenceWithWhatIsThere(String what, String domain, String niche, String diff,
            HelpWanted help, String expected) {
        assertThat(compose(Locale.ENGLISH, what, domain, niche, diff, help)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "un poste de CTO | fintech | le paiement pour les PME | dix ans d'API bancaires | INTRODUCTION"
            + " | Je cherche un poste de CTO en fintech, plus précisément le paiement pour les PME\u00a0; j'apporte"
            + " dix ans d'API bancaires \u2014 pourriez-vous me présenter à quelqu'un qui pourrait m'aider\u00a0?",
        "des clients | santé | - | - | LEAD"
            + " | Je cherche des clients en santé \u2014 auriez-vous une piste à me suggérer\u00a0?",
        "une mission freelance | - | - | quinze ans de data | ADVICE"
            + " | Je cherche une mission freelance\u00a0; j'apporte quinze ans de data \u2014 pourriez-vous me donner"
            + " votre avis\u00a0?"})
    void compose_inFrench_isOneSentenceWithFrenchTypography(String what, String domain, String niche, String diff,
            HelpWanted help, String expected) {
        assertThat(compose(Locale.FRENCH, what, domain, niche, diff, help)).isEqualTo(expected);
        assertThat(compose(Locale.CANADA_FRENCH, what, domain, niche, diff, help)).isEqualTo(expected);
    }
}
