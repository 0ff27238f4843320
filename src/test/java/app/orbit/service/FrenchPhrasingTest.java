package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.AskWords;
import app.orbit.service.FrenchPhrasing.Gender;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchPhrasingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "de  | autres   | \"d'\"", "de  | nouveaux | \"de \"", "le  | hôpital  | \"l'\"", "le  | handicap | \"le \"",
        "la  | hausse   | \"la \"", "la  | usine    | \"l'\"", "que | il       | \"qu'\"", "que | le       | \"que \"",
        "je  | ai       | \"j'\"", "le  | IA       | \"l'\"", "le  | hardware | \"le \""})
    void elide_beforeAVowelSoundOnly(String word, String next, String expected) {
        assertThat(FrenchPhrasing.elide(word, next)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "poste | MASCULINE", "mission | FEMININE", "alternance | FEMININE", "recrutement | MASCULINE",
        "télémédecine | FEMININE", "développeuse | FEMININE", "directeur | MASCULINE", "valeur | FEMININE",
        "cofondatrice | FEMININE", "associée | FEMININE", "associé | MASCULINE", "société | FEMININE",
        "comité | MASCULINE", "PME | FEMININE", "CTO | MASCULINE", "B2B | MASCULINE", "marketing | MASCULINE",
        "fintech | FEMININE", "expert-comptable | MASCULINE", "sous-traitant | MASCULINE", "graphiste | MASCULINE",
        "plage | FEMININE", "stage | MASCULINE", "pousse | UNKNOWN", "gestion | FEMININE", "maison | FEMININE",
        "planning | MASCULINE", "crêperie | FEMININE"})
    void gender_fromTheListThenEndingsElseUnknown(String word, Gender expected) {
        assertThat(FrenchPhrasing.gender(AskWords.tokens(word).get(0))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Je cherche ; vraiment ! | Je cherche\u00a0; vraiment\u00a0!",
        "Prix : 10 €, voir https://qonto.com | Prix\u00a0: 10 €, voir https://qonto.com",
        "«Qonto» et « Lydia » | «\u00a0Qonto\u00a0» et «\u00a0Lydia\u00a0»",
        "déjà\u00a0? oui | déjà\u00a0? oui"})
    void typography_nonBreakingSpaceBeforeHighPunctuationAndInsideQuotes(String typed, String expected) {
        assertThat(FrenchPhrasing.typography(typed)).isEqualTo(expected);
    }
}
