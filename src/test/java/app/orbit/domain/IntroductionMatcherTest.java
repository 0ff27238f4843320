package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntroductionMatcherTest {

    private static MatchProfile needs(long id, String needs) {
        return new MatchProfile(id, "Needer " + id, needs, "", null, false);
    }

    private static MatchProfile offers(long id, String name, String offers) {
        return new MatchProfile(id, name, "", offers, null, false);
    }

    private static Optional<IntroductionMatch> best(MatchProfile a, List<MatchProfile> others,
            Set<IntroductionPair> excluded) {
        return new IntroductionMatcher(others).bestFor(a, excluded);
    }

    @Test
    void bestFor_kotlinPaymentsHire_meetsKotlinPaymentsEngineering_withTheClausesAndWords() {
        MatchProfile a = needs(1, "hiring a Kotlin payments engineer; office in Lyon");
        MatchProfile b = offers(2, "Bea", "Kotlin payments engineering, hiring referrals");

        IntroductionMatch m = best(a, List.of(b), Set.of()).orElseThrow();

        assertThat(m.offerer().id()).isEqualTo(2);
        assertThat(m.confidence()).isGreaterThanOrEqualTo(IntroductionMatcher.SUGGEST_THRESHOLD);
        assertThat(m.needPhrase()).isEqualTo("hiring a Kotlin payments engineer");
        assertThat(m.offerPhrase()).isEqualTo("Kotlin payments engineering, hiring referrals");
        assertThat(m.why()).contains("Kotlin", "payments");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "engineering managers to interview  | aerospace engineering",
        "senior Java developers             | developer relations, public speaking",
        "datasets in French legal text      | French-English translation",
        "hiring engineering managers        | ingénierie aéronautique",
        "looking for a Java developer       | JavaScript & React training",
        "a flat in Lyon                     | flat design, UI illustrations",
        "un contact chez Orange             | producteur de jus d'orange bio",
        "cherche des locaux à Lyon          | bureaux à louer à Lille",
        "hiring a Kotlin engineer           | Kotlin beginner, looking for a first internship",
        "someone to help me                 | help and advice for anyone",
        "des contacts et des conseils       | contacts, conseils, aide",
        "''                                 | Java"})
    void score_sharedWordsAreNotEnough_nonsensePairsStayBelowTheFloor(String need, String offer) {
        assertThat(IntroductionMatcher.score(need, offer)).isLessThan(IntroductionMatcher.MIN_CONFIDENCE);
        assertThat(best(needs(1, need), List.of(offers(2, "Bea", offer)), Set.of())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "des développeurs Java               | DEVELOPPEUR java freelance",
        "need a lawyer for a trademark       | IP attorney",
        "help with SEO                       | référencement naturel, audits techniques",
        "cherche des locaux à Nantes         | office space to let in Nantes, 80 m²",
        "looking for investers               | angel investor in fintech",
        "recrutemnt d'un devloppeur java     | dev Java senior, ouvert aux opportunités",
        "need investors, a CTO and an office in Berlin | desks available in our Berlin coworking",
        "clients dans la santé               | healthcare CLIENT introductions",
        "a mentor in data science            | machine learning advice"})
    void score_meaningMeetsAcrossLanguagesSynonymsTyposAndClauses(String need, String offer) {
        assertThat(IntroductionMatcher.score(need, offer)).isGreaterThanOrEqualTo(IntroductionMatcher.SUGGEST_THRESHOLD);
    }

    @Test
    void bestFor_aLongNeedsText_namesTheClauseThatMet() {
        IntroductionMatch m = best(needs(1, "need investors, a CTO and an office in Berlin"),
                List.of(offers(2, "Bea", "desks available in our Berlin coworking")), Set.of()).orElseThrow();

        assertThat(m.needPhrase()).isEqualTo("an office in Berlin");
        assertThat(m.why()).contains("office", "Berlin");
    }

    @Test
    void score_theHeadOfACompoundDecides() {
        // "engineering manager" is a manager; "aerospace engineering" is engineering.
        assertThat(IntroductionMatcher.score("an engineering manager", "engineering management, coaching new leads"))
                .isGreaterThan(IntroductionMatcher.score("an engineering manager", "aerospace engineering"));
        assertThat(IntroductionMatcher.score("a head of data", "data pipelines, Spark"))
                .isLessThan(IntroductionMatcher.MIN_CONFIDENCE);
    }

    @Test
    void score_anotherCityOrAnUnavailablePersonLowersTheConfidence() {
        double sameCity = IntroductionMatcher.score("need a lawyer in Lyon", "avocat à Lyon, droit des affaires");
        double otherCity = IntroductionMatcher.score("need a lawyer in Lyon", "avocat à Bordeaux, droit des affaires");
        double busy = IntroductionMatcher.score("cherche un CTO associé", "CTO chez une banque, pas dispo");

        assertThat(sameCity).isGreaterThanOrEqualTo(IntroductionMatcher.SUGGEST_THRESHOLD);
        assertThat(otherCity).isLessThan(IntroductionMatcher.MIN_CONFIDENCE);
        assertThat(busy).isLessThan(IntroductionMatcher.MIN_CONFIDENCE);
    }

    @Test
    void match_confidenceOutsideZeroToOne_isRefused() {
        MatchProfile a = needs(1, "x");
        MatchProfile b = offers(2, "Bea", "y");

        assertThatThrownBy(() -> new IntroductionMatch(a, b, 1.2, "x", "y", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IntroductionMatch(a, b, Double.NaN, "x", "y", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new IntroductionMatch(a, b, 0.7, "  x ", "y", List.of()).needPhrase()).isEqualTo("x");
    }

    @Test
    void bestFor_neverMatchesAContactWithThemselves() {
        MatchProfile both = new MatchProfile(1, "Ann", "Java developers", "Java developers", null, false);

        assertThat(best(both, List.of(both), Set.of())).isEmpty();
    }

    @Test
    void bestFor_neverRepeatsAPairAlreadyIntroduced_inEitherOrder() {
        MatchProfile a = needs(1, "Java developers");
        List<MatchProfile> others = List.of(offers(2, "Bea", "Java"), offers(3, "Cal", "Java"));

        assertThat(best(a, others, Set.of(IntroductionPair.of(2, 1))).orElseThrow().offerer().id()).isEqualTo(3);
        assertThat(best(a, others, Set.of(IntroductionPair.of(1, 2), IntroductionPair.of(3, 1)))).isEmpty();
    }

    @Test
    void bestFor_leavesArchivedContactsOut_onEitherSide() {
        MatchProfile archivedOffer = new MatchProfile(2, "Bea", "", "Java developer", null, true);
        MatchProfile archivedNeed = new MatchProfile(1, "Ann", "Java developers", "", null, true);

        assertThat(best(needs(1, "Java developers"), List.of(archivedOffer), Set.of())).isEmpty();
        assertThat(best(archivedNeed, List.of(offers(2, "Bea", "Java developer")), Set.of())).isEmpty();
    }

    @Test
    void bestFor_peopleWhoIntroducedOneAnother_alreadyKnowEachOther() {
        MatchProfile introducedByBea = new MatchProfile(1, "Ann", "Java developers", "", 2L, false);
        MatchProfile beaIntroducedByAnn = new MatchProfile(2, "Bea", "", "Java developer", 1L, false);

        assertThat(best(introducedByBea, List.of(offers(2, "Bea", "Java developer")), Set.of())).isEmpty();
        assertThat(best(needs(1, "Java developers"), List.of(beaIntroducedByAnn), Set.of())).isEmpty();
    }

    @Test
    void matchesFor_bestFirst_andOnlyAboveTheFloor() {
        MatchProfile a = needs(1, "senior Java developers in Paris");
        List<MatchProfile> others = List.of(offers(2, "Ann", "Java backend developer, Lyon"),
                offers(3, "Zed", "senior Java developer in Paris"), offers(4, "Bob", "Java training for teams"),
                offers(5, "Cy", "developer relations, public speaking"));

        List<IntroductionMatch> ms = new IntroductionMatcher(others).matchesFor(a, Set.of());

        assertThat(ms).extracting(m -> m.offerer().id()).startsWith(3L).doesNotContain(4L, 5L);
        assertThat(ms).extracting(IntroductionMatch::confidence)
                .isSortedAccordingTo(Comparator.reverseOrder())
                .allMatch(c -> c >= IntroductionMatcher.MIN_CONFIDENCE);
        assertThat(IntroductionMatcher.MIN_CONFIDENCE).isLessThanOrEqualTo(IntroductionMatcher.SUGGEST_THRESHOLD);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void bestFor_tiesAreBrokenByNameThenId_whateverTheLoadOrder(long seed) {
        Random random = new Random(seed);
        List<MatchProfile> others = new ArrayList<>();
        String[] names = {"Élodie", "eloise", "Zoé", "Adam", "adam"};
        for (int i = 0; i < 30; i++) {
            others.add(offers(100 + i, names[random.nextInt(names.length)],
                    random.nextBoolean() ? "Java developer" : "Python workshops for kids"));
        }
        MatchProfile a = needs(1, "Java developers");
        List<IntroductionMatch> expected = new IntroductionMatcher(others).matchesFor(a, Set.of());

        Collections.shuffle(others, random);

        assertThat(new IntroductionMatcher(others).matchesFor(a, Set.of())).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
        assertThat(expected).extracting(IntroductionMatch::confidence).containsOnly(expected.get(0).confidence());
        assertThat(expected).isSortedAccordingTo(Comparator
                .<IntroductionMatch, String>comparing(m -> Text.fold(m.offerer().name()))
                .thenComparingLong(m -> m.offerer().id()));
    }

    private static final String[] OFFER_PARTS = {
        "Java backend developer", "Kotlin payments engineering", "angel investor, fintech", "IP attorney",
        "bureaux à louer à Lyon", "desks available in our Berlin coworking", "UX/UI design for mobile apps",
        "avocate, droit social", "expert-comptable TPE/PME", "data engineer, Spark", "Python workshops for kids",
        "tech sales recruiter, Paris", "traiteur événementiel", "aerospace engineering", "public speaking coaching",
        "machine learning advice", "open data of French court decisions", "happy to test new apps",
        "graphiste freelance, identité visuelle", "CTO chez une banque, pas dispo", "plumber, North London"};
    private static final String[] NEED_PARTS = {
        "senior Java developers", "hiring a Kotlin payments engineer", "seed investors for a fintech",
        "need a lawyer for a trademark", "cherche des locaux à Lyon", "office space in Berlin",
        "a product designer for our mobile app", "un avocat en droit du travail", "besoin d'aide pour notre compta",
        "a head of data", "Python developers", "hiring SDRs in Paris", "un traiteur pour 80 personnes",
        "engineering managers to interview", "speakers for a conference", "a mentor in data science",
        "datasets in French legal text", "beta testers for our app", "cherche un graphiste", "un CTO associé",
        "emergency plumber in London"};

    @Test
    void matchesFor_severalThousandOfferers_findsExactlyWhatComparingWithEveryoneFinds() {
        Random random = new Random(20261129);
        List<MatchProfile> offerers = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            String text = OFFER_PARTS[random.nextInt(OFFER_PARTS.length)]
                    + (random.nextInt(3) == 0 ? "; " + OFFER_PARTS[random.nextInt(OFFER_PARTS.length)] : "");
            Long introducedBy = random.nextInt(50) == 0 ? Long.valueOf(random.nextInt(40)) : null;
            offerers.add(new MatchProfile(1000 + i, "P" + random.nextInt(500), "", text, introducedBy,
                    random.nextInt(40) == 0));
        }
        IntroductionMatcher matcher = new IntroductionMatcher(offerers);
        Map<String, Double> scores = new HashMap<>();
        int found = 0;
        for (int n = 0; n < 40; n++) {
            MatchProfile needer = new MatchProfile(n, "N" + n, NEED_PARTS[random.nextInt(NEED_PARTS.length)]
                    + (random.nextBoolean() ? ", " + NEED_PARTS[random.nextInt(NEED_PARTS.length)] : ""), "", null,
                    false);
            Set<IntroductionPair> excluded = new HashSet<>();
            for (int k = 0; k < 20; k++) {
                excluded.add(IntroductionPair.of(n, 1000 + random.nextInt(4000)));
            }

            List<IntroductionMatch> fast = matcher.matchesFor(needer, excluded);

            List<long[]> slow = new ArrayList<>();
            for (MatchProfile o : offerers) {
                boolean knows = Long.valueOf(needer.id()).equals(o.introducedById());
                if (o.archived() || knows || excluded.contains(IntroductionPair.of(n, o.id()))) {
                    continue;
                }
                // The texts repeat, so each distinct pair is scored once (the test would be slow otherwise).
                double s = scores.computeIfAbsent(needer.needs() + "\u0000" + o.offers(),
                        k -> IntroductionMatcher.score(needer.needs(), o.offers()));
                if (s >= IntroductionMatcher.MIN_CONFIDENCE) {
                    slow.add(new long[] {o.id(), Math.round(s * 1000)});
                }
            }
            assertThat(fast).extracting(m -> m.offerer().id() + ":" + Math.round(m.confidence() * 1000))
                    .containsExactlyInAnyOrderElementsOf(slow.stream().map(x -> x[0] + ":" + x[1]).toList());
            assertThat(fast).isSortedAccordingTo(Comparator.comparingDouble(IntroductionMatch::confidence).reversed()
                    .thenComparing(m -> Text.fold(m.offerer().name())).thenComparingLong(m -> m.offerer().id()));
            found += fast.size();
        }
        assertThat(found).isGreaterThan(100);
    }

    @Test
    void matcher_withTheReadingsOfAnEarlierBuild_findsWhatAFreshMatcherFinds() {
        List<MatchProfile> offerers = List.of(
                offers(2, "Bea", "Kotlin payments engineering, hiring referrals"),
                offers(3, "Carl", "seed investing in fintech"),
                offers(4, "Dana", "office space in Lyon"),
                offers(5, "Eve", "Kotlin payments engineering, hiring referrals"));
        IntroductionMatcher.Readings readings = new IntroductionMatcher.Readings();
        // An earlier build: Carl offered something else then, and Dana was not there yet.
        new IntroductionMatcher(List.of(offerers.get(0), offers(3, "Carl", "UX design reviews")), readings);
        assertThat(readings.size()).isEqualTo(2);

        IntroductionMatcher reused = new IntroductionMatcher(offerers, readings);
        IntroductionMatcher fresh = new IntroductionMatcher(offerers);

        for (String need : List.of("hiring a Kotlin payments engineer", "seed investors for a fintech",
                "cherche des locaux à Lyon", "UX design feedback")) {
            assertThat(reused.matchesFor(needs(1, need), Set.of())).as(need)
                    .isEqualTo(fresh.matchesFor(needs(1, need), Set.of()));
        }
        assertThat(reused.matchesFor(needs(1, "hiring a Kotlin payments engineer"), Set.of()))
                .extracting(m -> m.offerer().id()).containsExactly(2L, 5L);
        assertThat(reused.matchesFor(needs(1, "UX design feedback"), Set.of())).isEmpty();
        // Only the texts of the latest build are kept.
        assertThat(readings.size()).isEqualTo(3);
    }
}
