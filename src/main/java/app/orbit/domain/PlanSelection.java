package app.orbit.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses who goes on a week's plan (docs/decisions/0004-plan-priority.md). Time-bound people
 * first (follow-ups due, birthdays), soonest first, all of them whatever the cap; then the due
 * list in its priority order ({@link DueList#ORDER}: staleness ratio x circle weight) for the free
 * places under the cap. Nobody twice, nobody excluded (already on the plan, snoozed), nobody
 * archived.
 */
public final class PlanSelection {

    /** One person chosen: a time-bound reason or a due-list entry (or both), and the priority. */
    public record Pick(ContactSummary contact, boolean timeBound, double priority, TimeBound reason, DueEntry due) {

        public long contactId() {
            return contact.id();
        }
    }

    private static final Comparator<TimeBound> SOONEST = Comparator.comparing(TimeBound::date)
            .thenComparing(t -> Text.fold(t.contact().displayName()))
            .thenComparingLong(t -> t.contact().id())
            .thenComparing(t -> t.reason().key())
            .thenComparing(t -> t.reason().args().toString());

    private PlanSelection() {
    }

    /**
     * @param due the due list, ranked (any length: excluded people are skipped, not counted)
     * @param timeBound what falls due this week; several per person allowed, the soonest is kept
     * @param excluded people already on the plan or snoozed
     * @param slots free places under the cap
     */
    public static List<Pick> select(List<DueEntry> due, List<TimeBound> timeBound, Set<Long> excluded, int slots) {
        Map<Long, DueEntry> dueById = new HashMap<>();
        due.forEach(e -> dueById.putIfAbsent(e.contact().id(), e));
        Map<Long, TimeBound> soonest = new LinkedHashMap<>();
        timeBound.stream().sorted(SOONEST).forEach(t -> soonest.putIfAbsent(t.contact().id(), t));

        List<Pick> out = new ArrayList<>();
        for (TimeBound t : soonest.values()) {
            long id = t.contact().id();
            if (excluded.contains(id) || t.contact().archived()) {
                continue;
            }
            DueEntry d = dueById.get(id);
            out.add(new Pick(t.contact(), true, d == null ? 0 : d.priority(), t, d));
        }
        int free = Math.max(0, slots);
        List<DueEntry> ranked = due.stream().sorted(DueList.ORDER).toList();
        for (DueEntry d : ranked) {
            if (free == 0) {
                break;
            }
            long id = d.contact().id();
            if (excluded.contains(id) || soonest.containsKey(id) || d.contact().archived()) {
                continue;
            }
            out.add(new Pick(d.contact(), false, d.priority(), null, d));
            free--;
        }
        return out;
    }

    /** Why a due-list person is on the plan, in words that stay true all week. */
    public static Phrase staleReason(DueEntry d, boolean neverTouched) {
        long cadence = d.staleness().cadenceDays().orElse(0);
        return neverTouched
                ? Phrase.of("plan.reason.neverTouched", d.contact().lastTouch(), cadence)
                : Phrase.of("plan.reason.stale", d.contact().lastTouch(), cadence);
    }

    /** The reason of a pick: its time-bound reason, else why it is due. */
    public static Phrase reasonOf(Pick p, boolean neverTouched) {
        return p.reason() != null ? p.reason().reason() : staleReason(p.due(), neverTouched);
    }
}
