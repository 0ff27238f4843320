package app.orbit.service;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.UnsortedContact;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: where contacts live. Implemented by the store; every method is one transaction unless inside {@link Transactions}. */
public interface ContactRepository {

    /** Stores a new contact; returns it with its id, timestamps and last touch. */
    Contact insert(Contact contact);

    /**
     * Stores many new contacts at once, as {@link #insert} would each (last touch = known since,
     * unless a contact comes with its last touch: an import that also brings their interactions
     * stored by {@code insertAllLeavingLastTouch} works it out), without reading them back.
     * Returns their ids in the same order.
     */
    List<Long> insertAll(List<Contact> contacts);

    /**
     * Sets who introduced whom among contacts just stored by {@link #insertAll} (contact id to its
     * introducer's id): an import learns the introducers' ids only once they are stored. Nothing
     * else of the contacts changes, their last touch included.
     */
    void linkIntroducers(java.util.Map<Long, Long> introducerOf);

    /** Replaces a stored contact's fields (not its last touch, which interactions drive). */
    Contact update(Contact contact);

    Optional<Contact> find(long id);

    /** Contacts by id, in no particular order; unknown ids are left out. */
    List<Contact> findAll(Collection<Long> ids);

    /**
     * Deletes a contact, the interactions in which it was the only participant, and its place
     * in the others. Returns false when there was no such contact.
     */
    boolean delete(long id);

    /**
     * Contacts whose folded name, organisation, title, city, emails or tags contain every
     * folded word of the query, by name. An empty query lists everyone.
     */
    List<ContactSummary> search(String query, boolean includeArchived, int limit);

    List<ContactSummary> summaries(Collection<Long> ids);

    /** The pictures of those of these contacts who have one, by contact id. */
    java.util.Map<Long, app.orbit.domain.Photo> photos(Collection<Long> ids);

    /**
     * Candidates for the due list: unarchived, reminded contacts whose last touch is at least
     * one cadence ago. Returns at least the {@code limit} most overdue of each circle and every
     * overdue contact with a cadence override that could rank among them; the caller ranks.
     */
    List<ContactSummary> dueCandidates(LocalDate today, CadencePolicy policy, int limit);

    /** Contacts whose email (case-insensitive) is one of these. */
    List<Contact> findByEmails(Collection<String> emails);

    /** Contacts whose profile URL has one of these keys (see {@link Contact#profileKey}). */
    List<Contact> findByProfileKeys(Collection<String> keys);

    /** Contacts whose folded full name (see {@link Contact#nameKey}) is one of these. */
    List<Contact> findByNameKeys(Collection<String> keys);

    /**
     * Contacts matching any of these emails (case-insensitive), profile keys or name keys, each
     * read once: the import's lookup of a whole file in a few set-based queries.
     */
    List<Contact> findByAnyKey(Collection<String> emails, Collection<String> profileKeys, Collection<String> nameKeys);

    /** Full contacts with an id above {@code afterId}, by id: for reading everything page by page. */
    List<Contact> page(long afterId, int limit);

    long count();

    /**
     * Puts these contacts in a circle, stamped {@code updatedAt}, in one batch; returns the ids
     * that matched no contact (nothing is checked or undone here: the caller's transaction decides).
     */
    List<Long> setCircle(Collection<Long> ids, Circle circle, Instant updatedAt);

    /** Archives or unarchives these contacts in one batch; returns the ids that matched no contact. */
    List<Long> setArchived(Collection<Long> ids, boolean archived, Instant updatedAt);

    /** The unarchived people not sorted yet ({@link Circle#UNSORTED}), by name, with their tags. */
    List<UnsortedContact> unsorted();

    /** How many unarchived people are not sorted yet. */
    long countUnsorted();

    /** The ids of the contacts this one introduced to the user, by id: for their personal data export. */
    List<Long> introducedBy(long contactId);

    /**
     * The unarchived contacts with this tag (as {@link Contact#normaliseTag} writes it), by id, with
     * their circle: the people a one-to-many touch to the tag reaches.
     */
    Map<Long, Circle> audienceWithTag(String tag);

    /** The unarchived contacts of this circle, by id, with their circle. */
    Map<Long, Circle> audienceInCircle(Circle circle);

    /** Every tag of an unarchived contact, sorted, with how many unarchived contacts have it. */
    Map<String, Integer> tags();
}
