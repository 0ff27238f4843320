package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.GestureKind;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.News;
import app.orbit.domain.Phrase;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.PrecisionCheck;
import app.orbit.domain.Ask;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sentence of the plan, gestures, asks and reciprocity, rendered in both languages. */
class PlanWordingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    /** Each phrase the code can produce, with arguments of the types it uses. */
    static Stream<Phrase> phrases() {
        List<Phrase> out = new ArrayList<>(List.of(
                Phrase.of("plan.reason.stale", DAY, 30L),
                Phrase.of("plan.reason.neverTouched", DAY, 90L),
                Phrase.of("plan.reason.touchedAgain", DAY, 30L),
                Phrase.of("plan.reason.followUp", "Send the deck", DAY),
                Phrase.of("plan.reason.birthday", DAY),
                Phrase.of("week.timeBound.due", DAY),
                Phrase.of("week.timeBound.late", DAY),
                Phrase.of("week.timeBound.on", DAY),
                Phrase.of("gesture.FOLLOW_UP", "Léa", "Send the deck"),
                Phrase.of("gesture.FOLLOW_UP.reason", DAY.minusDays(9), DAY),
                Phrase.of("gesture.BIRTHDAY", "Léa", DAY),
                Phrase.of("gesture.BIRTHDAY.reason", DAY),
                Phrase.of("gesture.INTRODUCE", "Léa", "Antoine"),
                Phrase.of("gesture.INTRODUCE.reason", "Léa", "mentors", "Antoine", "mentoring"),
                Phrase.of("gesture.CONGRATULATE.reason"),
                Phrase.of("gesture.SHARE.needs", "Léa", "mentors"),
                Phrase.of("gesture.SHARE.needs.reason", "mentors"),
                Phrase.of("gesture.SHARE.tags", "Léa", "tech, ai"),
                Phrase.of("gesture.SHARE.tags.reason", "tech, ai"),
                Phrase.of("gesture.CHECK_IN", "Léa"),
                Phrase.of("gesture.CHECK_IN.reason"),
                Phrase.of("plan.status.snoozedUntil", DAY),
                Phrase.of("plan.status.skippedBecause", "busy"),
                Phrase.of("plan.suggestion.ask", "I'm looking for x"),
                Phrase.of("plan.suggestion.giveFirst", "Léa"),
                Phrase.of("plan.progress", 3L, 7L),
                Phrase.of("plan.week", 53L, DAY, DAY.plusDays(6)),
                Phrase.of("plan.history", 47L, 3L, 7L, 1L),
                Phrase.of("reciprocity.summary", 1L, 2L, 3L, 4L, 5L, 6L),
                Phrase.of("reciprocity.canAsk"),
                Phrase.of("reciprocity.giveFirst"),
                Phrase.of("ask.score", 65L),
                Phrase.of("ask.hint.vague", "n'importe quel"),
                Phrase.of("ask.hint.tooLong", 40L, 35L),
                Phrase.of("ask.error.lookingFor.required"),
                Phrase.of("plan.error.snooze.past"),
                Phrase.of("plan.error.notOpen"),
                Phrase.of("plan.error.introduction.two"),
                Phrase.of("error.notFound.ask", 4L),
                Phrase.of("error.notFound.planEntry", 4L)));
        News.kinds().forEach(k -> out.add(Phrase.of("gesture.CONGRATULATE." + k, "Léa")));
        Stream.of(GestureKind.values()).forEach(k -> out.add(Phrase.of("gesture.kind." + k)));
        Stream.of(PlanStatus.values()).forEach(s -> out.add(Phrase.of("plan.status." + s)));
        Stream.of(HelpWanted.values()).forEach(h -> out.add(Phrase.of("ask.helpWanted." + h)));
        Stream.of(HelpWanted.values()).forEach(h -> out.add(Phrase.of("ask.compose.help." + h)));
        Stream.of("lookingFor", "domain", "niche", "differentiator").forEach(f -> {
            out.add(Phrase.of("ask.hint." + f));
            out.add(Phrase.of("ask.hint." + f + ".vague", "job"));
            out.add(Phrase.of("ask.hint." + f + ".junk", "asdf"));
        });
        Stream.of("lookingFor", "niche", "differentiator").forEach(f -> out.add(Phrase.of("ask.hint." + f + ".thin")));
        out.add(Phrase.of("ask.hint.differentiator.soft", "motivé et dynamique"));
        out.add(Phrase.of("ask.hint.repeated", "fintech"));
        return out.stream();
    }

    static Stream<Arguments> phrasesInBothLanguages() {
        return phrases().flatMap(p -> Stream.of(Arguments.of(p, Locale.ENGLISH), Arguments.of(p, Locale.FRENCH)));
    }

    @ParameterizedTest
    @MethodSource("phrasesInBothLanguages")
    void text_everyPhrase_rendersCleanly(Phrase phrase, Locale locale) {
        Messages m = new Messages(locale);

        String text = m.text(phrase);

        assertThat(m.has(phrase.key())).as(phrase.key()).isTrue();
        assertThat(text).isNotBlank().doesNotContain("{", "}", "''").isNotEqualTo(phrase.key());
        for (Object a : phrase.args()) {
            if (a instanceof String s) {
                assertThat(text).contains(s);
            }
        }
    }

    @Test
    void text_isTranslated() {
        Messages en = new Messages(Locale.ENGLISH);
        Messages fr = new Messages(Locale.FRENCH);
        long same = phrases().filter(p -> en.text(p).equals(fr.text(p))).count();

        assertThat(same).isZero();
    }

    @Test
    void wording_datesAndNumbersAreLocalised() {
        PlanWording en = new PlanWording(new Messages(Locale.ENGLISH));
        PlanWording fr = new PlanWording(new Messages(Locale.FRENCH));
        IsoWeek w53 = IsoWeek.parse("2026-W53");

        assertThat(en.week(w53)).isEqualTo("Week 53 \u00b7 December 28 to January 3, 2027");
        assertThat(fr.week(w53)).isEqualTo("Semaine 53 · du 28 décembre au 3 janvier 2027");
        assertThat(en.messages().text(Phrase.of("plan.reason.stale", LocalDate.of(2026, 9, 2), 30L)))
                .isEqualTo("Last touch on September 2, 2026; you aim for every 30 days.");
        assertThat(fr.messages().text(Phrase.of("plan.reason.stale", LocalDate.of(2026, 9, 2), 30L)))
                .isEqualTo("Dernier contact le 2 septembre 2026 ; vous visez tous les 30 jours.");
    }

    @Test
    void ask_saysTheAskInTheWindowsLanguageWhenItsWordsAllow_elseInTheirs() {
        PlanWording en = new PlanWording(new Messages(Locale.ENGLISH));
        PlanWording fr = new PlanWording(new Messages(Locale.FRENCH));
        Ask french = Ask.draft("un poste de CTO", "santé", "", "", HelpWanted.LEAD);
        Ask neutral = Ask.draft("CTO", "fintech", "", "", HelpWanted.LEAD);

        assertThat(en.ask(french)).isEqualTo(
                "Je cherche un poste de CTO en santé \u2014 auriez-vous une piste à me suggérer\u00a0?");
        assertThat(fr.ask(french)).isEqualTo(en.ask(french));
        assertThat(en.ask(neutral)).isEqualTo("I'm looking for a CTO in fintech \u2014 do you know of a lead I could"
                + " follow?");
        assertThat(fr.ask(neutral)).isEqualTo(
                "Je cherche un CTO en fintech \u2014 auriez-vous une piste à me suggérer\u00a0?");
    }

    @Test
    void wording_precisionHintsReadInTheUsersLanguage() {
        PrecisionCheck c = PrecisionCheck.of(Ask.draft("n'importe quel job", "", "", "", HelpWanted.ADVICE));
        PlanWording fr = new PlanWording(new Messages(Locale.FRENCH));

        assertThat(fr.score(c)).isEqualTo("Précision 6/100");
        assertThat(fr.hints(c)).containsExactly(
                "«\u00a0n'importe quel\u00a0» ne dit ni quel poste ni quel résultat\u00a0: nommez-le, par exemple "
                        + "«\u00a0un poste de product designer senior\u00a0» ou «\u00a0mes trois premiers clients en "
                        + "expertise comptable\u00a0».",
                "Pas de domaine : précisez le secteur (fintech, santé, commerce…).",
                "Pas de niche : resserrez sur un poste, un type de client ou une taille d'entreprise.",
                "Pas d'atout distinctif : dites ce que vous apportez que d'autres n'ont pas.");
    }
}
