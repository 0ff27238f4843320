package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NewsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "She starts a new job at Doctolib in January       | job",
        "Il a un nouveau poste chez Airbus                 | job",
        "Vient d'être embauchée chez Qonto                 | job",
        "Got promoted to VP Engineering!                   | promotion",
        "Elle a été nommée directrice                      | promotion",
        "Promu directeur commercial                        | promotion",
        "They just launched their app                      | launch",
        "Lancement de son podcast en mars                  | launch",
        "Their baby was born last week                     | birth",
        "Naissance de Jules, 3,2 kg                        | birth",
        "Wedding in June                                   | wedding",
        "Mariage prévu en septembre                        | wedding",
        "Fiançailles annoncées                             | wedding",
        "Graduated from HEC                                | graduation",
        "Diplômée de Sciences Po                           | graduation",
        "Won the award for best fintech                    | award",
        "Lauréate du concours i-Nov                        | award",
        "Raised a seed round of 2M                         | funding",
        "Levée de fonds bouclée                            | funding",
        "Published her book on climbing                    | book",
        "Vient de publier un roman                         | book"})
    void find_spotsNewsInBothLanguages(String text, String kind) {
        assertThat(News.find(text)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Coffee with Thomas — news from Doctolib", "Call about senior Java developers",
        "Met at an event", "Catch-up", "Raised a concern about the budget", "Lunch at the launchpad café",
        "Marie was there too", "Talked about finance", "Déjeuner, rien de neuf", "", "   "})
    void find_ordinaryNotes_haveNoNews(String text) {
        assertThat(News.find(text)).isEmpty();
    }
}
