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
        LocalDate lastTouch,
        String formattedName) {

    public ContactSummary {
        formattedName = formattedName == null ? "" : formattedName;
    }

    /** A summary of a contact without a name as written (built in tests and from older rows). */
    public ContactSummary(long id, String firstName, String lastName, String organisation, String title, Circle circle,
            Integer cadenceOverride, boolean archived, LocalDate lastTouch) {
        this(id, firstName, lastName, organisation, title, circle, cadenceOverride, archived, lastTouch, "");
    }

    /** The name as written when there is one, else "First Last". */
    public String displayName() {
        return formattedName.isEmpty() ? Contact.displayName(firstName, lastName) : formattedName;
    }

    public static ContactSummary of(Contact c) {
        if (c.id() == null) {
            throw new IllegalArgumentException("contact is not stored");
        }
        return new ContactSummary(c.id(), c.firstName(), c.lastName(), c.organisation(), c.title(), c.circle(),
                c.cadenceOverride(), c.archived(), c.lastTouch(), c.formattedName());
    }
}
