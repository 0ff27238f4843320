package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Cécile Œuvray          | cecile oeuvray",
        "'  Senior   JAVA dev ' | senior java dev",
        "already folded         | already folded",
        "C++ and C#             | c++ and c#",
        "Straße, Łódź           | strasse, lodz"})
    void fold_foldsAccentsCaseAndSpaces(String text, String expected) {
        assertThat(Text.fold(text)).isEqualTo(expected);
    }

    @Test
    void fold_asciiText_sameAsTheDefinition() {
        // Every white space and control character, capitals and punctuation, in random runs.
        foldsRandomRunsAsTheDefinition(" \t\n\u000B\f\r\u0001\u001F\u007FaZzA09+#-'.,;:()", 11);
    }

    /** 20,000 seeded runs of up to 11 characters of {@code alphabet}: the shortcut folds each as the definition. */
    private static void foldsRandomRunsAsTheDefinition(String alphabet, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = s.toString();
            assertThat(Text.fold(text)).as("fold of [%s]", text).isEqualTo(Text.foldAny(text));
        }
    }

    @Test
    void fold_everyLatinCharacter_sameAsTheDefinition() {
        for (char ch = 0; ch < 0x300; ch++) {
            String one = String.valueOf(ch);
            assertThat(Text.fold(one)).as("fold of U+%04X", (int) ch).isEqualTo(Text.foldAny(one));
            String inWords = "A" + ch + "b " + ch + ch + "\tÉ";
            assertThat(Text.fold(inWords)).as("fold of [%s]", inWords).isEqualTo(Text.foldAny(inWords));
        }
    }

    @Test
    void fold_latinText_sameAsTheDefinition() {
        // Accented capitals, ligatures, white space and what lies past the table (Greek, a combining mark).
        foldsRandomRunsAsTheDefinition(" \t\n\u00A0\u0001aZÉéÀçÇœŒæßøØłŁİıǅÿŸĳ\u00AD\u00D7\u00B4\u0301Ωσς", 12);
    }

    @Test
    void foldByTable_textPastTheLatinBlocks_leftToTheDefinition() {
        assertThat(Text.foldByTable("déjà vu")).isEqualTo("deja vu");
        assertThat(Text.foldByTable("Ωμέγα")).isNull();
        assertThat(Text.foldByTable("e\u0301")).isNull();
        assertThat(Text.fold("DÉJÀ  vu")).isEqualTo("deja vu");
    }
}
