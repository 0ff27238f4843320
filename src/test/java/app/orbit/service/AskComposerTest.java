package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Ask;
import app.orbit.domain.HelpWanted;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every sentence here was read aloud: the composer must produce it word for word. */
class AskComposerTest {

    private static final AskComposer COMPOSER = new AskComposer();
    private static final String ADVICE_EN = " \u2014 could you give me your advice?";
    private static final String ADVICE_FR = " \u2014 pourriez-vous me donner votre avis\u00a0?";

    private static Ask ask(String what, String domain, String niche, String diff) {
        return Ask.draft(what, domain, niche, diff, HelpWanted.ADVICE);
    }

    private static String english(String what, String domain, String niche, String diff) {
        return COMPOSER.compose(ask(what, domain, niche, diff), Locale.ENGLISH).orElseThrow();
    }

    private static String french(String what, String domain, String niche, String diff) {
        // French sentences use non-breaking spaces; the expected text writes them as "~".
        return COMPOSER.compose(ask(what, domain, niche, diff), Locale.FRENCH).orElseThrow().replace('\u00a0', '~');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        // what I look for | domain | niche | what sets me apart | the sentence, without the help wanted
        "a CTO role | fintech | payments for SMBs | ten years building banking APIs"
            + " | I'm looking for a CTO role in fintech, specifically payments for SMBs; I bring ten years building"
            + " banking APIs",
        "CTO role | fintech | | | I'm looking for a CTO role in fintech",
        "ML engineer position | insurance | | | I'm looking for an ML engineer position in insurance",
        "UX designer role | | | | I'm looking for a UX designer role",
        "iOS developer job | | | | I'm looking for an iOS developer job",
        "engineering manager role | | | | I'm looking for an engineering manager role",
        "user researcher job | | | | I'm looking for a user researcher job",
        "hour-long mentoring session | | | | I'm looking for an hour-long mentoring session",
        "A senior designer role | Fintech | | | I'm looking for a senior designer role in Fintech",
        "first clients | accounting | | | I'm looking for first clients in accounting",
        "seed funding | climate tech | | | I'm looking for seed funding in climate tech",
        "The right co-founder | healthtech | | | I'm looking for the right co-founder in healthtech",
        "looking for a CTO role | | | | I'm looking for a CTO role",
        "to hire a Kotlin developer | fintech | | | I'm looking to hire a Kotlin developer in fintech",
        "hire a designer | | | | I'm looking to hire a designer",
        "a job | public sector | | | I'm looking for a job in the public sector",
        "a job | the automotive industry | | | I'm looking for a job in the automotive industry",
        "a job | in healthcare | | | I'm looking for a job in healthcare",
        "a job | fintech, banking, etc. | SMBs | | I'm looking for a job in fintech, banking, etc., specifically SMBs",
        "advice on pricing my offer | cybersecurity | | | I'm looking for advice on pricing my offer, in cybersecurity",
        "a co-founder who knows Kotlin | healthtech | remote monitoring |"
            + " | I'm looking for a co-founder who knows Kotlin, in healthtech, specifically remote monitoring",
        "a job | fintech | payments : SMBs | | I'm looking for a job in fintech, specifically payments: SMBs",
        "a job | | | built Stripe Connect integrations for 40 marketplaces"
            + " | I'm looking for a job; I built Stripe Connect integrations for 40 marketplaces",
        "a job | | | I have 10 years in banking | I'm looking for a job; I have 10 years in banking",
        "a job | | | former CFO of Sézane | I'm looking for a job; what sets me apart: former CFO of Sézane",
        "a job | | | Over 10 years in payments. | I'm looking for a job; I bring over 10 years in payments",
        "a CTO role. | fintech, | | | I'm looking for a CTO role in fintech"})
    void compose_inEnglish_readsAsTheUserWouldSayIt(String what, String domain, String niche, String diff,
            String expected) {
        assertThat(english(what, domain, niche, diff)).isEqualTo(expected + ADVICE_EN);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "un poste de CTO | fintech | le paiement pour les PME | dix ans d'API bancaires"
            + " | Je cherche un poste de CTO en fintech, plus précisément le paiement pour les PME~; j'apporte dix ans"
            + " d'API bancaires",
        // A bare noun gets the article of its gender; a plural gets "des", or "de" after an adjective.
        "poste de directeur financier | santé | | | Je cherche un poste de directeur financier en santé",
        "mission freelance de 3 mois | data | | | Je cherche une mission freelance de 3 mois en data",
        "associée pour mon cabinet | | | | Je cherche une associée pour mon cabinet",
        "développeuse Java | banque | | | Je cherche une développeuse Java en banque",
        "nouvelle mission | e-commerce | | | Je cherche une nouvelle mission en e-commerce",
        "expert-comptable | | | | Je cherche un expert-comptable",
        "clients B2B | logistique | | | Je cherche des clients B2B en logistique",
        "premiers clients | restauration | | | Je cherche de premiers clients en restauration",
        "autres partenaires | | | | Je cherche d'autres partenaires",
        "aide pour ma levée de fonds | | | | Je cherche de l'aide pour ma levée de fonds",
        "travail en cuisine | | | | Je cherche du travail en cuisine",
        "Je recherche des clients | | | | Je cherche des clients",
        "je cherche un poste de juriste | droit social | | | Je cherche un poste de juriste en droit social",
        "recruter un CTO | fintech | | | Je cherche à recruter un CTO en fintech",
        "à me reconvertir dans la data | | | | Je cherche à me reconvertir dans la data",
        // No gender can be told for "pousse": a form that needs none.
        "jeune pousse | agritech | | | Ce que je cherche~: jeune pousse en agritech",
        // The domain: "en" before a bare noun, "dans" before what needs an article.
        "un poste | la santé | | | Je cherche un poste dans la santé",
        "un poste | secteur public | | | Je cherche un poste dans le secteur public",
        "un poste | industrie automobile | | | Je cherche un poste dans l'industrie automobile",
        "un poste | grande distribution | | | Je cherche un poste en grande distribution",
        "un poste | du BTP | | | Je cherche un poste dans le BTP",
        "un poste | n'importe quel domaine | | | Je cherche un poste dans n'importe quel domaine",
        "un poste | peu importe | | | Je cherche un poste (domaine~: peu importe)",
        "un distributeur en Belgique | cosmétiques | | | Je cherche un distributeur en Belgique, en cosmétiques",
        // The niche takes le, la, l' or les; elision before a vowel and a mute h, not an aspirated one.
        "un poste | santé | télémédecine | | Je cherche un poste en santé, plus précisément la télémédecine",
        "un poste | tourisme | hôtellerie de luxe |"
            + " | Je cherche un poste en tourisme, plus précisément l'hôtellerie de luxe",
        "un poste | RH | handicap au travail | | Je cherche un poste en RH, plus précisément le handicap au travail",
        "un poste | industrie | PME industrielles |"
            + " | Je cherche un poste dans l'industrie, plus précisément les PME industrielles",
        "un poste | comptabilité | pour les indépendants |"
            + " | Je cherche un poste en comptabilité, plus précisément pour les indépendants",
        // What sets me apart: the lead-in its first words allow.
        "un poste | santé | | 8 ans chez Doctolib | Je cherche un poste en santé~; j'apporte 8 ans chez Doctolib",
        "un poste | santé | | une dizaine d'années en banque"
            + " | Je cherche un poste en santé~; j'apporte une dizaine d'années en banque",
        "un poste | santé | | piloté la refonte de l'appli Lydia"
            + " | Je cherche un poste en santé~; j'ai piloté la refonte de l'appli Lydia",
        "un poste | santé | | j'ai lancé 3 produits | Je cherche un poste en santé~; j'ai lancé 3 produits",
        "un poste | santé | | ancienne DAF de Sézane"
            + " | Je cherche un poste en santé~; ce qui me distingue~: ancienne DAF de Sézane",
        // French typography, whatever the user typed.
        "Un poste de CTO ! | Santé | paiements : PME | «Qonto» depuis 2019"
            + " | Je cherche un poste de CTO en santé, plus précisément les paiements~: PME~; ce qui me distingue~:"
            + " «~Qonto~» depuis 2019"})
    void compose_inFrench_readsAsTheUserWouldSayIt(String what, String domain, String niche, String diff,
            String expected) {
        assertThat(french(what, domain, niche, diff)).isEqualTo(expected + ADVICE_FR.replace('\u00a0', '~'));
    }

    @Test
    void compose_englishWords_areNotPutIntoFrenchGrammar() {
        // Seen in the field: "Je cherche a senior product designer role en fintech…".
        Ask a = ask("a senior product designer role", "fintech", "B2B payments for small businesses",
                "8 years designing banking apps used by 2 million people");

        assertThat(COMPOSER.compose(a, Locale.FRENCH)).isEmpty();
        assertThat(COMPOSER.compose(a, Locale.ENGLISH)).hasValue("I'm looking for a senior product designer role in"
                + " fintech, specifically B2B payments for small businesses; I bring 8 years designing banking apps"
                + " used by 2 million people" + ADVICE_EN);
    }

    @Test
    void compose_frenchWords_areNotPutIntoEnglishGrammar() {
        Ask a = ask("un poste de directeur financier", "industrie pharmaceutique", "laboratoires de génériques",
                "15 ans chez Sanofi");

        assertThat(COMPOSER.compose(a, Locale.ENGLISH)).isEmpty();
        assertThat(COMPOSER.compose(a, Locale.CANADA_FRENCH)).hasValue("Je cherche un poste de directeur financier"
                + " dans l'industrie pharmaceutique, plus précisément les laboratoires de génériques\u00a0; j'apporte"
                + " 15 ans chez Sanofi" + ADVICE_FR);
    }

    @Test
    void compose_namesAndTermsBothLanguagesShare_areSaidInBoth() {
        Ask a = ask("CTO", "fintech", "SaaS B2B", "Kotlin");

        assertThat(COMPOSER.compose(a, Locale.ENGLISH)).hasValue(
                "I'm looking for a CTO in fintech, specifically SaaS B2B; what sets me apart: Kotlin" + ADVICE_EN);
        assertThat(COMPOSER.compose(a, Locale.FRENCH)).hasValue("Je cherche un CTO en fintech, plus précisément le"
                + " SaaS B2B\u00a0; ce qui me distingue\u00a0: Kotlin" + ADVICE_FR);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "INTRODUCTION | en | I'm looking for a CTO role \u2014 could you introduce me to someone who could help?",
        "LEAD         | en | I'm looking for a CTO role \u2014 do you know of a lead I could follow?",
        "INTRODUCTION | fr | Je cherche un poste de CTO \u2014 pourriez-vous me présenter à quelqu'un qui pourrait"
            + " m'aider\u00a0?",
        "LEAD         | fr | Je cherche un poste de CTO \u2014 auriez-vous une piste à me suggérer\u00a0?"})
    void compose_endsWithTheHelpWanted(HelpWanted help, String lang, String expected) {
        Ask a = Ask.draft(lang.equals("en") ? "a CTO role" : "un poste de CTO", "", "", "", help);

        assertThat(COMPOSER.compose(a, Locale.forLanguageTag(lang))).hasValue(expected);
    }

    @Test
    void compose_nothingLookedForYet_isEmptyAndLeavesOutPartsWithoutWords() {
        assertThat(COMPOSER.compose(ask("", "fintech", "payments", ""), Locale.ENGLISH)).isEmpty();
        assertThat(COMPOSER.compose(ask("...", "fintech", "", ""), Locale.FRENCH)).isEmpty();
        assertThat(english("a CTO role", "-", "...", "!")).isEqualTo("I'm looking for a CTO role" + ADVICE_EN);
    }

    @Test
    void sentence_fallsBackToTheLanguageTheAskIsWrittenIn() {
        Ask french = ask("un poste de CTO", "", "", "");
        Ask english = ask("a CTO role", "", "", "");

        assertThat(COMPOSER.sentence(french, Locale.ENGLISH)).isEqualTo("Je cherche un poste de CTO" + ADVICE_FR);
        assertThat(COMPOSER.sentence(english, Locale.FRENCH)).isEqualTo("I'm looking for a CTO role" + ADVICE_EN);
        assertThat(COMPOSER.sentence(english, Locale.GERMAN)).isEqualTo("I'm looking for a CTO role" + ADVICE_EN);
        assertThat(COMPOSER.sentence(ask("", "", "", ""), Locale.ENGLISH)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 2026})
    void compose_anyMixOfFields_isOneCleanSentenceOrNothing(long seed) {
        Random random = new Random(seed);
        String[] pool = {"", "a CTO role", "un poste de CTO", "CTO", "poste", "clients", "des clients", "l'", "d'",
            "du", "à", "to", "...", "-", "asdf", "123", "fintech", "la santé", "secteur public", "in healthcare",
            "peu importe", "etc.", "n'importe quoi", "j'ai lancé 3 produits", "I built it", "8 ans", "10 years",
            "«Qonto» !", "payments : SMBs ?", "Ünïcödé ß", "e-commerce", "expert-comptable", "🚀 growth",
            "a co-founder who knows Kotlin", "premiers clients", "jeune pousse", "hôtellerie", "handicap"};
        for (int i = 0; i < 500; i++) {
            Ask a = Ask.draft(pool[random.nextInt(pool.length)], pool[random.nextInt(pool.length)],
                    pool[random.nextInt(pool.length)], pool[random.nextInt(pool.length)],
                    HelpWanted.values()[random.nextInt(3)]);
            for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
                COMPOSER.compose(a, locale).ifPresent(s -> {
                    assertThat(s).as(a.toString()).doesNotContain("{", "}", "  ", " ,", " ;", " ?", " :")
                            .endsWith("?");
                    if (locale == Locale.ENGLISH) {
                        assertThat(s).as(a.toString()).startsWith("I'm looking ").doesNotContain("\u00a0");
                    } else {
                        assertThat(s).as(a.toString()).matches("(Je cherche|Ce que je cherche).*");
                    }
                });
            }
            assertThat(COMPOSER.compose(a, Locale.ENGLISH).isPresent() || COMPOSER.compose(a, Locale.FRENCH)
                    .isPresent()).as(a.toString()).isEqualTo(a.lookingFor().chars().anyMatch(Character::isLetterOrDigit));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MBA | an", "SEO role | an", "UX role | a", "iOS app | an", "hour | an", "honest broker | an",
        "user | a", "union rep | a", "umbrella brand | an", "unusual role | an", "European partner | a",
        "8-week contract | an", "80,000 euro grant | an", "12-month contract | a", "SaaS founder | a",
        "one-off mission | a", "engineer | an"})
    void article_followsHowTheWordIsSaid(String phrase, String article) {
        assertThat(EnglishPhrasing.article(phrase)).isEqualTo(article);
    }
}
