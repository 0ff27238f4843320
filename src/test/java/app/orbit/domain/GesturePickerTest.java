package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GesturePickerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final PendingFollowUp PROMISE = new PendingFollowUp(1, TODAY.minusDays(10), TODAY.plusDays(2),
            "Send the deck");
    private static final IntroductionMatch MATCH = new IntroductionMatch(
            new MatchProfile(1, "Léa Dubois", "mentors for founders; a flat in Lyon", "", null, false),
            new MatchProfile(2, "Antoine Fournier", "", "mentoring founders, seed funding", null, false),
            0.9, "mentors for founders", "mentoring founders", List.of("mentors", "founders"));

    /** Builds facts from flags: f = follow-up, b = birthday, i = introduction, n = news, s = needs, t = tags. */
    private static GestureFacts facts(String flags) {
        return new GestureFacts("Léa Dubois",
                flags.contains("f") ? PROMISE : null,
                flags.contains("b") ? TODAY.plusDays(3) : null,
                flags.contains("i") ? MATCH : null,
                flags.contains("n") ? "job" : null,
                flags.contains("t") ? List.of("startups", "events", "paris", "tech") : List.of(),
                flags.contains("s") ? "mentors for founders" : "");
    }

    @ParameterizedTest
    @CsvSource({
        "fbinst, FOLLOW_UP", "f, FOLLOW_UP", "bi, BIRTHDAY", "binst, BIRTHDAY", "b, BIRTHDAY",
        "inst, INTRODUCE", "i, INTRODUCE", "nst, CONGRATULATE", "n, CONGRATULATE", "st, SHARE", "s, SHARE",
        "t, SHARE", "'', CHECK_IN"})
    void pick_takesTheFirstThatApplies_inTheAdvisorsOrder(String flags, GestureKind expected) {
        assertThat(GesturePicker.pick(facts(flags)).kind()).isEqualTo(expected);
    }

    @Test
    void pick_followUp_quotesThePromiseAndItsDates() {
        Gesture g = GesturePicker.pick(facts("f"));

        assertThat(g.sentence()).isEqualTo(Phrase.of("gesture.FOLLOW_UP", "Léa Dubois", "Send the deck"));
        assertThat(g.reason()).isEqualTo(Phrase.of("gesture.FOLLOW_UP.reason", TODAY.minusDays(10),
                TODAY.plusDays(2)));
        assertThat(g.otherContactId()).isNull();
    }

    @Test
    void pick_introduction_namesTheOtherPersonAndWhyTheyMeet() {
        Gesture g = GesturePicker.pick(facts("i"));

        assertThat(g.otherContactId()).isEqualTo(2L);
        assertThat(g.sentence()).isEqualTo(Phrase.of("gesture.INTRODUCE", "Léa Dubois", "Antoine Fournier"));
        // Only the clauses that met, not the whole texts: the flat and the seed funding are beside the point.
        assertThat(g.reason().args()).containsExactly("Léa Dubois", "mentors for founders", "Antoine Fournier",
                "mentoring founders");
    }

    @Test
    void pick_news_hasASentencePerKindOfNews() {
        assertThat(GesturePicker.pick(facts("n")).sentence().key()).isEqualTo("gesture.CONGRATULATE.job");
    }

    @Test
    void pick_share_prefersNeedsThenAtMostThreeTags() {
        assertThat(GesturePicker.pick(facts("st")).sentence())
                .isEqualTo(Phrase.of("gesture.SHARE.needs", "Léa Dubois", "mentors for founders"));
        assertThat(GesturePicker.pick(facts("t")).sentence())
                .isEqualTo(Phrase.of("gesture.SHARE.tags", "Léa Dubois", "startups, events, paris"));
    }

    @Test
    void pick_checkIn_asksForNothing() {
        Gesture g = GesturePicker.pick(facts(""));

        assertThat(g.sentence()).isEqualTo(Phrase.of("gesture.CHECK_IN", "Léa Dubois"));
        assertThat(g.reason().key()).isEqualTo("gesture.CHECK_IN.reason");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "a head of data; office space in Lyon           | a head of data",
        "a mentor in data science, and a climbing buddy | a mentor in data science",
        "des clients dans la santé / un associé          | des clients dans la santé",
        "senior Java developers                         | senior Java developers"})
    void firstNeed_aListOfNeeds_sharesOnTheFirst(String needs, String first) {
        assertThat(GesturePicker.firstNeed(needs)).isEqualTo(first);
    }

    @Test
    void firstNeed_oneVeryLongNeed_cutAtAWordWithAnEllipsis() {
        String need = "someone who has scaled a marketplace from ten to a thousand sellers in southern Europe while "
                + "keeping unit economics positive";

        String shown = GesturePicker.firstNeed(need);

        assertThat(shown).endsWith("\u2026").hasSizeLessThanOrEqualTo(GesturePicker.MAX_NEED + 1);
        assertThat(need).startsWith(shown.substring(0, shown.length() - 1));
    }
}
