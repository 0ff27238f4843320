package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import app.orbit.service.ContactService;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One person's data, for when they ask: everything Orbit holds about them as JSON, and erasing
 * them for good (the contact, the interactions that involved no one else, and their place in the
 * others).
 */
public final class PersonalDataService {

    private final ContactService contacts;
    private final JsonBackup json;

    public PersonalDataService(ContactService contacts, JsonBackup json) {
        this.contacts = contacts;
        this.json = json;
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
        contacts.delete(contactId);
    }
}
