package app.orbit.service;

import app.orbit.domain.Ask;
import app.orbit.domain.AskWords;
import app.orbit.domain.AskWords.Token;
import app.orbit.domain.TextLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders an ask as one sentence: what I look for, in which domain, which niche, what sets me
 * apart, and the help I would like. The user's words are kept as typed, so the sentence is
 * written in the language of those words: an ask typed in French is said in French, one typed in
 * English in English, and one made only of names and terms both languages share ("CTO",
 * "fintech", "SaaS B2B") in either. The connectors come from the bundles; the articles and
 * lead-ins that must agree with the user's words come from {@link EnglishPhrasing} and
 * {@link FrenchPhrasing}. Parts left blank are left out, so a draft reads well while it is typed.
 */
public final class AskComposer {

    /** A connector from the bundle and the user's words it carries, already given their article. */
    record Part(String key, String text) {
    }

    private final Messages english = new Messages(Locale.ENGLISH);
    private final Messages french = new Messages(Locale.FRENCH);

    /**
     * The ask as one sentence in a language (French for a French locale, else English), or empty
     * when nothing is looked for yet or when the ask's words are in the other language, where
     * putting them into this language's grammar would make a sentence that is not right.
     */
    public Optional<String> compose(Ask ask, Locale locale) {
        if (!saysSomething(ask.lookingFor())) {
            return Optional.empty();
        }
        Locale target = Messages.supported(locale);
        if (!TextLanguage.of(ask).fits(target)) {
            return Optional.empty();
        }
        return Optional.of(Locale.FRENCH.equals(target) ? french(ask) : english(ask));
    }

    /**
     * The sentence to say: in the preferred language when the ask can be said right in it,
     * otherwise in the language the ask is written in; empty when nothing is looked for yet.
     */
    public String sentence(Ask ask, Locale preferred) {
        return compose(ask, preferred).or(() -> compose(ask, other(preferred))).orElse("");
    }

    /** The other of the two languages. */
    public static Locale other(Locale locale) {
        return Locale.FRENCH.equals(Messages.supported(locale)) ? Locale.ENGLISH : Locale.FRENCH;
    }

    private String english(Ask ask) {
        StringBuilder b = new StringBuilder();
        String what = trimEnd(ask.lookingFor());
        append(b, english, EnglishPhrasing.lookingFor(what));
        if (saysSomething(ask.domain())) {
            b.append(EnglishPhrasing.qualified(what) ? "," : "");
            append(b, english, EnglishPhrasing.domain(trimEnd(ask.domain())));
        }
        if (saysSomething(ask.niche())) {
            append(b, english, EnglishPhrasing.niche(trimEnd(ask.niche())));
        }
        if (saysSomething(ask.differentiator())) {
            append(b, english, EnglishPhrasing.differentiator(trimEnd(ask.differentiator())));
        }
        b.append(english.get("ask.compose.help." + ask.helpWanted().name()));
        return EnglishPhrasing.typography(b.toString());
    }

    private String french(Ask ask) {
        StringBuilder b = new StringBuilder();
        String what = trimEnd(ask.lookingFor());
        append(b, french, FrenchPhrasing.lookingFor(what));
        if (saysSomething(ask.domain())) {
            b.append(FrenchPhrasing.qualified(what) ? "," : "");
            append(b, french, FrenchPhrasing.domain(trimEnd(ask.domain())));
        }
        if (saysSomething(ask.niche())) {
            append(b, french, FrenchPhrasing.niche(trimEnd(ask.niche())));
        }
        if (saysSomething(ask.differentiator())) {
            append(b, french, FrenchPhrasing.differentiator(trimEnd(ask.differentiator())));
        }
        b.append(french.get("ask.compose.help." + ask.helpWanted().name()));
        return FrenchPhrasing.typography(b.toString());
    }

    /** A part with no letter or digit ("...", "-") has nothing to put in a sentence. */
    private static boolean saysSomething(String part) {
        return part.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    private static void append(StringBuilder b, Messages m, Part p) {
        b.append(m.get(p.key(), p.text()));
    }

    /** Drops the full stop or comma the user may have typed: the sentence brings its own ("etc." keeps its dot). */
    static String trimEnd(String s) {
        String t = s.replaceAll("[\\s.,;:!?]+$", "");
        return t.matches("(?is).*\\b(etc|inc|ltd|co|corp|cie)$") && s.startsWith(t + ".") ? t + "." : t;
    }

    /** Lowers a capital typed only because the field started there: "Senior" or "Un" yes, "Qonto" no. */
    static String lowerFirst(String text) {
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty() || tokens.get(0).start() != 0) {
            return text;
        }
        Token t = tokens.get(0);
        String w = t.text();
        if ("I".equals(w) || w.startsWith("I'") || w.startsWith("I’") || t.acronymLike() || !t.capitalised()
                || !AskWords.common(w)) {
            return text;
        }
        return w.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }
}
