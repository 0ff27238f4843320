package app.orbit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which of the user's active asks suits a contact: the one whose words (what, domain, niche)
 * share the most keywords with the contact's organisation, title, tags and offers. None when
 * nothing is shared: asking someone for what they cannot help with wastes their goodwill.
 */
public final class AskRelevance {

    private AskRelevance() {
    }

    /** The keywords that describe what a contact could help with. */
    public static Set<String> profile(Contact c) {
        Set<String> out = new HashSet<>(Keywords.of(c.organisation()));
        out.addAll(Keywords.of(c.title()));
        c.tags().forEach(t -> out.addAll(Keywords.of(t)));
        out.addAll(Keywords.of(c.offers()));
        return out;
    }

    /** How many keywords the ask shares with the contact's profile. */
    public static int score(Set<String> profile, Ask ask) {
        int n = 0;
        for (String k : Keywords.of(ask.topicText())) {
            if (profile.contains(k)) {
                n++;
            }
        }
        return n;
    }

    /** The most relevant active ask: most shared keywords, then the most recently updated, then the id. */
    public static Optional<Ask> best(Contact contact, Collection<Ask> asks) {
        Set<String> profile = profile(contact);
        return asks.stream()
                .filter(Ask::active)
                .filter(a -> score(profile, a) > 0)
                .max(Comparator.<Ask>comparingInt(a -> score(profile, a))
                        .thenComparing(a -> a.updatedAt() == null ? Instant.MIN : a.updatedAt())
                        .thenComparing(a -> a.id() == null ? Long.MIN_VALUE : -a.id()));
    }
}
