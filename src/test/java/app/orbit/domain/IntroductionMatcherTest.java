package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
            Set<IntroductionPair> introduced) {
        return new IntroductionMatcher(others).bestFor(a, introduced);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "senior Java developers          | hiring Java developers, mentoring",
        "des développeurs Java           | DEVELOPPEUR java freelance",
        "a coach for a career change     | career advice, student contacts",
        "deep tech startups to fund      | startup events, founder introductions",
        "experts en régulation de l'IA   | Régulation, lobbying",
        "un journal régional             | contacts dans les journaux régionaux",
        "product designers in fintech    | Fintech product strategy",
        "Clients in healthcare           | healthcare CLIENT introductions"})
    void bestFor_needsMeetOffers_acrossAccentsCaseAndPlurals(String need, String offer) {
        Optional<IntroductionMatch> m = best(needs(1, need), List.of(offers(2, "Bea", offer)), Set.of());

        assertThat(m).isPresent();
        assertThat(m.get().offerer().id()).isEqualTo(2);
        assertThat(m.get().why()).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "someone to help me              | help and advice for anyone",
        "des contacts et des conseils    | contacts, conseils, aide",
        "people who can help             | anyone who needs help",
        "sound designers                 | game design, playtesting",
        "''                              | Java"})
    void bestFor_onlyStopWordsOrNothingShared_findsNobody(String need, String offer) {
        assertThat(best(needs(1, need), List.of(offers(2, "Bea", offer)), Set.of())).isEmpty();
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
        MatchProfile archivedOffer = new MatchProfile(2, "Bea", "", "Java", null, true);
        MatchProfile archivedNeed = new MatchProfile(1, "Ann", "Java", "", null, true);

        assertThat(best(needs(1, "Java"), List.of(archivedOffer), Set.of())).isEmpty();
        assertThat(best(archivedNeed, List.of(offers(2, "Bea", "Java")), Set.of())).isEmpty();
    }

    @Test
    void bestFor_peopleWhoIntroducedOneAnother_alreadyKnowEachOther() {
        MatchProfile introducedByBea = new MatchProfile(1, "Ann", "Java", "", 2L, false);
        MatchProfile beaIntroducedByAnn = new MatchProfile(2, "Bea", "", "Java", 1L, false);

        assertThat(best(introducedByBea, List.of(offers(2, "Bea", "Java")), Set.of())).isEmpty();
        assertThat(best(needs(1, "Java"), List.of(beaIntroducedByAnn), Set.of())).isEmpty();
    }

    @Test
    void bestFor_mostSharedKeywordsWins() {
        MatchProfile a = needs(1, "senior Java developers in Paris");
        List<MatchProfile> others = List.of(offers(2, "Ann", "Java"), offers(3, "Zed", "Paris Java developers"),
                offers(4, "Bob", "Kotlin developers"));

        IntroductionMatch m = best(a, others, Set.of()).orElseThrow();

        assertThat(m.offerer().id()).isEqualTo(3);
        assertThat(m.why()).containsExactlyInAnyOrder("java", "developer", "paris");
        assertThat(new IntroductionMatcher(others).matchesFor(a, Set.of())).extracting(x -> x.offerer().id())
                .containsExactly(3L, 2L, 4L);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void bestFor_tiesAreBrokenByNameThenId_whateverTheLoadOrder(long seed) {
        Random random = new Random(seed);
        List<MatchProfile> others = new ArrayList<>();
        String[] names = {"Élodie", "eloise", "Zoé", "Adam", "adam"};
        for (int i = 0; i < 30; i++) {
            others.add(offers(100 + i, names[random.nextInt(names.length)], random.nextBoolean() ? "Java" : "Go"));
        }
        MatchProfile a = needs(1, "Java");
        List<IntroductionMatch> expected = new IntroductionMatcher(others).matchesFor(a, Set.of());

        Collections.shuffle(others, random);

        assertThat(new IntroductionMatcher(others).matchesFor(a, Set.of())).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
        assertThat(expected).isSortedAccordingTo(java.util.Comparator
                .<IntroductionMatch, String>comparing(m -> Text.fold(m.offerer().name()))
                .thenComparingLong(m -> m.offerer().id()));
    }
}
