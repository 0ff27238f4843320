package app.orbit.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The reconnect plan of one ISO week: generated on {@code generatedOn}, entries in plan order. */
public record WeekPlan(Long id, IsoWeek week, LocalDate generatedOn, List<PlanEntry> entries) {

    public WeekPlan {
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(generatedOn, "generatedOn");
        entries = entries.stream().sorted(Comparator.comparingInt(PlanEntry::position)).toList();
    }

    public PlanProgress progress() {
        return PlanProgress.of(entries);
    }

    public boolean contains(long contactId) {
        return entries.stream().anyMatch(e -> e.contactId() == contactId);
    }

    public Optional<PlanEntry> entryFor(long contactId) {
        return entries.stream().filter(e -> e.contactId() == contactId).findFirst();
    }

    /** Entries that take a place under the cap (everything but the time-bound extras). */
    public int cappedCount() {
        return (int) entries.stream().filter(e -> !e.timeBound()).count();
    }

    /** The time-bound extras on top of the cap (follow-ups and birthdays). */
    public int timeBoundCount() {
        return entries.size() - cappedCount();
    }

    public int nextPosition() {
        return entries.stream().mapToInt(PlanEntry::position).max().orElse(-1) + 1;
    }
}
