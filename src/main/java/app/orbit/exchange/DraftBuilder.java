package app.orbit.exchange;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Text;
import app.orbit.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects one person's fields from an imported row or card and builds the validated draft.
 * An email or phone that Orbit cannot keep is left out with a warning (an address book often holds
 * a stray one); anything else the domain refuses stops the import, naming the place. The person
 * arrives not sorted yet ({@link Circle#UNSORTED}), outside every plan until the user sorts them.
 */
final class DraftBuilder {

    private final Place place;
    private final List<OrbitException> warnings;
    /** Imported people arrive not sorted: an address book says nothing of how close they are. */
    private final Contact.Builder builder = Contact.builder().circle(Circle.UNSORTED);
    private final List<String> notes = new ArrayList<>();
    private String first = "";
    private String last = "";

    DraftBuilder(Place place, List<OrbitException> warnings) {
        this.place = place;
        this.warnings = warnings;
    }

    DraftBuilder name(String firstName, String lastName) {
        first = Text.clean(firstName);
        last = Text.clean(lastName);
        return this;
    }

    boolean hasName() {
        return !first.isEmpty() || !last.isEmpty();
    }

    DraftBuilder email(String value) {
        String v = Text.clean(value);
        if (!v.isEmpty()) {
            if (accepted(b -> b.email(v))) {
                builder.email(v);
            } else {
                warnings.add(place.error("import.warning.email", v));
            }
        }
        return this;
    }

    DraftBuilder phone(String value) {
        String v = Text.clean(value);
        if (!v.isEmpty()) {
            if (accepted(b -> b.phone(v))) {
                builder.phone(v);
            } else {
                warnings.add(place.error("import.warning.phone", v));
            }
        }
        return this;
    }

    DraftBuilder organisation(String v) {
        builder.organisation(v);
        return this;
    }

    DraftBuilder title(String v) {
        builder.title(v);
        return this;
    }

    DraftBuilder city(String v) {
        builder.city(v);
        return this;
    }

    DraftBuilder tag(String v) {
        builder.tag(v);
        return this;
    }

    DraftBuilder profileUrl(String v) {
        builder.profileUrl(v);
        return this;
    }

    DraftBuilder howWeMet(String v) {
        builder.howWeMet(v);
        return this;
    }

    DraftBuilder knownSince(LocalDate d) {
        builder.knownSince(d);
        return this;
    }

    DraftBuilder note(String v) {
        String s = v == null ? "" : v.strip();
        if (!s.isEmpty()) {
            notes.add(s);
        }
        return this;
    }

    /** Parses a birthday (YYYY-MM-DD or --MM-DD); an impossible date stops the import. */
    DraftBuilder birthday(String text) {
        String s = Text.clean(text);
        if (!s.isEmpty()) {
            try {
                builder.birthday(Birthday.parse(s));
            } catch (ValidationException e) {
                throw place.error(e);
            }
        }
        return this;
    }

    DraftBuilder birthday(Birthday b) {
        builder.birthday(b);
        return this;
    }

    Contact.Builder raw() {
        return builder;
    }

    /** The validated draft; an error naming the place when a field breaks a rule. */
    Candidate build() {
        try {
            Contact c = builder.firstName(first).lastName(last).notes(String.join("\n\n", notes)).build();
            return new Candidate(c, place);
        } catch (ValidationException e) {
            throw place.error(e);
        }
    }

    private static boolean accepted(java.util.function.Consumer<Contact.Builder> field) {
        try {
            Contact.Builder probe = Contact.builder().firstName("probe");
            field.accept(probe);
            probe.build();
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }
}
