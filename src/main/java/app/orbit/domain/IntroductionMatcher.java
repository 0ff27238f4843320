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
 * something, then asked for many contacts.
 */
public final class IntroductionMatcher {

    private final Map<String, List<Offer>> byKeyword = new HashMap<>();
    private final Set<IntroductionPair> introduced;
    private final Map<Long, String> foldedNames = new HashMap<>();

    private record Offer(MatchProfile profile, Set<String> keywords) {
    }

    public IntroductionMatcher(Collection<MatchProfile> offerers, Set<IntroductionPair> introduced) {
        this.introduced = Set.copyOf(introduced);
        for (MatchProfile p : offerers) {
            if (p.archived() || p.offers().isEmpty()) {
                continue;
            }
            Offer o = new Offer(p, Keywords.of(p.offers()));
            for (String k : o.keywords()) {
                byKeyword.computeIfAbsent(k, x -> new ArrayList<>()).add(o);
            }
        }
    }

    /**
     * The best match for a contact: most shared keywords, then the other's name, then id, so the
     * choice never depends on load order. Empty when nobody fits.
     */
    public Optional<IntroductionMatch> bestFor(MatchProfile contact) {
        List<IntroductionMatch> all = matchesFor(contact);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every match for a contact, best first. */
    public List<IntroductionMatch> matchesFor(MatchProfile contact) {
        if (contact.archived()) {
            return List.of();
        }
        Set<String> needs = Keywords.of(contact.needs());
        Map<Long, List<String>> shared = new HashMap<>();
        Map<Long, MatchProfile> profiles = new HashMap<>();
        for (String k : needs) {
            for (Offer o : byKeyword.getOrDefault(k, List.of())) {
                MatchProfile other = o.profile();
                if (!allowed(contact, other)) {
                    continue;
                }
                shared.computeIfAbsent(other.id(), x -> new ArrayList<>()).add(k);
                profiles.put(other.id(), other);
            }
        }
        List<IntroductionMatch> out = new ArrayList<>();
        shared.forEach((id, words) -> out.add(new IntroductionMatch(contact, profiles.get(id), words)));
        // Names folded once per offerer for the matcher's life, not once per comparison: with
        // hundreds of offerers sharing a keyword, folding in the comparator dominated plan generation.
        out.sort(Comparator.<IntroductionMatch>comparingInt(m -> m.shared().size()).reversed()
                .thenComparing(m -> foldedName(m.offerer()))
                .thenComparingLong(m -> m.offerer().id()));
        return out;
    }

    private String foldedName(MatchProfile p) {
        return foldedNames.computeIfAbsent(p.id(), id -> Text.fold(p.name()));
    }

    private boolean allowed(MatchProfile a, MatchProfile b) {
        if (a.id() == b.id() || b.archived()) {
            return false;
        }
        if (Long.valueOf(a.id()).equals(b.introducedById()) || Long.valueOf(b.id()).equals(a.introducedById())) {
            return false;
        }
        return !introduced.contains(IntroductionPair.of(a.id(), b.id()));
    }
}
