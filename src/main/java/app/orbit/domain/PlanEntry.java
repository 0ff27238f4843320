package app.orbit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One person on a week's reconnect plan: why they are on it, the gesture suggested, and where the
 * entry stands. {@code timeBound} entries (a follow-up or birthday this week) come on top of the
 * plan's cap. {@code snoozeUntil} is set only when SNOOZED, {@code skipReason} only when SKIPPED
 * (empty when no reason was given). {@code id} is null until stored.
 */
public record PlanEntry(
        Long id,
        long contactId,
        int position,
        boolean timeBound,
        double priority,
        Phrase reason,
        Gesture gesture,
        PlanStatus status,
        LocalDate snoozeUntil,
        String skipReason) {

    public static final int MAX_SKIP_REASON = 500;

    public PlanEntry {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(gesture, "gesture");
        status = status == null ? PlanStatus.OPEN : status;
        if ((status == PlanStatus.SNOOZED) != (snoozeUntil != null)) {
            throw new IllegalArgumentException("a snoozed entry, and only a snoozed one, has a snooze date");
        }
        skipReason = Text.clean(skipReason).replaceAll("\\s+", " ");
        if (status != PlanStatus.SKIPPED && !skipReason.isEmpty()) {
            throw new IllegalArgumentException("only a skipped entry has a reason to skip");
        }
        if (skipReason.length() > MAX_SKIP_REASON) {
            throw new ValidationException("skipReason", "error.tooLong", MAX_SKIP_REASON);
        }
    }

    /** A new, open entry. */
    public static PlanEntry open(long contactId, int position, boolean timeBound, double priority, Phrase reason,
            Gesture gesture) {
        return new PlanEntry(null, contactId, position, timeBound, priority, reason, gesture, PlanStatus.OPEN, null,
                "");
    }

    public PlanEntry withId(long newId) {
        return new PlanEntry(newId, contactId, position, timeBound, priority, reason, gesture, status, snoozeUntil,
                skipReason);
    }

    public PlanEntry done() {
        return with(PlanStatus.DONE, null, "");
    }

    public PlanEntry snoozed(LocalDate until) {
        return with(PlanStatus.SNOOZED, Objects.requireNonNull(until, "until"), "");
    }

    public PlanEntry skipped(String why) {
        return with(PlanStatus.SKIPPED, null, why);
    }

    /** Back to OPEN: what undo does, and what happens when a snooze ends within the week. */
    public PlanEntry reopened() {
        return with(PlanStatus.OPEN, null, "");
    }

    private PlanEntry with(PlanStatus s, LocalDate until, String why) {
        return new PlanEntry(id, contactId, position, timeBound, priority, reason, gesture, s, until, why);
    }
}
