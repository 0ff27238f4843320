package app.orbit.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How precise an ask is, 0 to 100, and what would make it more precise. People can only help
 * with an ask they can picture: what exactly, in which domain, which niche, and why you.
 *
 * <p>Score: what you look for 30, domain 25, niche 25, differentiator 20; minus 20 for each vague
 * phrase ("anything", "n'importe quel"…, at most 40), minus 15 when the whole ask is longer than
 * {@value #MAX_WORDS} words (too long to say aloud in one breath); never below 0.
 */
public record PrecisionCheck(int score, List<Phrase> hints) {

    public static final int MAX_WORDS = 35;
    static final int LOOKING_FOR = 30;
    static final int DOMAIN = 25;
    static final int NICHE = 25;
    static final int DIFFERENTIATOR = 20;
    static final int VAGUE_PENALTY = 20;
    static final int MAX_VAGUE_PENALTY = 40;
    static final int LONG_PENALTY = 15;

    /** Vague phrases: what the user reads (shown in the hint), then the folded pattern that finds it. */
    private static final List<Vague> VAGUE = List.of(
            new Vague("anything", "anything"),
            new Vague("any job", "any (job|role|position|work)s?"),
            new Vague("any company", "any (company|companies|field|industry|sector|domain)"),
            new Vague("something", "something"),
            new Vague("whatever", "whatever"),
            new Vague("anyone", "any ?(one|body)"),
            new Vague("somewhere", "somewhere"),
            new Vague("anywhere", "anywhere"),
            new Vague("open to everything", "open to (everything|all|anything)"),
            new Vague("quelque chose", "quelque chose"),
            new Vague("n'importe quel", "n importe (quel|quels|quelle|quelles|lequel|laquelle)"),
            new Vague("n'importe quoi", "n importe (quoi|ou|qui|comment)"),
            new Vague("quelque part", "quelque part"),
            new Vague("peu importe", "peu importe"),
            new Vague("tout type de", "tout (type|genre|secteur|domaine)s?( de| d)?"),
            new Vague("tous secteurs", "tous (les )?(secteurs|domaines|types)"));

    private record Vague(String shown, Pattern pattern) {
        Vague(String shown, String regex) {
            this(shown, Pattern.compile("(^| )" + regex + "( |$)"));
        }
    }

    public PrecisionCheck {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        hints = List.copyOf(hints);
    }

    /** Checks an ask (or a draft being typed). */
    public static PrecisionCheck of(Ask ask) {
        List<Phrase> hints = new ArrayList<>();
        int score = 0;
        score += part(ask.lookingFor(), LOOKING_FOR, "ask.hint.lookingFor", hints);
        score += part(ask.domain(), DOMAIN, "ask.hint.domain", hints);
        score += part(ask.niche(), NICHE, "ask.hint.niche", hints);
        score += part(ask.differentiator(), DIFFERENTIATOR, "ask.hint.differentiator", hints);
        String all = String.join(" ", ask.lookingFor(), ask.domain(), ask.niche(), ask.differentiator());
        String folded = Text.fold(all).replaceAll("[^a-z0-9]+", " ").strip();
        int penalty = 0;
        for (Vague v : VAGUE) {
            if (v.pattern().matcher(folded).find()) {
                hints.add(Phrase.of("ask.hint.vague", v.shown()));
                penalty += VAGUE_PENALTY;
            }
        }
        score -= Math.min(penalty, MAX_VAGUE_PENALTY);
        int words = words(all);
        if (words > MAX_WORDS) {
            hints.add(Phrase.of("ask.hint.tooLong", (long) words, (long) MAX_WORDS));
            score -= LONG_PENALTY;
        }
        return new PrecisionCheck(Math.max(0, score), hints);
    }

    static int words(String text) {
        String s = Text.clean(text);
        return s.isEmpty() ? 0 : (int) Arrays.stream(s.split("\\s+")).filter(w -> w.chars().anyMatch(
                Character::isLetterOrDigit)).count();
    }

    private static int part(String value, int points, String hintKey, List<Phrase> hints) {
        if (Text.isBlank(value)) {
            hints.add(Phrase.of(hintKey));
            return 0;
        }
        return points;
    }

    /** The hint keys alone, for tests and logs. */
    public List<String> hintKeys() {
        return hints.stream().map(Phrase::key).toList();
    }
}
