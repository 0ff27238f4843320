package app.orbit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AvatarTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Inès Chevalier|IC",
            "Dr. Priya K. Raman|PR",
            "Acme|A",
            "élodie de la tour|ÉT",
            "  |?",
            "Mr. François Xavier Müller Jr.|FM",
            "info@acme.example|I",
            "(Sam) Taylor|T"})
    void initials_firstAndLastWordsLetters_skippingTitles(String name, String initials) {
        assertThat(Avatar.initials(name == null ? "" : name)).isEqualTo(initials);
    }
}
