package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeywordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Senior Java developers           | senior,java,developer",
        "des développeurs Java seniors    | developpeur,java,senior",
        "Développeurs JAVA                | developpeur,java",
        "startups in energy efficiency    | startup,energy,efficiency",
        "a mentor in data science         | mentor,data,science",
        "les journaux régionaux           | journal,regional",
        "jeux vidéo                       | jeu,video",
        "companies and agencies           | company,agency",
        "Paris business                   | paris,business",
        "contacts, help and advice        | ''",
        "quelqu'un pour m'aider           | ''",
        "AI regulation, C++ and C#        | ai,regulation,c++,c#",
        "2026 budget                      | budget"})
    void of_foldsAccentsCasePluralsAndDropsStopWords(String text, String expected) {
        assertThat(String.join(",", Keywords.of(text))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"designers, designer", "startups, startup", "bureaux, bureau", "animaux, animal", "jeux, jeu",
        "business, business", "campus, campus", "analysis, analysis", "class, class", "bus, bus",
        "data, data", "ies, ies"})
    void singular_foldsSimplePlurals(String word, String expected) {
        assertThat(Keywords.singular(word)).isEqualTo(expected);
        assertThat(Keywords.singular(expected)).isEqualTo(Keywords.singular(word));
    }
}
