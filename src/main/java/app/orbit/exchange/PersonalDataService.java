package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import app.orbit.service.ContactService;
import app.orbit.service.Messages;
import app.orbit.service.PlanRepository;
import app.orbit.service.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * One person's data, for when they ask: everything Orbit holds about them as JSON, and erasing
 * them for good (the contact, the interactions that involved no one else, their place in the
 * others, and their mentions in weekly plans). Both cover every table that refers to a contact
 * ({@link #COVERED}); a test compares that list with the schema's foreign keys.
 */
public final class PersonalDataService {

    /**
     * Every column of the schema that refers to a contact (TABLE.COLUMN, as H2 names them), each
     * one written by {@link #exportContact} and emptied by {@link #erase}. A table added with a
     * foreign key to the contact must be added here, to the export and to the erase.
     */
    public static final java.util.Set<String> COVERED = java.util.Set.of(
            "CONTACT.INTRODUCED_BY", // introducedBy / introduced; SET NULL on erase
            "CONTACT_EMAIL.CONTACT_ID", "CONTACT_PHONE.CONTACT_ID", "CONTACT_TAG.CONTACT_ID", // contact; cascade
            "CONTACT_ADDRESS.CONTACT_ID", "CONTACT_PHOTO.CONTACT_ID", // contact (addresses, photo); cascade
            // interactions; solo ones deleted, their place in others cascades, and with it the promises made
            // to them (INTERACTION_PROMISE_TO refers to the participant row, not to the contact: followUp.to)
            "INTERACTION_PARTICIPANT.CONTACT_ID",
            "PLAN_ENTRY.CONTACT_ID", // planEntries; cascade
            "PLAN_ENTRY.OTHER_CONTACT_ID", // mentionedInPlans; removed by removeMentions (the sentence names them)
            "CONTACT_SNOOZE.CONTACT_ID", // snoozedUntil; cascade
            "INTRODUCTION.CONTACT_A", "INTRODUCTION.CONTACT_B", // introductions; cascade
            "INTRODUCTION_VERDICT.NEEDER_ID", "INTRODUCTION_VERDICT.OFFERER_ID"); // suggestionsAnswered; cascade

    private final ContactService contacts;
    private final JsonBackup json;
    private final PlanRepository plans;
    private final Transactions transactions;
    private final Supplier<Messages> messages;

    /** {@code messages}: the user's language, for the stored sentences (plan reasons, gestures) written out. */
    public PersonalDataService(ContactService contacts, JsonBackup json, PlanRepository plans,
            Transactions transactions, Supplier<Messages> messages) {
        this.messages = messages;
        this.contacts = contacts;
        this.json = json;
        this.plans = plans;
        this.transactions = transactions;
    }

    /** Writes all Orbit holds about the contact as JSON to {@code out}, left open. */
    public void exportContact(long contactId, OutputStream out) {
        json.exportContact(contactId, out, messages.get());
    }

    /** The same, to a file. */
    public void exportContact(long contactId, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            json.exportContact(contactId, out, messages.get());
        } catch (IOException e) {
            throw new OrbitException(e, "export.error.write", file.toAbsolutePath(), e.getMessage());
        }
    }

    /**
     * Erases the contact for good: the contact, the interactions in which they were the only
     * participant, and their place in the others (whose last touch stays right).
     */
    public void erase(long contactId) {
        transactions.inTransaction(() -> {
            // Their own plan entries, snooze and introductions go with the contact (foreign keys);
            // others' entries that name them (an introduction to suggest) are removed here.
            plans.removeMentions(contactId);
            contacts.delete(contactId);
        });
    }
}
