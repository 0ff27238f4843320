package app.orbit.service;

import app.orbit.domain.AskWords;
import app.orbit.domain.AskWords.Token;
import app.orbit.service.AskComposer.Part;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * English grammar for an ask's own words: "a" or "an" where the user wrote a bare singular noun
 * ("CTO role" becomes "a CTO role", "ML engineer" "an ML engineer"), none before a plural, an
 * uncountable noun or a determiner the user wrote; "the" before "public sector"; and the lead-in
 * a differentiator needs ("I bring 8 years…", "I built…", "what sets me apart: …").
 */
final class EnglishPhrasing {

    private static final Pattern LOOKING_FOR = Pattern.compile(
            "(?i)^(i'?m |i am |we'?re |we are )?(looking|searching) for\\s+|^(seeking|wanted:?)\\s+");
    private static final Pattern LOOKING_TO = Pattern.compile("(?i)^(i'?m |i am |we'?re |we are )?(looking|hoping)"
            + " to\\s+|^to\\s+");
    private static final Pattern DURATION = Pattern.compile("(?i)^(over |more than |almost |nearly |about |around "
            + "|some |close to |a good )?((\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
            + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|a dozen|a couple of)\\+?"
            + " (years|months|decades)|(a|one) (year|decade))\\b.*");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "our", "your", "his", "her",
            "their", "its", "some", "any", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "several", "more", "this", "that", "these", "those", "another", "no", "each", "every", "few",
            "many", "much", "both", "enough", "whose", "something", "anything", "everything", "nothing", "someone",
            "anyone", "somebody", "anybody", "somewhere", "anywhere", "whatever", "what", "whoever", "people");
    /** Verbs an ask can start with: "hire a designer", "find my first clients". */
    private static final Set<String> VERBS = Set.of("hire", "find", "meet", "raise", "join", "sell", "recruit",
            "land", "grow", "expand", "buy", "rent", "learn", "switch", "move", "get", "launch", "connect", "talk",
            "speak", "reach", "pitch", "break", "enter", "sign", "close", "build", "secure", "transition");
    /** Where the head of a noun phrase ends: "advice | on pricing", "clients | for my practice". */
    private static final Set<String> BREAKS = Set.of("in", "at", "for", "with", "on", "to", "from", "who", "that",
            "which", "as", "by", "about", "of", "near", "around", "within", "like", "where", "and", "or", "based",
            "focused", "working", "willing", "able");
    private static final Set<String> UNCOUNTABLE = Set.of("advice", "help", "funding", "financing", "feedback",
            "information", "mentoring", "mentorship", "guidance", "support", "work", "employment", "training",
            "coaching", "consulting", "research", "equipment", "software", "hardware", "data", "capital", "money",
            "traction", "exposure", "visibility", "press", "coverage", "sponsorship", "insight", "knowledge",
            "expertise", "space", "staff", "talent", "accommodation", "housing", "marketing", "investment",
            "backing", "cash", "time", "input", "volunteering", "publicity", "recognition", "distribution",
            "warehousing", "office", "news", "stuff", "work-life", "experience");
    private static final Set<String> SILENT_H = Set.of("hour", "hours", "honest", "honour", "honor", "heir",
            "herb", "honorary", "hourly");
    /** Heads that take "the": "in the public sector", not "in public sector". */
    private static final Set<String> COUNTED_DOMAINS = Set.of("sector", "industry", "space", "field", "market",
            "world", "area", "scene", "ecosystem", "segment", "vertical", "arena");
    /** What someone did, said without the "I": "built…", "led…". */
    private static final Set<String> DONE = Set.of("built", "led", "ran", "grew", "took", "shipped", "launched",
            "founded", "co-founded", "cofounded", "created", "designed", "developed", "managed", "sold", "closed",
            "raised", "scaled", "migrated", "delivered", "wrote", "won", "signed", "opened", "cut", "saved",
            "reduced", "increased", "doubled", "tripled", "automated", "implemented", "deployed", "moved", "hired",
            "recruited", "coached", "mentored", "taught", "negotiated", "directed", "headed", "started", "exited",
            "turned", "made", "brought", "drove", "achieved", "earned", "spent", "worked", "helped", "served",
            "advised", "organised", "organized", "produced", "have", "hold", "know", "speak", "run", "manage");
    private static final Set<String> SUBJECTS = Set.of("i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "i'll",
            "we", "we're", "we’re", "we've", "we’ve", "my team", "our team");

    private EnglishPhrasing() {
    }

    /** What I am looking for: "I'm looking for {a CTO role}" or "I'm looking to {hire a designer}". */
    static Part lookingFor(String typed) {
        String text = LOOKING_FOR.matcher(typed).replaceFirst("");
        java.util.regex.Matcher to = LOOKING_TO.matcher(text);
        if (to.find()) {
            return new Part("ask.compose.lookingTo", AskComposer.lowerFirst(text.substring(to.end())));
        }
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.lookingFor", text);
        }
        String first = tokens.get(0).lower();
        if (VERBS.contains(first) && tokens.size() > 1) {
            return new Part("ask.compose.lookingTo", AskComposer.lowerFirst(text));
        }
        if (DETERMINERS.contains(first) || tokens.get(0).number() || SUBJECTS.contains(first)) {
            return new Part("ask.compose.lookingFor", AskComposer.lowerFirst(text));
        }
        Token head = head(tokens, text);
        if (plural(head) || UNCOUNTABLE.contains(head.lower())) {
            return new Part("ask.compose.lookingFor", AskComposer.lowerFirst(text));
        }
        String body = AskComposer.lowerFirst(text);
        return new Part("ask.compose.lookingFor", article(body) + " " + body);
    }

    /** The domain after "in": "fintech", "the public sector", or what the user wrote after "in". */
    static Part domain(String typed) {
        String text = typed.replaceFirst("(?i)^(in|within)\\s+", "");
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.domain", text);
        }
        String body = AskComposer.lowerFirst(text);
        if (DETERMINERS.contains(tokens.get(0).lower())) {
            return new Part("ask.compose.domain.determined", body);
        }
        Token head = head(tokens, text);
        return new Part("ask.compose.domain", COUNTED_DOMAINS.contains(head.lower()) ? "the " + body : body);
    }

    /** The niche after "specifically", which takes any phrase as it is. */
    static Part niche(String typed) {
        return new Part("ask.compose.niche",
                AskComposer.lowerFirst(typed.replaceFirst("(?i)^(specifically|especially|in particular|mainly|namely)[,:]?\\s+", "")));
    }

    /**
     * What sets me apart, with the lead-in its first words allow: "I bring" before a length of
     * experience, "I" before what was done, the user's own "I…" as it is, else "what sets me apart:".
     */
    static Part differentiator(String typed) {
        String text = typed.replaceFirst("(?i)^(i bring|bringing)\\s+", "");
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.apart", text);
        }
        String first = tokens.get(0).lower();
        String firstTwo = tokens.size() > 1 ? first + " " + tokens.get(1).lower() : first;
        if ("I".equals(tokens.get(0).text()) || SUBJECTS.contains(first) && !"i".equals(first)
                || SUBJECTS.contains(firstTwo)) {
            return new Part("ask.compose.clause", "I".equals(tokens.get(0).text()) || first.startsWith("i'")
                    || first.startsWith("i’") ? text : AskComposer.lowerFirst(text));
        }
        if (DURATION.matcher(text).matches()) {
            return new Part("ask.compose.bring", AskComposer.lowerFirst(text));
        }
        if (DONE.contains(first) && tokens.size() > 1) {
            return new Part("ask.compose.did", AskComposer.lowerFirst(text));
        }
        return new Part("ask.compose.apart", AskComposer.lowerFirst(text));
    }

    /** Words after which a phrase says more than its head noun: "a co-founder | who knows Kotlin". */
    private static final Set<String> QUALIFIERS = Set.of("in", "at", "for", "with", "on", "to", "from", "who",
            "that", "which", "by", "about", "near", "around", "within", "based", "where", "whose");

    /**
     * Whether what I look for ends with more than its noun ("a distributor in Germany", "a
     * co-founder who knows Kotlin"): the domain then needs a comma, or it would read as part of it.
     */
    static boolean qualified(String text) {
        List<Token> tokens = AskWords.tokens(text);
        return text.contains(",") || tokens.stream().skip(1).anyMatch(t -> QUALIFIERS.contains(t.lower()));
    }

    /** "a" or "an" by how the next word is said: "an ML engineer", "a UX designer", "an hour", "a user". */
    static String article(String phrase) {
        List<Token> tokens = AskWords.tokens(phrase);
        if (tokens.isEmpty()) {
            return "a";
        }
        Token t = tokens.get(0);
        String w = t.text();
        if (Character.isDigit(w.charAt(0))) {
            return w.matches("(8|11|18|8\\d|8\\d\\d)(\\D.*)?") ? "an" : "a";
        }
        boolean spelledOut = w.length() > 1 && (w.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                || Character.isLowerCase(w.charAt(0)) && Character.isUpperCase(w.charAt(1)));
        if (spelledOut) {
            // Said letter by letter: "an MBA", "an SEO role", "a UX role", "an iOS developer".
            return "aefhilmnorsx".indexOf(Character.toLowerCase(w.charAt(0))) >= 0 ? "an" : "a";
        }
        String l = t.lower();
        if (l.startsWith("h")) {
            return SILENT_H.stream().anyMatch(l::startsWith) ? "an" : "a";
        }
        if (l.matches("(one|once|eu|ewe|uni|u[bcfgklmprstv][aeiouy]|usu|uti).*") && !l.startsWith("un")
                || l.startsWith("uni")) {
            return "a";
        }
        return "aeiou".indexOf(l.charAt(0)) >= 0 ? "an" : "a";
    }

    /** The word a phrase is about: the last before a preposition or a comma ("advice" in "advice on pricing"). */
    private static Token head(List<Token> tokens, String text) {
        Token head = tokens.get(0);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (i > 0 && (BREAKS.contains(t.lower())
                    || text.substring(tokens.get(i - 1).end(), t.start()).matches(".*[,;:(].*"))) {
                break;
            }
            head = t;
        }
        return head;
    }

    private static boolean plural(Token t) {
        String w = t.text();
        if (w.matches("[A-Z]{2,}s")) {
            return true;
        }
        String l = t.lower();
        if (t.acronymLike() || l.length() < 3) {
            return false;
        }
        return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us") && !l.endsWith("is")
                || Set.of("people", "staff", "children", "men", "women", "alumni", "media").contains(l);
    }

    /** English punctuation: no space before ; : ? ! (French habits typed into an English ask). */
    static String typography(String sentence) {
        return sentence.replaceAll("[ \\u00a0\\u202f]+([;:!?])(?=\\s|$)", "$1").replaceAll(" {2,}", " ");
    }
}
