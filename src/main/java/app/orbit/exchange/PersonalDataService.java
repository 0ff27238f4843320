package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import app.orbit.service.ContactService;
import app.orbit.service.PlanRepository;
import app.orbit.service.Transactions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One person's data, for when they ask: everything Orbit holds about them as JSON, and erasing
 * them for good (the contact, the interactions that involved no one else, their place in the
 * others, and their mentions in weekly plans).
 */
public final class PersonalDataService {

    private final ContactService contacts;
    private final JsonBackup json;
    private final PlanRepository plans;
    private final Transactions transactions;

    public PersonalDataService(ContactService contacts, JsonBackup json, PlanRepository plans,
            Transactions transactions) {
        this.contacts = contacts;
        this.json = json;
        this.plans = plans;
        this.transactions = transactions;
    }

    /** Writes all Orbit holds about the contact as JSON to {@code out}, left open. */
    public void exportContact(long contactId, OutputStream out) {
        json.exportContact(contactId, out);
    }

    /** The same, to a file. */
    public void exportContact(long contactId, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            json.exportContact(contactId, out);
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
