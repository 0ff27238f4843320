package app.orbit.service;

import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Use cases on interactions: log, edit, delete, each keeping every participant's last touch
 * right, and telling the listener (the weekly plan) in the same transaction. A one-to-many touch
 * (a newsletter, a post, a talk) is logged to a tag, a circle or a selection at once, stored
 * once, and counts only for people outside INNER and CLOSE (decision 0010).
 */
public final class InteractionService {

    private final InteractionRepository interactions;
    private final ContactRepository contacts;
    private final Transactions transactions;
    private final ChangeNotifier notifier;
    private final Clock clock;
    private final InteractionListener listener;
    private final Identity identity;

    /**
     * With a listener that hears of every logged interaction inside its transaction, and the person
     * named as having logged what this service logs (decision 0016).
     */
    public InteractionService(InteractionRepository interactions, ContactRepository contacts,
            Transactions transactions, ChangeNotifier notifier, Clock clock, InteractionListener listener,
            Identity identity) {
        this.identity = identity;
        this.listener = listener;
        this.interactions = interactions;
        this.contacts = contacts;
        this.transactions = transactions;
        this.notifier = notifier;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A one-to-many touch as stored, and how far it went. */
    public record LoggedToMany(Interaction interaction, Reach reach) {
    }

    /** Logs a new interaction; the date must not be in the future and every participant must exist. */
    public Interaction log(Interaction draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("already stored: " + draft.id());
        }
        if (draft.isOneToMany()) {
            throw new IllegalArgumentException("a one-to-many touch is logged with logToMany");
        }
        java.time.Instant now = clock.instant();
        Interaction stamped = new Interaction(null, draft.date(), draft.kind(), draft.participantIds(), draft.summary(),
                draft.notes(), draft.exchange(), draft.followUp(), now, now, null, identity.me());
        Interaction stored = transactions.inTransaction(() -> {
            check(stamped);
            Interaction saved = interactions.insert(stamped);
            listener.logged(saved);
            return saved;
        });
        notifier.changed();
        return stored;
    }

    public Interaction edit(Interaction edited) {
        if (edited.id() == null) {
            throw new IllegalArgumentException("not stored");
        }
        Interaction stored = transactions.inTransaction(() -> {
            Interaction current = get(edited.id());
            if (current.isOneToMany() || edited.isOneToMany()) {
                // Its participants as a timeline reads them are one person: an edit would drop the others.
                throw new ValidationException("audience", "error.interaction.toMany.edit");
            }
            Interaction stamped = new Interaction(edited.id(), edited.date(), edited.kind(), edited.participantIds(),
                    edited.summary(), edited.notes(), edited.exchange(), edited.followUp(), current.createdAt(),
                    clock.instant(), null, current.loggedBy());
            check(stamped);
            Interaction saved = interactions.update(stamped);
            listener.edited(current, saved);
            return saved;
        });
        notifier.changed();
        return stored;
    }

    public void delete(long id) {
        transactions.inTransaction(() -> {
            Interaction removed = get(id);
            if (!interactions.delete(id)) {
                throw new NotFoundException("interaction", id);
            }
            listener.deleted(removed);
            return removed;
        });
        notifier.changed();
    }

    /**
     * How many unarchived people these recipients are, and for how many a one-to-many touch would
     * count as a touch: what the dialog shows before saving.
     */
    public Reach reach(Recipients to) {
        Map<Long, Circle> people = resolve(to);
        int counted = (int) people.values().stream().filter(Audience::countsFor).count();
        return new Reach(people.size(), counted);
    }

    /**
     * Logs one touch to many people at once (a newsletter, a post, a talk at an event): stored once,
     * with every unarchived recipient as a participant. It carries no exchange and no follow-up; it
     * moves the last touch of, and completes the plan entries of, only those outside INNER and
     * CLOSE. A null kind is a newsletter.
     */
    public LoggedToMany logToMany(Recipients to, LocalDate date, InteractionKind kind, String summary,
            String notes) {
        if (date == null) {
            throw new ValidationException("date", "error.interaction.date.required");
        }
        if (date.isAfter(today())) {
            throw new ValidationException("date", "error.interaction.date.future", date);
        }
        Instant now = clock.instant();
        LoggedToMany done = transactions.inTransaction(() -> {
            Map<Long, Circle> people = resolve(to);
            if (people.isEmpty()) {
                throw new ValidationException("audience", "error.audience.nobody");
            }
            Audience audience = new Audience(to.kind(), to.name(), people.size());
            Interaction saved = interactions.insert(new Interaction(null, date,
                    kind == null ? InteractionKind.NEWSLETTER : kind, new ArrayList<>(people.keySet()), summary, notes,
                    null, null, now, now, audience, identity.me()));
            Set<Long> counted = new LinkedHashSet<>();
            people.forEach((id, circle) -> {
                if (Audience.countsFor(circle)) {
                    counted.add(id);
                }
            });
            listener.loggedToMany(saved, counted);
            return new LoggedToMany(saved, new Reach(people.size(), counted.size()));
        });
        notifier.changed();
        return done;
    }

    /** The unarchived people the recipients stand for, by id, with their circle; validates the choice. */
    private Map<Long, Circle> resolve(Recipients to) {
        return switch (to.kind()) {
            case TAG -> contacts.audienceWithTag(to.name());
            case CIRCLE -> contacts.audienceInCircle(Circle.valueOf(to.name()));
            case SELECTION -> {
                if (to.ids().isEmpty()) {
                    throw new ValidationException("audience", "error.audience.nobody");
                }
                Map<Long, ContactSummary> found = new HashMap<>();
                contacts.summaries(to.ids()).forEach(c -> found.put(c.id(), c));
                Map<Long, Circle> people = new LinkedHashMap<>();
                for (Long id : to.ids()) {
                    ContactSummary c = found.get(id);
                    if (c == null) {
                        throw new ValidationException("audience", "error.interaction.participant.unknown", id);
                    }
                    if (!c.archived()) {
                        people.put(id, c.circle());
                    }
                }
                yield people;
            }
        };
    }

    public Interaction get(long id) {
        return interactions.find(id).orElseThrow(() -> new NotFoundException("interaction", id));
    }

    /**
     * Whether more than one person logged interactions on this network: only then do screens say
     * who logged each one (decision 0016).
     */
    public boolean severalLoggers() {
        return interactions.severalLoggers();
    }

    public List<Interaction> timeline(long contactId) {
        return interactions.forContact(contactId, ContactService.TIMELINE_LIMIT);
    }

    private void check(Interaction i) {
        if (i.date().isAfter(today())) {
            throw new ValidationException("date", "error.interaction.date.future", i.date());
        }
        // Summaries, not whole contacts: one table read instead of four, on every logged touch.
        Set<Long> foundIds = new HashSet<>();
        contacts.summaries(i.participantIds()).forEach(c -> foundIds.add(c.id()));
        for (Long id : i.participantIds()) {
            if (!foundIds.contains(id)) {
                throw new ValidationException("participants", "error.interaction.participant.unknown", id);
            }
        }
    }
}
