package app.orbit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A touch: something that happened between the user and one or more contacts on a date.
 * "Never in the future" depends on the clock, so the service checks it, not this record.
 *
 * <p>A one-to-many touch (a newsletter, a post, a talk) has an {@link Audience}; ordinary
 * touches have none. It carries no exchange and no follow-up: what a newsletter gives is not a
 * gift to each reader, and a promise is made to one person (decision 0010). Read for one
 * contact's timeline, it lists only that contact among its participants; its audience says how
 * many it reached.
 *
 * <p>{@code loggedBy} names who logged it on a network several people keep (decision 0016); null
 * when nobody said (interactions logged before Orbit asked).
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
        Instant updatedAt,
        Audience audience,
        String loggedBy) {

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
        loggedBy = Person.name(loggedBy);
        if (audience != null) {
            if (exchange != Exchange.NONE) {
                throw new ValidationException("exchange", "error.interaction.toMany.exchange");
            }
            if (followUp != null) {
                throw new ValidationException("followUp", "error.interaction.toMany.followUp");
            }
            if (audience.size() < participantIds.size()) {
                throw new ValidationException("audience", "error.interaction.toMany.size", audience.size(),
                        participantIds.size());
            }
        }
    }

    /** An interaction nobody is named as having logged. */
    public Interaction(Long id, LocalDate date, InteractionKind kind, List<Long> participantIds, String summary,
            String notes, Exchange exchange, FollowUp followUp, Instant createdAt, Instant updatedAt,
            Audience audience) {
        this(id, date, kind, participantIds, summary, notes, exchange, followUp, createdAt, updatedAt, audience,
                null);
    }

    /** An ordinary touch (no audience). */
    public Interaction(Long id, LocalDate date, InteractionKind kind, List<Long> participantIds, String summary,
            String notes, Exchange exchange, FollowUp followUp, Instant createdAt, Instant updatedAt) {
        this(id, date, kind, participantIds, summary, notes, exchange, followUp, createdAt, updatedAt, null);
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

    /** A new, unstored one-to-many touch to these people: no exchange, no follow-up. */
    public static Interaction toMany(LocalDate date, InteractionKind kind, List<Long> participants, String summary,
            String notes, Audience audience) {
        return new Interaction(null, date, kind, participants, summary, notes, Exchange.NONE, null, null, null,
                audience);
    }

    public Interaction withId(Long newId) {
        return new Interaction(newId, date, kind, participantIds, summary, notes, exchange, followUp, createdAt,
                updatedAt, audience, loggedBy);
    }

    /** The same interaction, logged by {@code name} (decision 0016). */
    public Interaction withLoggedBy(String name) {
        return new Interaction(id, date, kind, participantIds, summary, notes, exchange, followUp, createdAt,
                updatedAt, audience, name);
    }

    /** Whether this is a one-to-many touch (a newsletter, a post, a talk), which counts less (decision 0010). */
    public boolean isOneToMany() {
        return audience != null;
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
