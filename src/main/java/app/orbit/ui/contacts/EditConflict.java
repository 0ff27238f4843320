package app.orbit.ui.contacts;

import app.orbit.domain.Contact;
import app.orbit.service.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An edit refused because the contact was saved elsewhere meanwhile (docs/decisions/0015): the
 * user's version and the stored one, field by field as the form shows them, for a side-by-side view.
 */
public record EditConflict(Contact mine, Contact theirs, List<Row> rows) {

    /** One field: its label's message key, its text in each version, and whether they differ. */
    public record Row(String labelKey, String mine, String theirs) {

        public boolean differs() {
            return !mine.equals(theirs);
        }
    }

    public EditConflict {
        rows = List.copyOf(rows);
    }

    /** The fields either version fills, in the form's order; introducers given by name. */
    static EditConflict of(Contact mine, Contact theirs, String myIntroducer, String theirIntroducer,
                           Messages messages) {
        List<Row> rows = new ArrayList<>();
        add(rows, "contact.field.firstName", mine.firstName(), theirs.firstName());
        add(rows, "contact.field.lastName", mine.lastName(), theirs.lastName());
        add(rows, "contact.field.organisation", mine.organisation(), theirs.organisation());
        add(rows, "contact.field.title", mine.title(), theirs.title());
        add(rows, "contact.field.emails", String.join(", ", mine.emails()), String.join(", ", theirs.emails()));
        add(rows, "contact.field.phones", String.join(", ", mine.phones()), String.join(", ", theirs.phones()));
        add(rows, "contact.field.city", mine.city(), theirs.city());
        add(rows, "contact.field.birthday", text(mine.birthday()), text(theirs.birthday()));
        add(rows, "contact.field.circle", messages.of("circle", mine.circle()), messages.of("circle", theirs.circle()));
        add(rows, "contact.field.cadence", text(mine.cadenceOverride()), text(theirs.cadenceOverride()));
        add(rows, "contact.field.tags", String.join(", ", mine.tags()), String.join(", ", theirs.tags()));
        add(rows, "contact.field.knownSince", text(mine.knownSince()), text(theirs.knownSince()));
        add(rows, "contact.field.introducedBy", myIntroducer, theirIntroducer);
        add(rows, "contact.field.howWeMet", mine.howWeMet(), theirs.howWeMet());
        add(rows, "contact.field.needs", mine.needs(), theirs.needs());
        add(rows, "contact.field.offers", mine.offers(), theirs.offers());
        add(rows, "contact.field.notes", mine.notes(), theirs.notes());
        String archived = messages.get("contact.conflict.archivedYes");
        add(rows, "contact.conflict.archived", mine.archived() ? archived : "", theirs.archived() ? archived : "");
        return new EditConflict(mine, theirs, rows);
    }

    private static void add(List<Row> rows, String key, String mine, String theirs) {
        String m = Objects.requireNonNullElse(mine, "");
        String t = Objects.requireNonNullElse(theirs, "");
        if (!m.isEmpty() || !t.isEmpty()) {
            rows.add(new Row(key, m, t));
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The labels of the fields that differ. */
    public List<String> differing() {
        return rows.stream().filter(Row::differs).map(Row::labelKey).toList();
    }
}
