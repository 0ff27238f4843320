package app.orbit.domain;

import app.orbit.domain.IntroductionLexicon.Concept;
import app.orbit.domain.IntroductionLexicon.NeedKind;
import app.orbit.domain.IntroductionLexicon.OfferKind;
import app.orbit.domain.IntroductionLexicon.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a free-text needs or offers field into clauses ("a CTO; office space in Lyon and seed
 * investors" is three), each with what kind of thing it is about and on which topics, using
 * {@link IntroductionLexicon}. Every clause keeps its text as the user typed it.
 */
final class IntroductionReader {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}+#]+");
    private static final Pattern NON_TOKEN = Pattern.compile("[^a-z0-9+#]+");
    /** Words that join two clauses, as whole words: "sales and marketing", "locaux et un comptable". */
    private static final Pattern JOINER = Pattern.compile(
            "(?i)\\s(and|et|&|\\+|as well as|ainsi que|along with)\\s");

    /** A word of a text: where it is, as typed, folded, and its normal form (folded, singular). */
    record Token(int start, int end, String typed, String folded, String norm) {
    }

    /** A concept found in a clause, with the words the user wrote for it. */
    record Mention(Concept concept, int start, int end, String surface) {
    }

    /** An unknown word kept for a literal match ("Arkose" meets "Arkose"). */
    record Literal(String norm, int start, String surface) {
    }

    /** One clause as read, before it is seen as a need or an offer. */
    record Clause(int start, int end, String text, boolean joinedByAnd, List<Mention> mentions,
            List<Literal> literals) {

        // Loops rather than streams: asked several times of every clause of every offers text the
        // plan reads, often before the JIT has compiled anything.
        List<Mention> of(Type type) {
            List<Mention> out = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                if (m.concept().type() == type) {
                    out.add(m);
                }
            }
            return Collections.unmodifiableList(out);
        }

        List<Mention> topics() {
            List<Mention> out = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
                if (m.concept().type().isTopic()) {
                    out.add(m);
                }
            }
            return Collections.unmodifiableList(out);
        }

        boolean hasContent() {
            if (!literals.isEmpty()) {
                return true;
            }
            for (Mention m : mentions) {
                Type t = m.concept().type();
                if (t.isTopic() || t == Type.PLACE || t == Type.LANG || t == Type.STAGE) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A clause of a needs text: what kinds of thing it asks for. */
    record NeedClause(Clause clause, Set<NeedKind> kinds) {
    }

    /** A clause of an offers text: what kinds of thing it offers. */
    record OfferClause(Clause clause, Set<OfferKind> kinds) {
    }

    /** A whole offers text: its clauses, and what it says of the person (open to a job, not available). */
    record Offer(List<OfferClause> clauses, Set<OfferKind> status) {
    }

    private final IntroductionLexicon lexicon;

    IntroductionReader(IntroductionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The normal form of each word of a phrase, as the lexicon and the reader both key them. */
    static List<String> normalTokens(String phrase) {
        List<String> out = new ArrayList<>();
        for (String t : NON_TOKEN.split(Text.fold(phrase))) {
            if (!t.isEmpty()) {
                out.add(Keywords.singular(t));
            }
        }
        return out;
    }

    List<NeedClause> needs(String text) {
        List<Clause> clauses = attachKindOnly(clauses(text), true);
        List<NeedClause> out = new ArrayList<>();
        List<Clause> pending = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            Clause c = clauses.get(i);
            if (!pending.isEmpty()) {
                c = merge(pending.get(0), c);
                pending.clear();
            }
            Set<NeedKind> kinds = needKinds(c);
            boolean nextJoinedByAnd = i + 1 < clauses.size() && clauses.get(i + 1).joinedByAnd();
            if (kinds.isEmpty() && nextJoinedByAnd) {
                // "sales and marketing advice": the first part borrows the second's kind.
                pending.add(c);
                continue;
            }
            if (kinds.isEmpty() && c.joinedByAnd() && !out.isEmpty()) {
                NeedClause prev = out.remove(out.size() - 1);
                Clause merged = merge(prev.clause(), c);
                out.add(new NeedClause(merged, needKinds(merged)));
                continue;
            }
            if (!c.hasContent() && kinds.isEmpty()) {
                continue;
            }
            out.add(new NeedClause(c, kinds.isEmpty() ? EnumSet.of(NeedKind.ANY) : kinds));
        }
        for (Clause c : pending) {
            out.add(new NeedClause(c, EnumSet.of(NeedKind.ANY)));
        }
        return out;
    }

    Offer offers(String text) {
        List<Clause> clauses = clauses(text);
        Set<OfferKind> status = EnumSet.noneOf(OfferKind.class);
        for (Clause c : clauses) {
            boolean place = !c.of(Type.PTYPE).isEmpty();
            for (Mention m : c.mentions()) {
                for (OfferKind k : m.concept().offers()) {
                    if (k.isStatus() && !(k == OfferKind.AVAILABLE && place)) {
                        status.add(k == OfferKind.AVAILABLE ? OfferKind.CANDIDATE : k);
                    }
                }
            }
        }
        clauses = attachKindOnly(clauses, false);
        List<OfferClause> out = new ArrayList<>();
        for (Clause c : clauses) {
            Set<OfferKind> kinds = offerKinds(c);
            if (!kinds.isEmpty() || c.hasContent()) {
                out.add(new OfferClause(c, kinds));
            }
        }
        return new Offer(out, status);
    }

    /**
     * The kinds a need clause asks for. Advice words lead ("advice on fundraising" wants advice,
     * not money); an introduction goes with what it is to ("an intro to a VC" is also funding);
     * then frames (a job, investors, an office); then a role (a person to hire or to work with).
     */
    private static Set<NeedKind> needKinds(Clause c) {
        Set<NeedKind> advice = EnumSet.noneOf(NeedKind.class);
        Set<NeedKind> frames = EnumSet.noneOf(NeedKind.class);
        Set<NeedKind> persons = EnumSet.noneOf(NeedKind.class);
        boolean contact = false;
        for (Mention m : c.mentions()) {
            NeedKind k = m.concept().need();
            if (k == null) {
                continue;
            }
            switch (k) {
                case ADVICE, MENTOR -> {
                    if (m.concept().type() == Type.CUE || m.concept().frame()) {
                        advice.add(k);
                    } else {
                        persons.add(NeedKind.PERSON);
                    }
                }
                case CONTACT -> contact = true;
                case PERSON, ANY -> persons.add(k);
                default -> frames.add(k);
            }
        }
        Set<NeedKind> out = EnumSet.noneOf(NeedKind.class);
        if (!advice.isEmpty()) {
            out.addAll(advice);
        } else if (!frames.isEmpty()) {
            out.addAll(frames);
        } else {
            out.addAll(persons);
        }
        if (contact) {
            out.add(NeedKind.CONTACT);
        }
        out.remove(NeedKind.ANY);
        return out;
    }

    /**
     * The kinds an offer clause gives. A head word rules its clause ("public speaking coaching" is
     * coaching, "logiciel de comptabilité" is a product); other kind words (investing, a network,
     * space to let, hiring) come next; a plain topic is a skill. Roles add theirs (a recruiter
     * recruits, a head of marketing buys).
     */
    private static Set<OfferKind> offerKinds(Clause c) {
        Set<OfferKind> heads = EnumSet.noneOf(OfferKind.class);
        Set<OfferKind> others = EnumSet.noneOf(OfferKind.class);
        Set<OfferKind> roles = EnumSet.noneOf(OfferKind.class);
        boolean place = !c.of(Type.PTYPE).isEmpty();
        for (Mention m : c.mentions()) {
            for (OfferKind k : m.concept().offers()) {
                if (k == OfferKind.AVAILABLE && place) {
                    others.add(OfferKind.SPACE);
                } else if (k.isStatus()) {
                    continue;
                } else if (m.concept().type() == Type.ROLE) {
                    roles.add(k);
                } else if (k.isHead()) {
                    heads.add(k);
                } else {
                    others.add(k);
                }
            }
        }
        boolean hasTopic = c.mentions().stream().anyMatch(m -> m.concept().type().isTopic()
                && m.concept().offers().isEmpty()) || !c.literals().isEmpty();
        Set<OfferKind> out = EnumSet.noneOf(OfferKind.class);
        if (!heads.isEmpty()) {
            out.addAll(heads);
            return out;
        }
        if (others.contains(OfferKind.SPACE)) {
            others.remove(OfferKind.HIRING);
        }
        if (others.contains(OfferKind.HIRING) && !hasHiredTopic(c)) {
            // "recruiting, people operations": recruiting is what they do, not a job they offer.
            others.remove(OfferKind.HIRING);
            others.add(OfferKind.RECRUITING);
        }
        out.addAll(others);
        if (out.isEmpty() && (hasTopic || !roles.isEmpty() || !c.topics().isEmpty())) {
            out.add(OfferKind.SKILL);
        }
        out.addAll(roles);
        return out;
    }

    private static boolean hasHiredTopic(Clause c) {
        return c.mentions().stream().anyMatch(m -> switch (m.concept().type()) {
            case ROLE, FIELD, TECH, LEVEL -> !m.concept().offers().contains(OfferKind.HIRING);
            default -> false;
        }) || !c.literals().isEmpty();
    }

    /**
     * A clause that only says a kind ("recruiting:", "hiring referrals", "open to new roles") is
     * about its neighbour: the next one in needs when it leads ("recruiting: 3 data engineers"),
     * otherwise the one before.
     */
    private List<Clause> attachKindOnly(List<Clause> clauses, boolean needs) {
        List<Clause> out = new ArrayList<>(clauses);
        for (int i = 0; i < out.size() && out.size() > 1; i++) {
            Clause c = out.get(i);
            boolean kindOnly = !c.hasContent() && c.mentions().stream().anyMatch(m -> needs
                    ? m.concept().need() != null : !m.concept().offers().isEmpty());
            if (!kindOnly) {
                continue;
            }
            if (needs ? i + 1 < out.size() : i == 0) {
                out.set(i + 1, merge(c, out.get(i + 1)));
            } else {
                out.set(i - 1, merge(out.get(i - 1), c));
            }
            out.remove(i);
            i--;
        }
        return out;
    }

    private static Clause merge(Clause a, Clause b) {
        Clause first = a.start() <= b.start() ? a : b;
        Clause second = first == a ? b : a;
        String text = first.text() + (second.joinedByAnd() ? " " : ", ") + second.text();
        List<Mention> mentions = new ArrayList<>(first.mentions());
        mentions.addAll(second.mentions());
        List<Literal> literals = new ArrayList<>(first.literals());
        literals.addAll(second.literals());
        return new Clause(first.start(), second.end(), text, first.joinedByAnd(), mentions, literals);
    }

    /** Splits a text into clauses at commas, semicolons, colons, line breaks, sentence ends and "and"/"et". */
    List<Clause> clauses(String text) {
        List<Clause> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        List<int[]> cuts = cuts(text);
        int start = 0;
        boolean and = false;
        for (int[] cut : cuts) {
            add(out, text, start, cut[0], and);
            start = cut[1];
            and = cut[2] == 1;
        }
        add(out, text, start, text.length(), and);
        return out;
    }

    /** Where to cut: [start of the separator, end of it, 1 when it is a joining word]. */
    private static List<int[]> cuts(String text) {
        List<int[]> out = new ArrayList<>();
        boolean[] inside = new boolean[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '(' || ch == '[') {
                depth++;
            } else if ((ch == ')' || ch == ']') && depth > 0) {
                depth--;
            }
            inside[i] = depth > 0;
        }
        for (int i = 0; i < text.length(); i++) {
            if (inside[i]) {
                continue;
            }
            char ch = text.charAt(i);
            boolean sentenceEnd = (ch == '.' || ch == '!' || ch == '?')
                    && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
            if (ch == ',' || ch == ';' || ch == ':' || ch == '\n' || ch == '\r' || ch == '•' || ch == '|'
                    || sentenceEnd) {
                out.add(new int[] {i, i + 1, 0});
            } else if ((ch == '-' || ch == '–' || ch == '—' || ch == '/') && i > 0 && i + 1 < text.length()
                    && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ') {
                out.add(new int[] {i, i + 1, 0});
            }
        }
        Matcher m = JOINER.matcher(text);
        int from = 0;
        while (m.find(from)) {
            if (!inside[m.start()]) {
                out.add(new int[] {m.start(), m.end(), 1});
            }
            from = m.end() - 1;
        }
        out.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] c : out) {
            if (!merged.isEmpty() && c[0] < merged.get(merged.size() - 1)[1]) {
                continue;
            }
            merged.add(c);
        }
        return merged;
    }

    private void add(List<Clause> out, String text, int start, int end, boolean and) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start >= end) {
            return;
        }
        String clauseText = text.substring(start, end);
        List<Token> tokens = tokens(clauseText, start);
        if (tokens.isEmpty()) {
            return;
        }
        List<Mention> mentions = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        read(text, tokens, mentions, literals);
        out.add(new Clause(start, end, clauseText, and, List.copyOf(mentions), List.copyOf(literals)));
    }

    private static List<Token> tokens(String clause, int offset) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(clause);
        while (m.find()) {
            String typed = m.group();
            String folded = Text.fold(typed);
            String word = onlyTokenChars(folded) ? folded : NON_TOKEN.matcher(folded).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            out.add(new Token(offset + m.start(), offset + m.end(), typed, folded, Keywords.singular(word)));
        }
        return out;
    }

    /** Whether {@link #NON_TOKEN} would leave a folded word as it is (it nearly always does). */
    private static boolean onlyTokenChars(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            char ch = folded.charAt(i);
            if (!(ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch == '+' || ch == '#')) {
                return false;
            }
        }
        return true;
    }

    /** Longest phrase first at each word (a word typed exactly so before a one-word phrase); then a typo of a known word; else a literal unless a stop word. */
    private void read(String text, List<Token> tokens, List<Mention> mentions, List<Literal> literals) {
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int found = 0;
            // A phrase of several words beats a word typed exactly so: "AI Act" is not "AI".
            for (int len = Math.min(lexicon.longestPhrase(), tokens.size() - i); len >= 1 && found == 0; len--) {
                if (len == 1) {
                    Concept exact = lexicon.exact(t.typed());
                    if (exact != null) {
                        add(mentions, exact, text, t, t);
                        found = 1;
                        break;
                    }
                }
                StringBuilder key = new StringBuilder();
                for (int j = i; j < i + len; j++) {
                    if (j > i) {
                        key.append(' ');
                    }
                    key.append(tokens.get(j).norm());
                }
                Concept c = lexicon.phrase(key.toString());
                if (c != null) {
                    add(mentions, c, text, t, tokens.get(i + len - 1));
                    found = len;
                }
            }
            if (found > 0) {
                i += found;
                continue;
            }
            String raw = t.folded();
            boolean stop = Keywords.STOP_WORDS.contains(raw) || Keywords.STOP_WORDS.contains(t.norm())
                    || t.norm().chars().anyMatch(Character::isDigit) || t.norm().length() < 2;
            if (!stop) {
                Concept typo = lexicon.fuzzy(t.norm());
                if (typo != null) {
                    add(mentions, typo, text, t, t);
                } else {
                    literals.add(new Literal(t.norm(), t.start(), t.typed()));
                }
            }
            i++;
        }
    }

    private static void add(List<Mention> mentions, Concept c, String text, Token first, Token last) {
        if (c.type() == Type.NOISE) {
            return;
        }
        mentions.add(new Mention(c, first.start(), last.end(), text.substring(first.start(), last.end())));
    }

    /** The distinct surfaces of mentions, in order, for a short "why". */
    static List<String> surfaces(List<Mention> mentions) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Mention m : sorted) {
            if (seen.add(m.surface().toLowerCase(Locale.ROOT))) {
                out.add(m.surface());
            }
        }
        return Collections.unmodifiableList(out);
    }
}
