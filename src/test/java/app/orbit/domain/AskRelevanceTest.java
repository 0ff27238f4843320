package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AskRelevanceTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    private static Ask ask(long id, String what, String domain, String niche, boolean active, Instant updated) {
        return new Ask(id, what, domain, niche, "ten years", HelpWanted.INTRODUCTION, active, T, updated);
    }

    private static Contact contact(String org, String title, List<String> tags, String offers) {
        return Contact.builder().id(1L).firstName("Ann").organisation(org).title(title).tags(tags).offers(offers)
                .knownSince(java.time.LocalDate.of(2026, 1, 1)).build();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // organisation | title | tags | offers | expected ask id
        "Qonto         | Sales lead         | fintech,sales | sales coaching       | 1",
        "Doctolib      | Engineering manager| tech          | hiring advice        | 2",
        "Hôpital Necker| Pédiatre           | santé         | medical advice       | 3",
        "Ubisoft       | Game designer      | games         | playtesting          | -",
        "Station F     | Programme manager  | startups      | founder introductions| -"})
    void best_matchesOrganisationTitleTagsAndOffersAgainstTheAsk(String org, String title, String tags,
            String offers, Long expected) {
        List<Ask> asks = List.of(
                ask(1, "a CTO role", "fintech", "payments for SMBs", true, T),
                ask(2, "engineering leads to hire", "tech", "Java backend", true, T),
                ask(3, "clients", "santé", "télémédecine", true, T),
                ask(4, "game studio contacts", "games", "playtesting", false, T));

        Contact c = contact(org, title, List.of(tags.split(",")), offers);

        assertThat(AskRelevance.best(c, asks).map(Ask::id).orElse(null)).isEqualTo(expected);
    }

    @Test
    void best_tiesGoToTheMostRecentlyUpdatedThenTheSmallerId() {
        Contact c = contact("Qonto", "", List.of("fintech"), "");
        Ask older = ask(1, "a role", "fintech", "", true, T);
        Ask newer = ask(2, "a mission", "fintech", "", true, T.plusSeconds(60));
        Ask newerToo = ask(3, "a contract", "fintech", "", true, T.plusSeconds(60));

        assertThat(AskRelevance.best(c, List.of(older, newerToo, newer))).contains(newer);
        assertThat(AskRelevance.best(c, List.of(older))).contains(older);
    }
}
