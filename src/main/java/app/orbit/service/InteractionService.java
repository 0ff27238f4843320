package app.orbit.service;

import app.orbit.domain.Interaction;
import app.orbit.domain.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Use cases on interactions: log, edit, delete, each keeping every participant's last touch
 * right, and telling the listener (the weekly plan) in the same transaction.
 */
public final class InteractionService {

    private final InteractionRepository interactions;
    private final ContactRepository contacts;
    private final Transactions transactions;
    private final ChangeNotifier notifier;
    private final Clock clock;
    private final InteractionListener listener;

    public InteractionService(InteractionRepository interactions, ContactRepository contacts,
            Transactions transactions, ChangeNotifier notifier, Clock clock) {
        this(interactions, contacts, transactions, notifier, clock, InteractionListener.NONE);
    }

    /** With a listener that hears of every logged interaction inside its transaction. */
    public InteractionService(InteractionRepository interactions, ContactRepository contacts,
            Transactions transactions, ChangeNotifier notifier, Clock clock, InteractionListener listener) {
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

    /** Logs a new interaction; the date must not be in the future and every participant must exist. */
    public Interaction log(Interaction draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("already stored: " + draft.id());
        }
        java.time.Instant now = clock.instant();
        Interaction stamped = new Interaction(null, draft.date(), draft.kind(), draft.participantIds(), draft.summary(),
                draft.notes(), draft.exchange(), draft.followUp(), now, now);
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
            Interaction stamped = new Interaction(edited.id(), edited.date(), edited.kind(), edited.participantIds(),
                    edited.summary(), edited.notes(), edited.exchange(), edited.followUp(), current.createdAt(),
                    clock.instant());
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

    public Interaction get(long id) {
        return interactions.find(id).orElseThrow(() -> new NotFoundException("interaction", id));
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
