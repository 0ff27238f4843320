package app.orbit.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Builds "due this week": the contacts whose staleness is DUE or LOST, most urgent first,
 * capped. Priority = staleness ratio x circle weight (INNER 4, CLOSE 3, NETWORK 2, OUTER 1):
 * an inner-circle friend a little overdue outranks an acquaintance long gone. Ties go to the
 * older last touch, then the name, then the id, so the order never depends on load order.
 */
public final class DueList {

    /** The order of the due list; exposed so the store's candidate queries can agree with it. */
    public static final Comparator<DueEntry> ORDER = Comparator
            .comparingDouble(DueEntry::priority).reversed()
            .thenComparing(e -> e.contact().lastTouch())
            .thenComparing(e -> Text.fold(e.contact().displayName()))
            .thenComparingLong(e -> e.contact().id());

    private DueList() {
    }

    public static double priority(Staleness staleness, Circle circle) {
        return staleness.ratio() * circle.weight();
    }

    public static List<DueEntry> build(Collection<ContactSummary> candidates, LocalDate today, CadencePolicy policy,
            int cap) {
        if (cap < 0) {
            throw new IllegalArgumentException("cap < 0");
        }
        return candidates.stream()
                .filter(c -> !c.archived())
                .map(c -> {
                    Staleness s = Staleness.of(c, today, policy);
                    return new DueEntry(c, s, priority(s, c.circle()));
                })
                .filter(e -> e.staleness().level().isDue())
                .distinct()
                .sorted(ORDER)
                .limit(cap)
                .toList();
    }
}
