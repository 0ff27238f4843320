package app.orbit.ui.log;

import app.orbit.domain.ContactSummary;

/** Someone who was there: a stored contact, or a new person to create when the log is saved. */
public record Participant(ContactSummary existing, String newName) {

    public static Participant of(ContactSummary c) {
        return new Participant(c, null);
    }

    public static Participant newPerson(String name) {
        return new Participant(null, name.strip());
    }

    public boolean isNew() {
        return existing == null;
    }

    public String displayName() {
        return isNew() ? newName : existing.displayName();
    }
}
