package app.orbit.domain;

import app.orbit.domain.IntroductionLexicon.Concept;
import app.orbit.domain.IntroductionLexicon.OfferKind;
import app.orbit.domain.IntroductionReader.Literal;
import app.orbit.domain.IntroductionReader.Mention;
import app.orbit.domain.IntroductionReader.NeedClause;
import app.orbit.domain.IntroductionReader.Offer;
import app.orbit.domain.IntroductionReader.OfferClause;
import app.orbit.domain.IntroductionScorer.Scored;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds whom to introduce a contact to: people whose offers answer the contact's needs in meaning,
 * French or English, not by a shared word. Each needs and offers text is read into clauses with a
 * kind (a person to hire, advice, investors, an office...) and topics (role, field, technology,
 * place); a pair scores by how well the kinds fit and how much of the need's topics the offer
 * covers on their heads ({@link IntroductionScorer}). Never the contact themselves, never an
 * archived contact, never a pair already introduced, nor two people who know each other through
 * the user's records (one introduced the other). Built once over the people who offer something
 * and indexed by concept, then asked for many contacts.
 */
public final class IntroductionMatcher {

    /**
     * From this confidence the weekly plan suggests the introduction. Chosen on the development
     * half of the labelled set (docs/advice-introductions.md): the top of the range of thresholds
     * with the best precision and recall there, since a wrong suggestion costs more than a missed one.
     */
    public static final double SUGGEST_THRESHOLD = 0.6;
    /**
     * The floor for listing a match at all (orbit intros, the Introductions view): the same as the
     * plan's. Read aloud on the sample network, the matches between 0.5 and 0.6 were mostly
     * nonsense ("conference speakers" met by "visual design", "cloud hosting"…): a list the user
     * must sift teaches them to stop reading it.
     */
    public static final double MIN_CONFIDENCE = SUGGEST_THRESHOLD;

    private static final IntroductionReader READER = new IntroductionReader(IntroductionLexicon.get());
    private static final IntroductionScorer SCORER = new IntroductionScorer(IntroductionLexicon.get());

    private final IntroductionLexicon lexicon = IntroductionLexicon.get();
    private final List<Indexed> offers = new ArrayList<>();
    /** Offers naming a concept or anything narrower. */
    private final Map<String, List<Integer>> under = new HashMap<>();
    /** Offers naming exactly a concept (or a role of that field). */
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<OfferKind, List<Integer>> byKind = new EnumMap<>(OfferKind.class);
    private final Map<String, List<Integer>> byWord = new HashMap<>();

    /** An offerer with their offers read once, and their folded name for ties. */
    private record Indexed(MatchProfile profile, Offer offer, String foldedName) {
    }

    private record Candidate(Indexed offer, Scored scored) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .<Candidate>comparingDouble(c -> c.scored().confidence()).reversed()
            .thenComparing(c -> c.offer().foldedName())
            .thenComparingLong(c -> c.offer().profile().id());

    /**
     * The offers texts already read, kept from one matcher to the next (a matcher is rebuilt after
     * any change to stored data): a reading depends on the text alone, so an unchanged text is
     * not read again, nor a text two people share.
     */
    public static final class Readings {

        private Map<String, Offer> byText = new HashMap<>();

        synchronized Offer get(String text) {
            return byText.get(text);
        }

        /** Keeps the readings of the texts the latest matcher used, and only those. */
        synchronized void keep(Map<String, Offer> used) {
            byText = used;
        }

        /** How many texts are kept, for tests. */
        synchronized int size() {
            return byText.size();
        }
    }

    public IntroductionMatcher(Collection<MatchProfile> offerers) {
        this(offerers, new Readings());
    }

    /** Built over the people who offer something, reading only the offers texts {@code readings} does not hold. */
    public IntroductionMatcher(Collection<MatchProfile> offerers, Readings readings) {
        Map<String, Offer> used = new HashMap<>();
        for (MatchProfile p : offerers) {
            if (p.archived() || p.offers().isEmpty()) {
                continue;
            }
            Offer offer = used.get(p.offers());
            if (offer == null) {
                offer = readings.get(p.offers());
                if (offer == null) {
                    offer = READER.offers(p.offers());
                }
                used.put(p.offers(), offer);
            }
            if (offer.clauses().isEmpty()) {
                continue;
            }
            int index = offers.size();
            offers.add(new Indexed(p, offer, Text.fold(p.name())));
            index(index, offer);
        }
        readings.keep(used);
    }

    private void index(int index, Offer offer) {
        for (OfferClause oc : offer.clauses()) {
            for (Mention m : oc.clause().mentions()) {
                Concept c = m.concept();
                for (Map.Entry<String, Integer> a : lexicon.ancestors(c.id()).entrySet()) {
                    add(under, a.getKey(), index);
                    if (a.getValue() == 0) {
                        add(exact, a.getKey(), index);
                    }
                }
                for (String r : c.related()) {
                    add(exact, r, index);
                }
            }
            for (Literal l : oc.clause().literals()) {
                add(byWord, l.norm(), index);
            }
            for (OfferKind k : oc.kinds()) {
                addKind(k, index);
            }
        }
        for (OfferKind k : offer.status()) {
            addKind(k, index);
        }
    }

    private static void add(Map<String, List<Integer>> map, String key, int index) {
        List<Integer> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != index) {
            list.add(index);
        }
    }

    private void addKind(OfferKind k, int index) {
        List<Integer> list = byKind.computeIfAbsent(k, x -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != index) {
            list.add(index);
        }
    }

    /**
     * The best match for a contact: highest confidence, then the other's folded name, then id, so
     * the choice never depends on load order. Empty when nobody reaches {@link #MIN_CONFIDENCE}.
     */
    public Optional<IntroductionMatch> bestFor(MatchProfile contact, Set<IntroductionPair> excluded) {
        return candidates(contact, excluded).stream().min(BEST_FIRST).map(c -> match(contact, c));
    }

    /** Every match for a contact at or above {@link #MIN_CONFIDENCE}, best first, leaving out excluded pairs. */
    public List<IntroductionMatch> matchesFor(MatchProfile contact, Set<IntroductionPair> excluded) {
        return candidates(contact, excluded).stream().sorted(BEST_FIRST).map(c -> match(contact, c)).toList();
    }

    /** How well an offers text answers a needs text, in [0, 1] (0 when it does not at all). */
    public static double score(String needs, String offers) {
        return explain(needs, offers).map(Scored::confidence).orElse(0.0);
    }

    /** The best-scoring pair of clauses of two texts, for tests and evaluation. */
    static Optional<Scored> explain(String needs, String offers) {
        return Optional.ofNullable(SCORER.best(READER.needs(Text.clean(needs)), READER.offers(Text.clean(offers))));
    }

    private static IntroductionMatch match(MatchProfile contact, Candidate c) {
        Scored s = c.scored();
        return new IntroductionMatch(contact, c.offer().profile(), s.confidence(), s.need().clause().text(),
                s.offer().clause().text(), s.why());
    }

    private List<Candidate> candidates(MatchProfile contact, Set<IntroductionPair> excluded) {
        if (contact.archived() || contact.needs().isEmpty()) {
            return List.of();
        }
        List<NeedClause> needs = READER.needs(contact.needs());
        BitSet seen = new BitSet(offers.size());
        for (NeedClause n : needs) {
            for (Mention m : n.clause().topics()) {
                Concept c = m.concept();
                mark(seen, under.get(c.id()));
                for (Map.Entry<String, Integer> a : lexicon.ancestors(c.id()).entrySet()) {
                    mark(seen, exact.get(a.getKey()));
                    if (a.getValue() == 0) {
                        mark(seen, under.get(a.getKey()));
                    }
                }
                for (String r : c.related()) {
                    mark(seen, under.get(r));
                }
                if (c.frame()) {
                    for (OfferKind k : c.satisfiedBy()) {
                        mark(seen, byKind.get(k));
                    }
                }
            }
            for (Literal l : n.clause().literals()) {
                mark(seen, byWord.get(l.norm()));
            }
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = seen.nextSetBit(0); i >= 0; i = seen.nextSetBit(i + 1)) {
            Indexed o = offers.get(i);
            if (!allowed(contact, o.profile(), excluded)) {
                continue;
            }
            Scored s = SCORER.best(needs, o.offer());
            if (s != null && s.confidence() >= MIN_CONFIDENCE) {
                out.add(new Candidate(o, s));
            }
        }
        return out;
    }

    private static void mark(BitSet seen, List<Integer> indices) {
        if (indices != null) {
            for (int i : indices) {
                seen.set(i);
            }
        }
    }

    private static boolean allowed(MatchProfile a, MatchProfile b, Set<IntroductionPair> excluded) {
        if (a.id() == b.id() || b.archived()) {
            return false;
        }
        if (Long.valueOf(a.id()).equals(b.introducedById()) || Long.valueOf(b.id()).equals(a.introducedById())) {
            return false;
        }
        return !excluded.contains(IntroductionPair.of(a.id(), b.id()));
    }
}
