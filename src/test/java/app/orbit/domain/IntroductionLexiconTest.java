package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntroductionLexiconTest {

    @Test
    void get_theShippedLexiconLoads_withBothLanguagesForACommonRole() {
        IntroductionLexicon lex = IntroductionLexicon.get();

        assertThat(lex.phrase("lawyer")).isNotNull().isSameAs(lex.phrase("avocat"));
        assertThat(lex.phrase("engineering manager")).isNotSameAs(lex.phrase("engineering"));
        assertThat(lex.covers(lex.concept("law"), lex.concept("employment_law"))).isTrue();
    }

    @Test
    void parse_aPhraseGivenTwoMeanings_isRefused() {
        assertThatThrownBy(() -> IntroductionLexicon.parse("a FIELD : java\nb FIELD : Java\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already means a");
    }

    @Test
    void parse_anUnknownParentOrFlag_isRefused() {
        assertThatThrownBy(() -> IntroductionLexicon.parse("a FIELD <nowhere : x\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        assertThatThrownBy(() -> IntroductionLexicon.parse("a FIELD ?odd : x\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    }

    @Test
    void fuzzy_oneLetterOffOnALongWord_findsTheWord_shortWordsDoNot() {
        IntroductionLexicon lex = IntroductionLexicon.get();

        assertThat(lex.fuzzy("investissur")).isSameAs(lex.phrase("investisseur"));
        assertThat(lex.fuzzy("lawyr")).isNull();
    }
}
