package app.orbit.domain;

import app.orbit.domain.AskWords.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How precise an ask is, 0 to 100, and what would make it more precise. People can only help
 * with an ask they can picture: what exactly (a role or an outcome), in which domain, which
 * niche, why you, and the help you want.
 *
 * <p>Each field is read for what it says, in French or English, and given a quality from 0 to 1:
 * words that name something count ("designer", "paiements", "Kotlin"); grammatical words do not;
 * words that say nothing alone ("job", "poste", "business", "tech") count only next to one that
 * does ("a CTO role"); vague words ("anything", "n'importe quoi", "etc.") cost; keyboard mash,
 * fillers, digits alone and a text repeated in several fields are worth nothing. Names, acronyms
 * and figures are signs of precision, and a differentiator made only of qualities everyone claims
 * ("motivated", "dynamique") is held down until a fact comes with it. The score is
 * 30 × what + 20 × domain + 20 × niche + 20 × differentiator + 10 × what again for the help wanted
 * (asking for an introduction is only as useful as what it is for), minus {@value #LONG_PENALTY}
 * when the whole ask is longer than {@value #MAX_WORDS} words (too long to say aloud in one breath).
 * See docs/advice-asks.md for how it was measured.
 */
public record PrecisionCheck(int score, List<Phrase> hints) {

    public static final int MAX_WORDS = 35;
    static final int HELP = 10;
    static final int LONG_PENALTY = 15;
    /** What a field made only of words that say nothing alone is still worth: it is words, not mash. */
    static final double VAGUE_QUALITY = 0.15;
    static final double VAGUE_PENALTY = 0.4;
    static final double JUNK_WORD_PENALTY = 0.15;
    /** Below this a field with real words gets a hint to say more. */
    static final double THIN = 0.7;
    static final double SOFT_CAP = 0.3;
    private static final int SHOWN = 40;

    /** The four parts of an ask and what each is worth. */
    enum Field {
        LOOKING_FOR("lookingFor", 30, new double[] {0.55, 0.8, 0.95}, 0.15),
        DOMAIN("domain", 20, new double[] {0.9, 1.0}, 0.1),
        NICHE("niche", 20, new double[] {0.7, 0.9, 1.0}, 0.15),
        DIFFERENTIATOR("differentiator", 20, new double[] {0.4, 0.55, 0.7, 0.8}, 0.15);

        final String key;
        final int points;
        /** Quality by number of distinct informative words: one, two, … (the last holds for more). */
        final double[] byWords;
        final double signal;

        Field(String key, int points, double[] byWords, double signal) {
            this.key = key;
            this.points = points;
            this.byWords = byWords;
            this.signal = signal;
        }
    }

    /** How a field reads. */
    enum State { MISSING, JUNK, REPEATED, VAGUE, SOFT, THIN, CLEAR }

    /** One field as read: its state, its quality and the words to show in a hint. */
    record Reading(Field field, String text, State state, double quality, String shown, List<String> vague,
            String signature) {

        Reading repeating(String first) {
            return new Reading(field, text, State.REPEATED, 0, first, vague, signature);
        }
    }

    private enum Kind { STOP, NUMBER, JUNK, VAGUE, GENERIC, SOFT, CONTENT }

    /** "Node.js", "gov.uk", "C++", "C#": written the way technical names are. */
    private static final Pattern TECHNICAL = Pattern.compile("\\p{L}[.+#]|\\+\\+$");

    /** Figures spelled out: "ten years", "quinze ans". */
    private static final Set<String> SPELLED_NUMBERS = Set.copyOf(List.of("two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "deux", "trois",
            "quatre", "cinq", "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze",
            "seize", "vingt", "trente", "quarante", "cinquante", "soixante", "cent", "cents", "mille",
            "milliard", "milliards", "douzaine"));

    /** Verbs and titles of something done, in either language: a differentiator with one states a fact. */
    private static final Set<String> ACHIEVED = Set.copyOf(List.of("built", "led", "ran", "grew", "took",
            "shipped", "launched", "founded", "cofounded", "co-founded", "created", "designed", "developed",
            "managed", "sold", "closed", "raised", "scaled", "migrated", "delivered", "wrote", "published", "won",
            "signed", "opened", "cut", "saved", "reduced", "increased", "doubled", "tripled", "automated",
            "implemented", "deployed", "moved", "hired", "recruited", "trained", "coached", "mentored", "taught",
            "negotiated", "directed", "headed", "started", "exited", "turned", "made", "brought", "drove",
            "achieved", "earned", "certified", "tested", "used", "former", "ex", "alumni", "alumnus", "phd", "mba",
            "diploma", "author", "patent", "patents", "award", "awarded", "construit", "dirige", "mene", "menee",
            "menees", "menes", "lance", "fonde", "cofonde", "cree", "concu", "developpe", "gere", "geres",
            "vendu", "vendus", "leve", "signe", "ouvert", "reduit", "augmente", "double", "triple", "automatise",
            "deploye", "migre", "migres", "recrute", "forme", "encadre", "pilote", "livre", "fourni", "publie",
            "gagne", "obtenu", "obtenue", "remporte", "negocie", "accompagne", "teste", "utilise", "utilises",
            "utilisees", "certifie", "certifiee", "diplome", "diplomee", "assermente", "assermentee", "auteur",
            "autrice", "ancien", "ancienne", "brevet", "brevets", "laureat", "laureate", "doctorat", "these"));

    public PrecisionCheck {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score out of range: " + score);
        }
        hints = List.copyOf(hints);
    }

    /** Checks an ask (or a draft being typed). */
    public static PrecisionCheck of(Ask ask) {
        List<Reading> readings = repeatsRemoved(List.of(
                read(Field.LOOKING_FOR, ask.lookingFor()),
                read(Field.DOMAIN, ask.domain()),
                read(Field.NICHE, ask.niche()),
                read(Field.DIFFERENTIATOR, ask.differentiator())));
        List<Phrase> hints = new ArrayList<>();
        double total = 0;
        for (Reading r : readings) {
            total += r.field().points * r.quality();
            hints.addAll(hints(r));
        }
        total += HELP * readings.get(0).quality();
        String all = String.join(" ", ask.lookingFor(), ask.domain(), ask.niche(), ask.differentiator());
        int words = words(all);
        if (words > MAX_WORDS) {
            hints.add(Phrase.of("ask.hint.tooLong", (long) words, (long) MAX_WORDS));
            total -= LONG_PENALTY;
        }
        return new PrecisionCheck((int) Math.max(0, Math.min(100, Math.round(total))),
                hints.stream().distinct().toList());
    }

    /** The hint keys alone, for tests and logs. */
    public List<String> hintKeys() {
        return hints.stream().map(Phrase::key).toList();
    }

    static int words(String text) {
        String s = Text.clean(text);
        return s.isEmpty() ? 0 : (int) Arrays.stream(s.split("\\s+")).filter(w -> w.chars().anyMatch(
                Character::isLetterOrDigit)).count();
    }

    /** Reads one field on its own. */
    static Reading read(Field field, String value) {
        String text = Text.clean(value);
        if (text.isEmpty()) {
            return new Reading(field, text, State.MISSING, 0, "", List.of(), "");
        }
        List<Token> tokens = AskWords.tokens(text);
        Kind[] kinds = new Kind[tokens.size()];
        List<String> vague = markVague(text, tokens, kinds);
        Set<String> content = new LinkedHashSet<>();
        Set<String> signature = new TreeSet<>();
        int junk = 0;
        boolean generic = false;
        boolean soft = false;
        boolean number = false;
        boolean named = false;
        boolean achieved = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            Kind k = kinds[i] != null ? kinds[i] : kind(t);
            kinds[i] = k;
            String bare = AskWords.bare(t.folded());
            if (k != Kind.STOP) {
                signature.add(bare);
            }
            switch (k) {
                case JUNK -> junk++;
                case NUMBER -> number = true;
                case GENERIC -> generic = true;
                case SOFT -> soft = true;
                case CONTENT -> {
                    content.add(bare);
                    named |= t.acronymLike() || t.hasDigit() || TECHNICAL.matcher(t.text()).find()
                            || i > 0 && t.capitalised();
                    achieved |= ACHIEVED.contains(bare);
                }
                default -> {
                }
            }
        }
        String sig = String.join(" ", signature);
        if (content.isEmpty()) {
            if (!vague.isEmpty() || generic || soft) {
                State s = field == Field.DIFFERENTIATOR && soft ? State.SOFT : State.VAGUE;
                String shown = vague.isEmpty() ? span(text, tokens, kinds) : vague.get(0);
                return new Reading(field, text, s, VAGUE_QUALITY, shown, vague, sig);
            }
            return new Reading(field, text, State.JUNK, 0, cut(text), vague, sig);
        }
        if (junk > content.size()) {
            return new Reading(field, text, State.JUNK, 0, cut(text), vague, sig);
        }
        double[] steps = field.byWords;
        double q = steps[Math.min(content.size(), steps.length) - 1];
        if (field == Field.DIFFERENTIATOR) {
            q += (number ? 0.25 : 0) + (named ? field.signal : 0) + (achieved ? 0.1 : 0);
        } else {
            q += (number || named ? field.signal : 0) + (field == Field.LOOKING_FOR && generic ? 0.1 : 0);
        }
        boolean fact = number || named || achieved;
        if (field == Field.DIFFERENTIATOR && soft && !fact) {
            q = Math.min(q, SOFT_CAP);
        }
        q -= junk * JUNK_WORD_PENALTY;
        if (!vague.isEmpty()) {
            q = Math.max(0.1, q - VAGUE_PENALTY * vague.size());
        }
        q = Math.max(0, Math.min(1, q));
        State state = field == Field.DIFFERENTIATOR && soft && !fact ? State.SOFT
                : q < THIN && field != Field.DOMAIN && vague.isEmpty() ? State.THIN : State.CLEAR;
        String shown = state == State.SOFT ? span(text, tokens, kinds) : "";
        return new Reading(field, text, state, q, shown, vague, sig);
    }

    private static Kind kind(Token t) {
        String bare = AskWords.bare(t.folded());
        if (AskWords.junk(t)) {
            return Kind.JUNK;
        }
        if (t.number() || SPELLED_NUMBERS.contains(bare)) {
            return Kind.NUMBER;
        }
        if ("it".equals(bare) && t.acronymLike()) {
            return Kind.GENERIC;
        }
        if (AskWords.STOP.contains(bare)) {
            return Kind.STOP;
        }
        if (AskWords.GENERIC.contains(bare)) {
            return Kind.GENERIC;
        }
        if (AskWords.SOFT.contains(bare)) {
            return Kind.SOFT;
        }
        return Kind.CONTENT;
    }

    /** Marks the words of vague phrases and returns the phrases as the user wrote them. */
    private static List<String> markVague(String text, List<Token> tokens, Kind[] kinds) {
        List<String> found = new ArrayList<>();
        String folded = AskWords.foldedWords(tokens);
        int[] startOf = new int[tokens.size()];
        int at = 0;
        for (int i = 0; i < tokens.size(); i++) {
            startOf[i] = at;
            at += AskWords.bare(tokens.get(i).folded()).length() + 1;
        }
        for (Pattern p : AskWords.VAGUE) {
            Matcher m = p.matcher(folded);
            while (m.find()) {
                int first = -1;
                int last = -1;
                for (int i = 0; i < tokens.size(); i++) {
                    if (startOf[i] >= m.start() && startOf[i] < m.end()) {
                        first = first < 0 ? i : first;
                        last = i;
                    }
                }
                if (first < 0 || kinds[first] == Kind.VAGUE) {
                    continue;
                }
                for (int i = first; i <= last; i++) {
                    kinds[i] = Kind.VAGUE;
                }
                found.add(text.substring(tokens.get(first).start(), tokens.get(last).end()));
            }
        }
        return found;
    }

    /** The stretch of the text from the first to the last word that says nothing alone ("strong leadership skills"). */
    private static String span(String text, List<Token> tokens, Kind[] kinds) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size(); i++) {
            if (kinds[i] == Kind.GENERIC || kinds[i] == Kind.SOFT) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? cut(text) : cut(text.substring(tokens.get(first).start(), tokens.get(last).end()));
    }

    private static String cut(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1).strip() + "…";
    }

    /**
     * A text written in several fields says nothing new the second time: it is worth nothing
     * there, and nothing anywhere when it fills three fields or more ("test", "test", "test").
     */
    static List<Reading> repeatsRemoved(List<Reading> readings) {
        List<Reading> out = new ArrayList<>(readings);
        for (int i = 0; i < out.size(); i++) {
            String sig = out.get(i).signature();
            if (sig.isEmpty() || out.get(i).state() == State.MISSING) {
                continue;
            }
            List<Integer> same = new ArrayList<>();
            for (int j = 0; j < out.size(); j++) {
                if (sig.equals(out.get(j).signature()) && out.get(j).state() != State.MISSING) {
                    same.add(j);
                }
            }
            if (same.size() < 2 || same.get(0) != i) {
                continue;
            }
            for (int j : same) {
                boolean worthless = out.get(j).state() == State.JUNK;
                if (!worthless && (j != i || same.size() >= 3)) {
                    out.set(j, out.get(j).repeating(cut(readings.get(i).text())));
                }
            }
        }
        return out;
    }

    private static List<Phrase> hints(Reading r) {
        String base = "ask.hint." + r.field().key;
        List<Phrase> out = new ArrayList<>();
        switch (r.state()) {
            case MISSING -> out.add(Phrase.of(base));
            case JUNK -> out.add(Phrase.of(base + ".junk", cut(r.text())));
            case REPEATED -> out.add(Phrase.of("ask.hint.repeated", r.shown()));
            case VAGUE -> out.add(Phrase.of(base + ".vague", r.shown()));
            case SOFT -> out.add(Phrase.of("ask.hint.differentiator.soft", r.shown()));
            case THIN -> out.add(Phrase.of(base + ".thin"));
            case CLEAR -> {
            }
        }
        if (r.state() != State.VAGUE && r.state() != State.REPEATED && r.state() != State.JUNK) {
            r.vague().forEach(v -> out.add(Phrase.of("ask.hint.vague", v)));
        }
        return out;
    }
}
