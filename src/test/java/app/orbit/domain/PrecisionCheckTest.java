package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrecisionCheckTest {

    private static Ask ask(String what, String domain, String niche, String diff) {
        return Ask.draft(what, domain, niche, diff, HelpWanted.INTRODUCTION);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // what | domain | niche | differentiator | score | hint keys
        "a CTO role | fintech | payments for SMBs | ten years building banking APIs | 100 | -",
        "a CTO role | fintech | payments for SMBs | -                               | 80  | ask.hint.differentiator",
        "a CTO role | fintech | -                 | -                               | 55  | ask.hint.niche,ask.hint.differentiator",
        "a CTO role | -       | -                 | -                               | 30  | ask.hint.domain,ask.hint.niche,ask.hint.differentiator",
        "-          | -       | -                 | -                               | 0   | ask.hint.lookingFor,ask.hint.domain,ask.hint.niche,ask.hint.differentiator",
        "-          | fintech | payments          | banking APIs                    | 70  | ask.hint.lookingFor",
        "any job    | fintech | payments          | banking APIs                    | 80  | ask.hint.vague",
        "anything   | -       | -                 | -                               | 10  | ask.hint.domain,ask.hint.niche,ask.hint.differentiator,ask.hint.vague",
        "un poste   | n'importe quel secteur | quelque part | dix ans de paiement   | 60  | ask.hint.vague,ask.hint.vague",
        "quelque chose | n’importe où | peu importe | quelque part            | 60  | ask.hint.vague,ask.hint.vague,ask.hint.vague,ask.hint.vague",
        "Quelque Chose dans la fintech | banque | PME | dix ans             | 80  | ask.hint.vague",
        "something  | anywhere | whatever | anyone                        | 60  | ask.hint.vague,ask.hint.vague,ask.hint.vague,ask.hint.vague",
        "une mission | santé  | télémédecine      | quinze ans à l'AP-HP            | 100 | -"})
    void of_scoresAndNamesWhatIsMissingOrVague(String what, String domain, String niche, String diff, int score,
            String hints) {
        PrecisionCheck c = PrecisionCheck.of(ask(what, domain, niche, diff));

        assertThat(c.score()).isEqualTo(score);
        assertThat(String.join(",", c.hintKeys())).isEqualTo(hints == null ? "" : hints);
    }

    @Test
    void of_vagueHint_namesTheWord() {
        PrecisionCheck c = PrecisionCheck.of(ask("n'importe quel job", "tech", "backend", "Java"));

        assertThat(c.hints()).containsExactly(Phrase.of("ask.hint.vague", "n'importe quel"));
    }

    @Test
    void of_wordsThatOnlyContainAVagueWord_areNotVague() {
        // "anythingbox", "someday", "company" must not read as "anything", "some", "any company".
        PrecisionCheck c = PrecisionCheck.of(ask("a role at Anythingbox", "logistics company", "someday deliveries",
                "ten years"));

        assertThat(c.hintKeys()).doesNotContain("ask.hint.vague");
    }

    @ParameterizedTest
    @ValueSource(ints = {35, 36, 60})
    void of_tooLongToSayAloud_isFlaggedAboveTheLimit(int words) {
        String diff = "word ".repeat(words - 6).strip();
        PrecisionCheck c = PrecisionCheck.of(ask("a CTO role", "fintech", "payments SMBs", diff));

        assertThat(PrecisionCheck.words("a CTO role fintech payments SMBs " + diff)).isEqualTo(words);
        assertThat(c.hintKeys().contains("ask.hint.tooLong")).isEqualTo(words > PrecisionCheck.MAX_WORDS);
        assertThat(c.score()).isEqualTo(words > PrecisionCheck.MAX_WORDS ? 85 : 100);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2026})
    void of_scoreStaysWithinBoundsAndMoreFieldsNeverLowerIt(long seed) {
        Random random = new Random(seed);
        String[] pool = {"", "anything", "fintech", "payments", "n'importe quoi", "quelque part", "ten years",
            "santé", "any job", "Java"};
        for (int i = 0; i < 500; i++) {
            String what = pool[random.nextInt(pool.length)];
            String domain = pool[random.nextInt(pool.length)];
            String niche = pool[random.nextInt(pool.length)];
            PrecisionCheck without = PrecisionCheck.of(ask(what, domain, niche, ""));
            PrecisionCheck with = PrecisionCheck.of(ask(what, domain, niche, "twelve years in banking"));

            assertThat(without.score()).isBetween(0, 100);
            assertThat(with.score()).isGreaterThanOrEqualTo(without.score());
            assertThat(with.hintKeys()).doesNotContain("ask.hint.differentiator");
        }
    }
}
