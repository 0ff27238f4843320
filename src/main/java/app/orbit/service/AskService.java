package app.orbit.service;

import app.orbit.domain.Ask;
import app.orbit.domain.AskRelevance;
import app.orbit.domain.Contact;
import app.orbit.domain.PrecisionCheck;
import app.orbit.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * My asks: create, edit, activate or retire them, check their precision, say them in a language,
 * and pick one for a contact. An ask is its owner's (decision 0016): the person at this computer
 * sees theirs and those nobody owns yet, and one they save becomes theirs.
 */
public final class AskService {

    private final AskRepository asks;
    private final ContactRepository contacts;
    private final Transactions transactions;
    private final ChangeNotifier notifier;
    private final Clock clock;
    private final Identity identity;
    private final AskComposer composer = new AskComposer();

    public AskService(AskRepository asks, ContactRepository contacts, Transactions transactions,
            ChangeNotifier notifier, Identity identity, Clock clock) {
        this.identity = identity;
        this.asks = asks;
        this.contacts = contacts;
        this.transactions = transactions;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Stores a new ask (active unless the draft says otherwise); what you look for is required. */
    public Ask create(Ask draft) {
        if (draft.id() != null) {
            throw new IllegalArgumentException("already stored: " + draft.id());
        }
        requireLookingFor(draft);
        Instant now = clock.instant();
        Ask stored = asks.insert(draft.stamped(now, now).ownedBy(identity.me()));
        notifier.changed();
        return stored;
    }

    /** Saves an edited ask, keeping its creation time. */
    public Ask update(Ask edited) {
        if (edited.id() == null) {
            throw new IllegalArgumentException("not stored");
        }
        requireLookingFor(edited);
        Ask stored = transactions.inTransaction(() -> {
            Ask current = get(edited.id());
            return asks.update(edited.stamped(current.createdAt(), clock.instant()).ownedBy(identity.me()));
        });
        notifier.changed();
        return stored;
    }

    /** Activates (true) or retires (false) an ask; only active asks are suggested. */
    public Ask setActive(long id, boolean active) {
        Ask stored = transactions.inTransaction(() -> {
            Ask current = get(id);
            return asks.update(current.withActive(active).stamped(current.createdAt(), clock.instant())
                    .ownedBy(identity.me()));
        });
        notifier.changed();
        return stored;
    }

    public void delete(long id) {
        get(id);
        if (!asks.delete(id)) {
            throw new NotFoundException("ask", id);
        }
        notifier.changed();
    }

    /** One of this person's asks (or of nobody's); another person's is not found. */
    public Ask get(long id) {
        return asks.find(id).filter(a -> a.owner() == null || a.owner().equals(identity.me()))
                .orElseThrow(() -> new NotFoundException("ask", id));
    }

    /** Active asks first, then the most recently updated. */
    public List<Ask> list(boolean includeRetired) {
        return asks.listFor(identity.me(), includeRetired);
    }

    public List<Ask> active() {
        return asks.listFor(identity.me(), false);
    }

    /** The precision score and hints of an ask or of a draft being typed (nothing stored). */
    public PrecisionCheck check(Ask draft) {
        return PrecisionCheck.of(draft);
    }

    /**
     * The ask as one sentence in a language (French for a French locale, else English), or empty
     * when its words are in the other language and could not be said right in this one.
     */
    public Optional<String> compose(Ask ask, Locale locale) {
        return composer.compose(ask, locale);
    }

    /** The ask as one sentence, in the preferred language when it can be said right there, else in its own. */
    public String sentence(Ask ask, Locale preferred) {
        return composer.sentence(ask, preferred);
    }

    /** The active ask most relevant to a contact; empty when none fits. */
    public Optional<Ask> bestFor(long contactId) {
        Contact c = contacts.find(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        return AskRelevance.best(c, active());
    }

    private static void requireLookingFor(Ask a) {
        if (a.lookingFor().isEmpty()) {
            throw new ValidationException("lookingFor", "ask.error.lookingFor.required");
        }
    }
}
