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

    private static final Ask PRECISE = ask("a senior product designer role", "fintech",
            "B2B payments for small businesses", "8 years designing banking apps used by 2 million people");

    @Test
    void of_preciseAskInEnglish_scoresHighWithNoHint() {
        PrecisionCheck c = PrecisionCheck.of(PRECISE);

        assertThat(c.score()).isGreaterThanOrEqualTo(90);
        assertThat(c.hints()).isEmpty();
    }

    @Test
    void of_preciseAskInFrench_scoresHighWithNoHint() {
        PrecisionCheck c = PrecisionCheck.of(ask("un poste de directeur financier", "industrie pharmaceutique",
                "laboratoires de génériques", "15 ans chez Sanofi, trois acquisitions menées"));

        assertThat(c.score()).isGreaterThanOrEqualTo(90);
        assertThat(c.hints()).isEmpty();
    }

    @Test
    void of_jobWithSingleLetters_isJunkAndSaysSoForEachField() {
        // Seen in the field: this scored 100/100 when any text counted.
        PrecisionCheck c = PrecisionCheck.of(ask("job", "x", "y", "z"));

        assertThat(c.score()).isLessThanOrEqualTo(10);
        assertThat(c.hints()).containsExactly(Phrase.of("ask.hint.lookingFor.vague", "job"),
                Phrase.of("ask.hint.domain.junk", "x"), Phrase.of("ask.hint.niche.junk", "y"),
                Phrase.of("ask.hint.differentiator.junk", "z"));
    }

    @Test
    void of_opportunitiesInBusiness_isVagueAndNamesBothWords() {
        // Seen in the field: this scored 55.
        PrecisionCheck c = PrecisionCheck.of(ask("opportunities", "business", "", ""));

        assertThat(c.score()).isLessThanOrEqualTo(15);
        assertThat(c.hints()).containsExactly(Phrase.of("ask.hint.lookingFor.vague", "opportunities"),
                Phrase.of("ask.hint.domain.vague", "business"), Phrase.of("ask.hint.niche"),
                Phrase.of("ask.hint.differentiator"));
    }

    @Test
    void of_nothingTyped_scoresZeroAndAsksForEveryPart() {
        PrecisionCheck c = PrecisionCheck.of(ask("", " ", "", ""));

        assertThat(c.score()).isZero();
        assertThat(c.hintKeys()).containsExactly("ask.hint.lookingFor", "ask.hint.domain", "ask.hint.niche",
                "ask.hint.differentiator");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // what the user wrote in what they look for | hint key | word shown
        "job                       | ask.hint.lookingFor.vague | job",
        "a position                | ask.hint.lookingFor.vague | position",
        "un poste                  | ask.hint.lookingFor.vague | poste",
        "des opportunités          | ask.hint.lookingFor.vague | opportunités",
        "something new             | ask.hint.lookingFor.vague | something",
        "quelque chose de nouveau  | ask.hint.lookingFor.vague | quelque chose",
        "n'importe quoi            | ask.hint.lookingFor.vague | n'importe quoi",
        "asdf                      | ask.hint.lookingFor.junk  | asdf",
        "1234                      | ask.hint.lookingFor.junk  | 1234",
        "anything in marketing     | ask.hint.vague            | anything"})
    void of_whatYouLookFor_hintNamesWhatIsVagueOrJunk(String what, String key, String shown) {
        PrecisionCheck c = PrecisionCheck.of(ask(what, "fintech", "payments for SMBs", "ten years at Qonto"));

        assertThat(c.hints()).containsExactly(Phrase.of(key, shown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "business           | ask.hint.domain.vague | business",
        "tech               | ask.hint.domain.vague | tech",
        "IT                 | ask.hint.domain.vague | IT",
        "any industry       | ask.hint.domain.vague | any industry",
        "tout secteur       | ask.hint.domain.vague | tout secteur",
        "n'importe quel domaine | ask.hint.domain.vague | n'importe quel",
        "qsdf               | ask.hint.domain.junk  | qsdf"})
    void of_domain_hintNamesWhatIsVagueOrJunk(String domain, String key, String shown) {
        PrecisionCheck c = PrecisionCheck.of(ask("a CTO role", domain, "payments for SMBs", "ten years at Qonto"));

        assertThat(c.hints()).containsExactly(Phrase.of(key, shown));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "motivated and passionate   | motivated and passionate",
        "dynamique, motivé          | dynamique, motivé",
        "I'm a hard-working team player | hard-working team player",
        "strong leadership skills   | strong leadership skills",
        "esprit d'équipe            | esprit d'équipe"})
    void of_differentiatorOfQualitiesEveryoneClaims_isSoft(String diff, String shown) {
        PrecisionCheck c = PrecisionCheck.of(ask("a CTO role", "fintech", "payments for SMBs", diff));

        assertThat(c.hints()).containsExactly(Phrase.of("ask.hint.differentiator.soft", shown));
        assertThat(c.score()).isLessThan(PrecisionCheck.of(ask("a CTO role", "fintech", "payments for SMBs",
                "ten years at Qonto")).score());
    }

    @ParameterizedTest
    @ValueSource(strings = {"motivated, ten years building banking APIs", "passionné, 200 clients servis en Bretagne",
        "dynamique, ancienne de Doctolib", "curious; built Lydia's card product"})
    void of_qualitiesBackedByAFact_areNotHeldDown(String diff) {
        PrecisionCheck c = PrecisionCheck.of(ask("a CTO role", "fintech", "payments for SMBs", diff));

        assertThat(c.hintKeys()).doesNotContain("ask.hint.differentiator.soft");
        assertThat(c.score()).isGreaterThanOrEqualTo(85);
    }

    @ParameterizedTest
    @ValueSource(strings = {"asdf", "qsdf", "qwerty", "azerty", "wxcv", "hjkl", "xxx", "aaaa", "zzzzz", "jkjkjk",
        "sdfsdf", "azeaze", "asdfasdf", "z", "12345", "000", "n/a", "lorem ipsum", "test", "???", "...", "mdr",
        "ptdr", "bla bla"})
    void of_mashFillerOrDigitsAlone_isJunkInAnyField(String junk) {
        PrecisionCheck c = PrecisionCheck.of(ask(junk, junk + " ", " " + junk, junk + "."));

        assertThat(c.score()).isZero();
        assertThat(c.hintKeys()).allMatch(k -> k.endsWith(".junk") || k.equals("ask.hint.repeated"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"KLM", "html", "RGPD", "CTO", "B2B", "C++", "Node.js", "iOS", "Kotlin", "strengths",
        "bébé", "fintech", "Qonto"})
    void of_shortOrOddRealWords_areNotMistakenForMash(String word) {
        PrecisionCheck.Reading r = PrecisionCheck.read(PrecisionCheck.Field.NICHE, word + " payments");

        assertThat(r.state()).isEqualTo(PrecisionCheck.State.CLEAR);
    }

    @Test
    void of_sameWordInEveryField_isWorthNothing() {
        PrecisionCheck c = PrecisionCheck.of(ask("fintech", "fintech", "Fintech", "fintech."));

        assertThat(c.score()).isZero();
        assertThat(c.hints()).containsExactly(Phrase.of("ask.hint.repeated", "fintech"));
    }

    @Test
    void of_oneFieldRepeatingAnother_countsOnlyOnce() {
        PrecisionCheck twice = PrecisionCheck.of(ask("a CTO role", "fintech", "fintech", "ten years at Qonto"));
        PrecisionCheck once = PrecisionCheck.of(ask("a CTO role", "fintech", "", "ten years at Qonto"));

        assertThat(twice.score()).isEqualTo(once.score());
        assertThat(twice.hintKeys()).containsExactly("ask.hint.repeated");
    }

    @Test
    void of_vagueWordBesideRealOnes_costsAndIsNamed() {
        PrecisionCheck vague = PrecisionCheck.of(ask("a CTO role", "fintech, etc.", "payments for SMBs",
                "ten years at Qonto"));
        PrecisionCheck plain = PrecisionCheck.of(ask("a CTO role", "fintech", "payments for SMBs",
                "ten years at Qonto"));

        assertThat(vague.hints()).containsExactly(Phrase.of("ask.hint.vague", "etc"));
        assertThat(vague.score()).isLessThan(plain.score());
    }

    @Test
    void of_wordsThatOnlyContainAVagueWord_areNotVague() {
        // "anythingbox", "someday", "company" must not read as "anything", "some", "any company".
        PrecisionCheck c = PrecisionCheck.of(ask("a role at Anythingbox", "logistics company", "someday deliveries",
                "ten years at DHL"));

        assertThat(c.hintKeys()).doesNotContain("ask.hint.vague");
    }

    @Test
    void of_namesAndFiguresMakeAThinFieldPrecise() {
        PrecisionCheck.Reading plain = PrecisionCheck.read(PrecisionCheck.Field.DIFFERENTIATOR, "banking experience");
        PrecisionCheck.Reading facts = PrecisionCheck.read(PrecisionCheck.Field.DIFFERENTIATOR,
                "12 years of banking at BNP Paribas");

        assertThat(plain.state()).isEqualTo(PrecisionCheck.State.THIN);
        assertThat(facts.state()).isEqualTo(PrecisionCheck.State.CLEAR);
        assertThat(facts.quality()).isGreaterThan(plain.quality());
    }

    @ParameterizedTest
    @ValueSource(ints = {35, 36, 60})
    void of_tooLongToSayAloud_isFlaggedAboveTheLimit(int words) {
        String diff = "Kotlin ".repeat(words - 8) + "at Qonto";
        Ask a = ask("a CTO role", "fintech", "payments SMBs", diff.strip());
        PrecisionCheck c = PrecisionCheck.of(a);
        PrecisionCheck shorter = PrecisionCheck.of(ask("a CTO role", "fintech", "payments SMBs", "Kotlin at Qonto"));

        assertThat(PrecisionCheck.words(String.join(" ", a.lookingFor(), a.domain(), a.niche(), a.differentiator())))
                .isEqualTo(words);
        assertThat(c.hintKeys().contains("ask.hint.tooLong")).isEqualTo(words > PrecisionCheck.MAX_WORDS);
        assertThat(c.score()).isEqualTo(words > PrecisionCheck.MAX_WORDS
                ? shorter.score() - PrecisionCheck.LONG_PENALTY : shorter.score());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2026})
    void of_scoreStaysWithinBoundsAndMoreFieldsNeverLowerIt(long seed) {
        Random random = new Random(seed);
        String[] pool = {"", "anything", "fintech", "payments", "n'importe quoi", "quelque part", "ten years",
            "santé", "any job", "Java", "asdf", "x", "un poste", "motivated", "Qonto", "123"};
        for (int i = 0; i < 500; i++) {
            String what = pool[random.nextInt(pool.length)];
            String domain = pool[random.nextInt(pool.length)];
            String niche = pool[random.nextInt(pool.length)];
            PrecisionCheck without = PrecisionCheck.of(ask(what, domain, niche, ""));
            PrecisionCheck with = PrecisionCheck.of(ask(what, domain, niche, "twelve years in banking at BNP"));

            assertThat(without.score()).isBetween(0, 100);
            assertThat(with.score()).isBetween(0, 100).isGreaterThanOrEqualTo(without.score());
            assertThat(with.hintKeys()).doesNotContain("ask.hint.differentiator");
        }
    }
}
