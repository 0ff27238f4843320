package app.orbit.service;

import app.orbit.domain.Interaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: where interactions live. Writes keep every participant's last touch right in the same
 * transaction: the latest touch that counts for them (a one-to-many touch does not count for
 * INNER and CLOSE contacts, decision 0010), else known since.
 */
public interface InteractionRepository {

    Interaction insert(Interaction interaction);

    /**
     * Stores many new interactions at once, as {@link #insert} would each, with one last touch
     * recompute for everyone they involve: for imports. Returns their ids in the same order.
     */
    List<Long> insertAll(List<Interaction> interactions);

    /**
     * Stores many new interactions as {@link #insertAll} does but leaves the known-since dates and
     * last touches of the contacts they involve as they were, to be set by one
     * {@link #settleAfterImport} at the end (or by the caller, for people it creates with them):
     * an import in batches would otherwise rewrite a contact once per batch it appears in.
     */
    List<Long> insertAllLeavingLastTouch(List<Interaction> interactions);

    /**
     * After {@link #insertAllLeavingLastTouch}: moves each contact's known-since back to its
     * earliest stored interaction when that is earlier, then sets its last touch.
     */
    void settleAfterImport(java.util.Collection<Long> contactIds);

    /** Sets each contact's last touch from its stored interactions and known-since date. */
    void recomputeLastTouch(java.util.Collection<Long> contactIds);

    Interaction update(Interaction interaction);

    /** Returns false when there was no such interaction. */
    boolean delete(long id);

    Optional<Interaction> find(long id);

    /**
     * The contact's timeline, newest first (then the most recently logged first). A one-to-many
     * touch lists only this contact among its participants (its audience says how many it
     * reached): a newsletter's thousands of readers are not read for each of them.
     */
    List<Interaction> forContact(long contactId, int limit);

    /** The date of the contact's earliest interaction, empty when none was logged. */
    Optional<LocalDate> earliestDate(long contactId);

    /** Interactions with an id above {@code afterId}, by id: for reading everything page by page. */
    List<Interaction> page(long afterId, int limit);

    long count();

    /** Whether more than one person is named as having logged interactions (decision 0016). */
    boolean severalLoggers();
}
