package app.orbit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A touch: something that happened between the user and one or more contacts on a date.
 * "Never in the future" depends on the clock, so the service checks it, not this record.
 */
public record Interaction(
        Long id,
        LocalDate date,
        InteractionKind kind,
        List<Long> participantIds,
        String summary,
        String notes,
        Exchange exchange,
        FollowUp followUp,
        Instant createdAt,
        Instant updatedAt) {

    public static final int MAX_SUMMARY = 500;
    public static final int MAX_NOTES = 100_000;

    public Interaction {
        if (date == null) {
            throw new ValidationException("date", "error.interaction.date.required");
        }
        if (date.getYear() < 1900) {
            throw new ValidationException("date", "error.interaction.date.tooOld", date);
        }
        kind = kind == null ? InteractionKind.OTHER : kind;
        exchange = exchange == null ? Exchange.NONE : exchange;
        if (participantIds == null || participantIds.isEmpty()) {
            throw new ValidationException("participants", "error.interaction.participants.required");
        }
        participantIds = List.copyOf(new LinkedHashSet<>(participantIds));
        participantIds.forEach(Objects::requireNonNull);
        followUp = promisedTo(followUp, participantIds);
        summary = Text.clean(summary);
        if (summary.length() > MAX_SUMMARY) {
            throw new ValidationException("summary", "error.tooLong", MAX_SUMMARY);
        }
        notes = notes == null ? "" : notes.strip();
        if (notes.length() > MAX_NOTES) {
            throw new ValidationException("notes", "error.tooLong", MAX_NOTES);
        }
    }

    /**
     * A promise is made to someone who was there, never to the whole table: with one participant
     * it is theirs; with several, whoever it was made to must be said.
     */
    private static FollowUp promisedTo(FollowUp f, List<Long> participants) {
        if (f == null) {
            return null;
        }
        if (f.to().isEmpty()) {
            if (participants.size() > 1) {
                throw new ValidationException("followUpTo", "error.followUp.to.required");
            }
            return f.to(participants);
        }
        if (!participants.containsAll(f.to())) {
            throw new ValidationException("followUpTo", "error.followUp.to.notThere");
        }
        return f;
    }

    /** A new, unstored interaction. */
    public static Interaction of(LocalDate date, InteractionKind kind, List<Long> participants, String summary,
            String notes, Exchange exchange, FollowUp followUp) {
        return new Interaction(null, date, kind, participants, summary, notes, exchange, followUp, null, null);
    }

    public Interaction withId(Long newId) {
        return new Interaction(newId, date, kind, participantIds, summary, notes, exchange, followUp, createdAt,
                updatedAt);
    }

    /** The fields of an interaction before its participants are known (some may not exist yet). */
    public record Draft(LocalDate date, InteractionKind kind, String summary, String notes, Exchange exchange,
            FollowUp followUp) {

        /** The unstored interaction with these participants; validates. */
        public Interaction with(List<Long> participants) {
            return Interaction.of(date, kind, participants, summary, notes, exchange, followUp);
        }

        public Draft withFollowUp(FollowUp f) {
            return new Draft(date, kind, summary, notes, exchange, f);
        }
    }

    public boolean involves(long contactId) {
        return participantIds.contains(contactId);
    }
}
