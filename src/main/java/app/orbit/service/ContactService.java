package app.orbit.service;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.domain.Staleness;
import app.orbit.domain.UnsortedContact;
import app.orbit.domain.ValidationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Use cases on contacts: create, edit, archive, sort into circles, delete, search, and a contact's details. */
public final class ContactService {

    /** How many interactions a contact's timeline shows at most. */
    public static final int TIMELINE_LIMIT = 500;

    private final ContactRepository contacts;
    private final InteractionRepository interactions;
    private final NetworkQueries queries;
    private final Transactions transactions;
    private final Supplier<Settings> settings;
    private final ChangeNotifier notifier;
    private final Clock clock;

    public ContactService(ContactRepository contacts, InteractionRepository interactions, NetworkQueries queries,
            Transactions transactions, Supplier<Settings> settings, ChangeNotifier notifier, Clock clock) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.queries = queries;
        this.transactions = transactions;
        this.settings = settings;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Stores a new contact. Known since today unless the draft says otherwise. */
    public Contact create(Contact draft) {
        if (draft.isStored()) {
            throw new IllegalArgumentException("already stored: " + draft.id());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Contact c = draft.toBuilder()
                .knownSince(draft.knownSince() == null || draft.knownSince().isAfter(today) ? today : draft.knownSince())
                .lastTouch(null)
                .createdAt(now)
                .updatedAt(now)
                .build();
        Contact stored = transactions.inTransaction(() -> {
            checkIntroducer(c);
            return contacts.insert(c);
        });
        notifier.changed();
        return stored;
    }

    /** Saves edited fields of a stored contact. */
    public Contact update(Contact edited) {
        if (!edited.isStored()) {
            throw new IllegalArgumentException("not stored");
        }
        Contact stored = transactions.inTransaction(() -> {
            Contact current = get(edited.id());
            checkIntroducer(edited);
            checkKnownSince(edited);
            Contact c = edited.toBuilder()
                    .createdAt(current.createdAt())
                    .updatedAt(clock.instant())
                    .build();
            return contacts.update(c);
        });
        notifier.changed();
        return stored;
    }

    public Contact setArchived(long id, boolean archived) {
        Contact stored = transactions.inTransaction(() -> {
            Contact c = get(id);
            return contacts.update(c.toBuilder().archived(archived).updatedAt(clock.instant()).build());
        });
        notifier.changed();
        return stored;
    }

    /**
     * Puts these people in a circle, all in one transaction (one batched statement, however many):
     * the triage of imported people. Unknown ids fail the whole call and nothing changes.
     *
     * @throws ValidationException when {@code circle} is not one a person can be put in (UNSORTED)
     * @throws NotFoundException naming the first id that is no contact
     */
    public void sort(Collection<Long> ids, Circle circle) {
        if (circle == null || !circle.isSorted()) {
            throw new ValidationException("circle", "error.contact.circle.choose");
        }
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            List<Long> missing = contacts.setCircle(ids, circle, now);
            if (!missing.isEmpty()) {
                throw new NotFoundException("contact", missing.get(0));
            }
        });
        notifier.changed();
    }

    /** Archives these people in one transaction: the triage's way to set aside whom the user does not keep. */
    public void archiveAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        transactions.inTransaction(() -> {
            List<Long> missing = contacts.setArchived(ids, true, now);
            if (!missing.isEmpty()) {
                throw new NotFoundException("contact", missing.get(0));
            }
        });
        notifier.changed();
    }

    /** The unarchived people not sorted yet, by name. */
    public List<UnsortedContact> unsorted() {
        return contacts.unsorted();
    }

    /** How many unarchived people are not sorted yet. */
    public long countUnsorted() {
        return contacts.countUnsorted();
    }

    /**
     * Which of these contacts have at least one interaction logged: for the others, the last touch
     * is only the day Orbit has known them from, and is shown as "no touch logged yet".
     */
    public Set<Long> touched(Collection<Long> ids) {
        return queries.touched(ids);
    }

    /** Deletes the contact and the interactions that involved only them. */
    public void delete(long id) {
        if (!contacts.delete(id)) {
            throw new NotFoundException("contact", id);
        }
        notifier.changed();
    }

    public Optional<Contact> find(long id) {
        return contacts.find(id);
    }

    public Contact get(long id) {
        return contacts.find(id).orElseThrow(() -> new NotFoundException("contact", id));
    }

    public List<Contact> getAll(List<Long> ids) {
        return contacts.findAll(ids);
    }

    public List<ContactSummary> search(String query, boolean includeArchived, int limit) {
        return contacts.search(query == null ? "" : query, includeArchived, limit);
    }

    public List<ContactSummary> summaries(List<Long> ids) {
        return contacts.summaries(ids);
    }

    /** The pictures of those of these contacts who have one (for cards and suggestions), by id. */
    public java.util.Map<Long, app.orbit.domain.Photo> photos(java.util.Collection<Long> ids) {
        return contacts.photos(ids);
    }

    public long count() {
        return contacts.count();
    }

    /** Every tag of an unarchived contact, sorted, with how many unarchived contacts have it. */
    public Map<String, Integer> tags() {
        return contacts.tags();
    }

    public Staleness staleness(ContactSummary c) {
        return Staleness.of(c, LocalDate.now(clock), settings.get().cadences());
    }

    /** Everything the detail pane shows: the contact, its staleness, its timeline and who was there. */
    public ContactDetails details(long id) {
        Contact c = get(id);
        List<Interaction> timeline = interactions.forContact(id, TIMELINE_LIMIT);
        List<Long> others = timeline.stream().flatMap(i -> i.participantIds().stream()).distinct().toList();
        List<ContactSummary> people = contacts.summaries(others);
        Contact introducer = c.introducedById() == null ? null : contacts.find(c.introducedById()).orElse(null);
        Staleness s = Staleness.of(c.lastTouch(), c.circle(), c.cadenceOverride(), c.archived(), LocalDate.now(clock),
                settings.get().cadences());
        // Who logged each touch is worth saying only where more than one person logs (decision 0016).
        boolean severalLoggers = timeline.stream().anyMatch(i -> i.loggedBy() != null) && interactions.severalLoggers();
        return new ContactDetails(c, s, timeline, people, introducer, severalLoggers);
    }

    /**
     * Known since is never after the first interaction logged with them: they had met by then.
     * A later date is refused rather than clamped, so the user sees why their date did not hold.
     */
    private void checkKnownSince(Contact c) {
        if (c.knownSince() == null) {
            return;
        }
        interactions.earliestDate(c.id()).filter(first -> first.isBefore(c.knownSince())).ifPresent(first -> {
            throw new ValidationException("knownSince", "error.contact.knownSince.afterFirstTouch", first);
        });
    }

    private void checkIntroducer(Contact c) {
        if (c.introducedById() != null && contacts.find(c.introducedById()).isEmpty()) {
            throw new ValidationException("introducedBy", "error.contact.introducedBy.unknown");
        }
    }
}
