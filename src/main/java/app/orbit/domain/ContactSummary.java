package app.orbit.domain;

import java.time.LocalDate;

/** The few fields of a contact that lists, search and the due list need: cheap to load by the thousand. */
public record ContactSummary(
        long id,
        String firstName,
        String lastName,
        String organisation,
        String title,
        Circle circle,
        Integer cadenceOverride,
        boolean archived,
        LocalDate lastTouch) {

    public String displayName() {
        return Contact.displayName(firstName, lastName);
    }

    public static ContactSummary of(Contact c) {
        if (c.id() == null) {
            throw new IllegalArgumentException("contact is not stored");
        }
        return new ContactSummary(c.id(), c.firstName(), c.lastName(), c.organisation(), c.title(), c.circle(),
                c.cadenceOverride(), c.archived(), c.lastTouch());
    }
}
