package app.orbit.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrase lexicon of the introduction matcher: French and English phrases mapped to concepts
 * (roles, fields, places, organisations, kinds of need and offer), with a hierarchy of broader
 * concepts. Read once from {@code introductions-lexicon.txt} next to this class; the file's
 * header explains its format.
 */
final class IntroductionLexicon {

    /** What a concept is; decides how it counts when needs meet offers. */
    enum Type {
        ROLE, FIELD, TECH, SECTOR, PTYPE, ORG, PLACE, LANG, LEVEL, STAGE, AUDIENCE, CUE, STATUS, NOISE;

        /** Topics are what a need is about; the other types are kinds or constraints. */
        boolean isTopic() {
            return switch (this) {
                case ROLE, FIELD, TECH, SECTOR, PTYPE, ORG, AUDIENCE -> true;
                default -> false;
            };
        }
    }

    /** What kind of thing someone needs. */
    enum NeedKind {
        PERSON, ADVICE, MENTOR, JOB, CLIENTS, FUNDING, PLACE, PARTNER, DATA, CONTACT, TESTERS, SPEAKERS, ANY
    }

    /** What kind of thing someone offers. The last four describe the person rather than one clause. */
    enum OfferKind {
        SKILL, ADVICE, COACHING, TEACHING, PRODUCT, RECRUITING, HIRING, INVESTING, FUNDING_HELP, NETWORK, SPACE,
        DATA, BUYER, TESTING, COMMUNITY, SPEAKING, CANDIDATE, AVAILABLE, UNAVAILABLE, LEARNER;

        /** Head words ("coaching", "training", "software"): the clause is about them, not their topic. */
        boolean isHead() {
            return switch (this) {
                case ADVICE, COACHING, TEACHING, PRODUCT, RECRUITING -> true;
                default -> false;
            };
        }

        /** Said of the person (available, open to a job), so true of every clause of their offers. */
        boolean isStatus() {
            return switch (this) {
                case CANDIDATE, AVAILABLE, UNAVAILABLE, LEARNER -> true;
                default -> false;
            };
        }
    }

    /**
     * One concept. {@code frame}: its meaning is the kind of need itself ("investors", "office"),
     * so an offer of a fitting kind ({@code satisfiedBy}) answers it without naming it again.
     */
    record Concept(String id, Type type, List<String> parents, NeedKind need, Set<OfferKind> offers, boolean frame,
            Set<OfferKind> satisfiedBy, Set<String> related, double weight) {
    }

    /** A lexicon entry found in a text: a concept and how many tokens its phrase spans. */
    record Entry(Concept concept, int length) {
    }

    static final String RESOURCE = "introductions-lexicon.txt";
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int FUZZY_MIN_LENGTH = 7;

    private final Map<String, Concept> concepts = new LinkedHashMap<>();
    /** Folded, singular phrase ("levee de fond") to its concept. */
    private final Map<String, Concept> phrases = new HashMap<>();
    /** Case-sensitive single tokens ("IT", "US"), which fold into common words. */
    private final Map<String, Concept> exact = new HashMap<>();
    private final Map<String, List<String>> deletions = new HashMap<>();
    private final Map<String, Map<String, Integer>> ancestors = new HashMap<>();
    private int longest = 1;

    private static final IntroductionLexicon DEFAULT = load();

    static IntroductionLexicon get() {
        return DEFAULT;
    }

    private static IntroductionLexicon load() {
        try (InputStream in = IntroductionLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a lexicon; throws on any malformed line, duplicate phrase or unknown parent (a test reads the real one). */
    static IntroductionLexicon parse(String text) {
        IntroductionLexicon lex = new IntroductionLexicon();
        List<String[]> phraseLines = new ArrayList<>();
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                int colon = l.indexOf(" : ");
                String head = colon < 0 ? l : l.substring(0, colon);
                String[] parts = SPACES.split(head.strip());
                if (parts.length < 2) {
                    throw new IllegalArgumentException("line " + lineNo + ": expected 'id type ...': " + line);
                }
                Concept c = lex.concept(parts, lineNo);
                if (lex.concepts.putIfAbsent(c.id(), c) != null) {
                    throw new IllegalArgumentException("line " + lineNo + ": concept defined twice: " + c.id());
                }
                if (colon >= 0) {
                    phraseLines.add(new String[] {c.id(), l.substring(colon + 3), String.valueOf(lineNo)});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Concept c : lex.concepts.values()) {
            for (String p : c.parents()) {
                if (!lex.concepts.containsKey(p)) {
                    throw new IllegalArgumentException("unknown parent " + p + " of " + c.id());
                }
            }
            for (String p : c.related()) {
                if (!lex.concepts.containsKey(p)) {
                    throw new IllegalArgumentException("unknown related " + p + " of " + c.id());
                }
            }
        }
        for (String[] pl : phraseLines) {
            Concept c = lex.concepts.get(pl[0]);
            for (String raw : BAR.split(pl[1])) {
                String p = raw.strip();
                if (p.isEmpty()) {
                    continue;
                }
                lex.addPhrase(c, p, pl[2]);
            }
        }
        for (String id : lex.concepts.keySet()) {
            lex.ancestors.put(id, lex.closure(id));
        }
        return lex;
    }

    private Concept concept(String[] parts, int lineNo) {
        String id = parts[0];
        Type type;
        try {
            type = Type.valueOf(parts[1].toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("line " + lineNo + ": unknown type " + parts[1], e);
        }
        List<String> parents = new ArrayList<>();
        NeedKind need = null;
        Set<OfferKind> offers = EnumSet.noneOf(OfferKind.class);
        boolean frame = false;
        Set<OfferKind> sat = null;
        Set<String> related = new HashSet<>();
        double weight = defaultWeight(type);
        for (int i = 2; i < parts.length; i++) {
            String f = parts[i];
            if (f.startsWith("<")) {
                parents.addAll(Arrays.asList(f.substring(1).split(",")));
            } else if (f.startsWith("n:")) {
                need = NeedKind.valueOf(f.substring(2));
            } else if (f.startsWith("o:")) {
                for (String k : f.substring(2).split(",")) {
                    offers.add(OfferKind.valueOf(k));
                }
            } else if (f.equals("frame")) {
                frame = true;
            } else if (f.startsWith("sat:")) {
                frame = true;
                sat = EnumSet.noneOf(OfferKind.class);
                if (f.length() > 4) {
                    for (String k : f.substring(4).split(",")) {
                        sat.add(OfferKind.valueOf(k));
                    }
                }
            } else if (f.startsWith("~")) {
                related.addAll(Arrays.asList(f.substring(1).split(",")));
            } else if (f.startsWith("w:")) {
                weight = Double.parseDouble(f.substring(2));
            } else {
                throw new IllegalArgumentException("line " + lineNo + ": unknown flag " + f);
            }
        }
        if (need == null && type == Type.ROLE) {
            // Naming a role in a need asks for such a person, unless the lexicon says otherwise.
            need = NeedKind.PERSON;
        }
        if (frame && need == null) {
            throw new IllegalArgumentException("line " + lineNo + ": a frame needs a need kind: " + id);
        }
        if (frame && sat == null) {
            sat = defaultSatisfiedBy(need);
        }
        return new Concept(id, type, List.copyOf(parents), need, Collections.unmodifiableSet(offers), frame,
                sat == null ? Set.of() : Collections.unmodifiableSet(sat), Set.copyOf(related), weight);
    }

    private static double defaultWeight(Type type) {
        return switch (type) {
            case ORG -> 1.2;
            case TECH -> 0.8;
            case SECTOR -> 0.7;
            case AUDIENCE -> 0.3;
            default -> 1.0;
        };
    }

    /**
     * Which offers answer a frame of each kind without naming it: an investor answers "investors",
     * a company that hires answers "a job". Places never do: an office is not a flat.
     */
    private static Set<OfferKind> defaultSatisfiedBy(NeedKind kind) {
        return switch (kind) {
            case PERSON -> EnumSet.of(OfferKind.SKILL, OfferKind.CANDIDATE, OfferKind.RECRUITING, OfferKind.ADVICE);
            case ADVICE -> EnumSet.of(OfferKind.ADVICE, OfferKind.COACHING, OfferKind.SKILL);
            case MENTOR -> EnumSet.of(OfferKind.COACHING, OfferKind.ADVICE, OfferKind.SKILL);
            case JOB -> EnumSet.of(OfferKind.HIRING, OfferKind.RECRUITING);
            case CLIENTS -> EnumSet.of(OfferKind.BUYER, OfferKind.NETWORK, OfferKind.COMMUNITY);
            case FUNDING -> EnumSet.of(OfferKind.INVESTING, OfferKind.FUNDING_HELP);
            case PARTNER -> EnumSet.of(OfferKind.CANDIDATE);
            case DATA -> EnumSet.of(OfferKind.DATA);
            case TESTERS -> EnumSet.of(OfferKind.TESTING, OfferKind.COMMUNITY);
            case SPEAKERS -> EnumSet.of(OfferKind.SPEAKING);
            case PLACE, CONTACT, ANY -> EnumSet.noneOf(OfferKind.class);
        };
    }

    private void addPhrase(Concept c, String phrase, String lineNo) {
        if (phrase.startsWith("=")) {
            String token = phrase.substring(1);
            if (exact.putIfAbsent(token, c) != null) {
                throw new IllegalArgumentException("line " + lineNo + ": phrase listed twice: " + phrase);
            }
            return;
        }
        List<String> tokens = IntroductionReader.normalTokens(phrase);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("line " + lineNo + ": empty phrase in " + c.id());
        }
        String key = String.join(" ", tokens);
        Concept before = phrases.putIfAbsent(key, c);
        if (before != null && before != c) {
            throw new IllegalArgumentException("line " + lineNo + ": phrase '" + phrase + "' of " + c.id()
                    + " already means " + before.id());
        }
        longest = Math.max(longest, tokens.size());
        if (tokens.size() == 1 && key.length() >= FUZZY_MIN_LENGTH - 1) {
            for (int i = 0; i < key.length(); i++) {
                String d = key.substring(0, i) + key.substring(i + 1);
                deletions.computeIfAbsent(d, x -> new ArrayList<>()).add(key);
            }
        }
    }

    /**
     * Broader concepts with their distance. The step from a role to its field costs nothing: a
     * developer is the field of software development, seen as a person.
     */
    private Map<String, Integer> closure(String id) {
        Map<String, Integer> dist = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        dist.put(id, 0);
        queue.add(id);
        while (!queue.isEmpty()) {
            String x = queue.poll();
            Concept c = concepts.get(x);
            int d = dist.get(x);
            for (String p : c.parents()) {
                int step = c.type() == Type.ROLE && concepts.get(p).type() != Type.ROLE ? 0 : 1;
                int nd = d + step;
                Integer old = dist.get(p);
                if (old == null || nd < old) {
                    dist.put(p, nd);
                    if (step == 0) {
                        queue.addFirst(p);
                    } else {
                        queue.addLast(p);
                    }
                }
            }
        }
        return Collections.unmodifiableMap(dist);
    }

    Concept concept(String id) {
        return concepts.get(id);
    }

    Iterable<Concept> concepts() {
        return concepts.values();
    }

    /** The concept of a normalized phrase, or null. */
    Concept phrase(String key) {
        return phrases.get(key);
    }

    /** The concept of a token typed exactly so ("IT"), or null. */
    Concept exact(String token) {
        return exact.get(token);
    }

    int longestPhrase() {
        return longest;
    }

    /** The concept a long unknown word is most likely a typo of (one letter off), or null when unsure. */
    Concept fuzzy(String word) {
        if (word.length() < FUZZY_MIN_LENGTH || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        Set<String> candidates = new HashSet<>(deletions.getOrDefault(word, List.of()));
        for (int i = 0; i < word.length(); i++) {
            String d = word.substring(0, i) + word.substring(i + 1);
            if (phrases.containsKey(d)) {
                candidates.add(d);
            }
            candidates.addAll(deletions.getOrDefault(d, List.of()));
        }
        Concept found = null;
        for (String k : candidates) {
            if (distanceAtMostOne(word, k)) {
                Concept c = phrases.get(k);
                if (found != null && found != c) {
                    return null;
                }
                found = c;
            }
        }
        return found;
    }

    /** Damerau-Levenshtein distance at most one (one letter added, dropped, changed or two swapped). */
    static boolean distanceAtMostOne(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.substring(i + 1).equals(b.substring(i + 1))) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
        }
        return la > lb ? a.substring(i + 1).equals(b.substring(i)) : b.substring(i + 1).equals(a.substring(i));
    }

    /** Ancestors of a concept (itself at 0) with their distance. */
    Map<String, Integer> ancestors(String id) {
        return ancestors.get(id);
    }

    /**
     * How well an offered concept answers a needed one, in [0, 1]: the same (or a role and its field)
     * 1; something narrower 0.9; something broader less the further it is; a declared neighbour 0.6;
     * otherwise 0. "Aerospace engineering" is not narrower than "engineering manager", so 0.
     */
    double similarity(Concept need, Concept offer) {
        if (need == offer) {
            return 1.0;
        }
        Map<String, Integer> offerUp = ancestors.get(offer.id());
        Map<String, Integer> needUp = ancestors.get(need.id());
        double best = 0;
        Integer down = offerUp.get(need.id());
        if (down != null) {
            best = down == 0 ? 1.0 : 0.9;
        }
        // The need's role seen as its field: "developer" meets "Kotlin" below software development.
        for (Map.Entry<String, Integer> e : needUp.entrySet()) {
            if (e.getValue() == 0 && !e.getKey().equals(need.id())) {
                Integer d = offerUp.get(e.getKey());
                if (d != null) {
                    best = Math.max(best, d == 0 ? 1.0 : 0.9);
                }
            }
        }
        Integer up = needUp.get(offer.id());
        if (up != null) {
            best = Math.max(best, up == 0 ? 1.0 : Math.max(0.4, 0.95 - 0.15 * up));
        }
        for (Map.Entry<String, Integer> e : offerUp.entrySet()) {
            if (e.getValue() == 0 && !e.getKey().equals(offer.id())) {
                Integer d = needUp.get(e.getKey());
                if (d != null) {
                    best = Math.max(best, d == 0 ? 1.0 : Math.max(0.4, 0.95 - 0.15 * d));
                }
            }
        }
        if (best < 0.6 && (need.related().contains(offer.id()) || offer.related().contains(need.id()))) {
            best = 0.6;
        }
        return best;
    }

    /** Whether {@code general} is {@code specific} or broader than it. */
    boolean covers(Concept general, Concept specific) {
        return ancestors.get(specific.id()).containsKey(general.id());
    }
}
