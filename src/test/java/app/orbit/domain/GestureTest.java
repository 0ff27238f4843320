package app.orbit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What a touch made for a plan's gesture starts as: its exchange, and who takes part. */
class GestureTest {

    @ParameterizedTest
    @CsvSource({"INTRODUCE, GAVE", "SHARE, GAVE", "FOLLOW_UP, GAVE", "BIRTHDAY, NONE", "CONGRATULATE, NONE",
            "CHECK_IN, NONE"})
    void loggedAs_aGestureThatHelpsThem_startsAsIHelped(GestureKind kind, Exchange expected) {
        assertEquals(expected, kind.loggedAs());
    }

    @Test
    void participantIds_anIntroduction_bringsBothPeople() {
        Gesture g = new Gesture(GestureKind.INTRODUCE, Phrase.of("x"), Phrase.of("y"), 9L);

        assertTrue(g.introducesSomeone());
        assertEquals(List.of(4L, 9L), g.participantIds(4));
    }

    @Test
    void participantIds_anIntroductionWhoseOtherPersonIsGone_bringsTheContactAlone() {
        Gesture g = new Gesture(GestureKind.INTRODUCE, Phrase.of("x"), Phrase.of("y"), null);

        assertFalse(g.introducesSomeone());
        assertEquals(List.of(4L), g.participantIds(4));
    }

    @Test
    void participantIds_anyOtherGesture_bringsTheContactAlone() {
        Gesture g = new Gesture(GestureKind.SHARE, Phrase.of("x"), Phrase.of("y"), null);

        assertEquals(List.of(4L), g.participantIds(4));
    }
}
