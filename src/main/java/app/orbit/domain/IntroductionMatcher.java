package app.orbit.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds whom to introduce a contact to: people whose offers share keywords with the contact's
 * needs (see {@link Keywords}). Never the contact themselves, never an archived contact, never a
 * pair already introduced, and never two people who already know each other through the user's
 * records (one introduced the other to the user). Built once over the people who offer
 * something (immutable, so it can be kept until the network changes), then asked for many
 * contacts.
 */
public final class IntroductionMatcher {

    /** The confidence from which the weekly plan suggests an introduction. */
    public static final double SUGGEST_THRESHOLD = 0.5;
    /** The confidence from which a match is listed at all. */
    public static final double MIN_CONFIDENCE = 0.5;

    private final Map<String, List<Offer>> byKeyword = new HashMap<>();

    /** An offerer with what ranking needs computed once: keywords and folded name. */
    private record Offer(MatchProfile profile, Set<String> keywords, String foldedName) {
    }

    /** A candidate while matching: the offer and the keywords it shares with the needs. */
    private record Candidate(Offer offer, List<String> shared) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator
            .<Candidate>comparingInt(c -> c.shared().size()).reversed()
            .thenComparing(c -> c.offer().foldedName())
            .thenComparingLong(c -> c.offer().profile().id());

    public IntroductionMatcher(Collection<MatchProfile> offerers) {
        for (MatchProfile p : offerers) {
            if (p.archived() || p.offers().isEmpty()) {
                continue;
            }
            Offer o = new Offer(p, Keywords.of(p.offers()), Text.fold(p.name()));
            for (String k : o.keywords()) {
                byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
        }
    }

    /**
     * The best match for a contact: most shared keywords, then the other's name, then id, so the
     * choice never depends on load order. Empty when nobody fits.
     */
    public Optional<IntroductionMatch> bestFor(MatchProfile contact, Set<IntroductionPair> introduced) {
        return candidates(contact, introduced).stream().min(BEST_FIRST).map(c -> match(contact, c));
    }

    /** Every match for a contact, best first, leaving out the pairs already introduced. */
    public List<IntroductionMatch> matchesFor(MatchProfile contact, Set<IntroductionPair> introduced) {
        return candidates(contact, introduced).stream().sorted(BEST_FIRST).map(c -> match(contact, c)).toList();
    }

    private static IntroductionMatch match(MatchProfile contact, Candidate c) {
        double confidence = Math.min(1.0, c.shared().size() / 2.0);
        return new IntroductionMatch(contact, c.offer().profile(), confidence, contact.needs(),
                c.offer().profile().offers(), c.shared());
    }

    private List<Candidate> candidates(MatchProfile contact, Set<IntroductionPair> introduced) {
        if (contact.archived()) {
            return List.of();
        }
        Map<Long, Candidate> byId = new HashMap<>();
        for (String k : Keywords.of(contact.needs())) {
            for (Offer o : byKeyword.getOrDefault(k, List.of())) {
                if (allowed(contact, o.profile(), introduced)) {
                    byId.computeIfAbsent(o.profile().id(), x -> new Candidate(o, new ArrayList<>())).shared().add(k);
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private static boolean allowed(MatchProfile a, MatchProfile b, Set<IntroductionPair> introduced) {
        if (a.id() == b.id() || b.archived()) {
            return false;
        }
        if (Long.valueOf(a.id()).equals(b.introducedById()) || Long.valueOf(b.id()).equals(a.introducedById())) {
            return false;
        }
        return !introduced.contains(IntroductionPair.of(a.id(), b.id()));
    }
}
