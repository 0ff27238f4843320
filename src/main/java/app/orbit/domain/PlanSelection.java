package app.orbit.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses who goes on a week's plan (docs/decisions/0004-plan-priority.md). Time-bound people
 * first (follow-ups due, birthdays), soonest first, on top of the cap but at most as many again
 * (promises before birthdays, closer circles first, when there are more); then the due list in
 * its priority order ({@link DueList#ORDER}: staleness ratio x circle weight) for the free places
 * under the cap. Nobody twice, nobody excluded (already on the plan, snoozed), nobody archived,
 * nobody not sorted yet (imported people wait outside every plan until the user gives them a circle).
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

    /**
     * Which time-bound people keep their place when there are more than the extra places: a
     * promise the user made before a birthday, then the closer circle, then the sooner.
     */
    private static final Comparator<TimeBound> MOST_PRESSING = Comparator
            .comparing((TimeBound t) -> !t.isFollowUp())
            .thenComparing(t -> -t.contact().circle().weight())
            .thenComparing(SOONEST);

    /** The reason of someone due with nothing ever logged: its date is when they were known from, not a touch. */
    private static final String NEVER_TOUCHED = "plan.reason.neverTouched";

    private PlanSelection() {
    }

    /**
     * @param due the due list, ranked (any length: excluded people are skipped, not counted)
     * @param timeBound what falls due this week; several per person allowed, the soonest is kept
     * @param excluded people already on the plan or snoozed
     * @param slots free places under the cap
     * @param extraSlots free places for time-bound people on top of the cap
     */
    public static List<Pick> select(List<DueEntry> due, List<TimeBound> timeBound, Set<Long> excluded, int slots,
            int extraSlots) {
        Map<Long, DueEntry> dueById = new HashMap<>();
        due.forEach(e -> dueById.putIfAbsent(e.contact().id(), e));
        Map<Long, TimeBound> soonest = new LinkedHashMap<>();
        timeBound.stream().sorted(SOONEST).forEach(t -> soonest.putIfAbsent(t.contact().id(), t));

        List<TimeBound> kept = soonest.values().stream()
                .filter(t -> !excluded.contains(t.contact().id()) && planned(t.contact()))
                .sorted(MOST_PRESSING)
                .limit(Math.max(0, extraSlots))
                .sorted(SOONEST)
                .toList();
        Set<Long> onTop = new HashSet<>();
        List<Pick> out = new ArrayList<>();
        for (TimeBound t : kept) {
            onTop.add(t.contact().id());
            DueEntry d = dueById.get(t.contact().id());
            out.add(new Pick(t.contact(), true, d == null ? 0 : d.priority(), t, d));
        }
        int free = Math.max(0, slots);
        List<DueEntry> ranked = due.stream().sorted(DueList.ORDER).toList();
        for (DueEntry d : ranked) {
            if (free == 0) {
                break;
            }
            long id = d.contact().id();
            if (excluded.contains(id) || onTop.contains(id) || !planned(d.contact())) {
                continue;
            }
            out.add(new Pick(d.contact(), false, d.priority(), null, d));
            free--;
        }
        return out;
    }

    /** Whether a person may be on a plan at all: not archived, and sorted into a circle. */
    private static boolean planned(ContactSummary c) {
        return !c.archived() && c.circle().isSorted();
    }

    /** Why a due-list person is on the plan, in words that stay true all week. */
    public static Phrase staleReason(DueEntry d, boolean neverTouched) {
        long cadence = d.staleness().cadenceDays().orElse(0);
        return neverTouched
                ? Phrase.of(NEVER_TOUCHED, d.contact().lastTouch(), cadence)
                : Phrase.of("plan.reason.stale", d.contact().lastTouch(), cadence);
    }

    /** Whether a plan reason says that nothing was ever logged with the person (so no date is a touch). */
    public static boolean saysNeverTouched(Phrase reason) {
        return reason.key().equals(NEVER_TOUCHED);
    }

    /** The reason of a pick: its time-bound reason, else why it is due. */
    public static Phrase reasonOf(Pick p, boolean neverTouched) {
        return p.reason() != null ? p.reason().reason() : staleReason(p.due(), neverTouched);
    }
}
