package app.orbit.exchange;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Photo;
import app.orbit.domain.PostalAddress;
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
    private String written = "";
    private boolean nameFallback;

    DraftBuilder(Place place, List<OrbitException> warnings) {
        this.place = place;
        this.warnings = warnings;
    }

    DraftBuilder name(String firstName, String lastName) {
        first = Text.clean(firstName);
        last = Text.clean(lastName);
        return this;
    }

    /**
     * The name as the file writes it in one piece (vCard FN, "Display Name"), kept when the
     * parts do not already say it: "Mr. John R. Doe Sr." beside John and Doe.
     */
    DraftBuilder writtenName(String v) {
        written = Text.clean(v);
        return this;
    }

    /**
     * A card without any name is imported under its organisation, or else its first email, with a
     * warning, rather than skipped (address books hold many such cards: a shop, a mailing list).
     */
    DraftBuilder nameFallback() {
        nameFallback = true;
        return this;
    }

    boolean hasName() {
        if (!first.isEmpty() || !last.isEmpty() || !written.isEmpty()) {
            return true;
        }
        try {
            Contact probe = builder.firstName("probe").build();
            return nameFallback && (!probe.emails().isEmpty() || !probe.organisation().isEmpty());
        } catch (ValidationException e) {
            return true; // build() reports it with the place
        }
    }

    /** The place warnings about values of this person cite: the card, at the property's line. */
    Place place() {
        return place;
    }

    DraftBuilder email(String value) {
        return email(value, place);
    }

    DraftBuilder email(String value, Place at) {
        String v = Text.clean(value);
        if (!v.isEmpty()) {
            if (Contact.isEmail(v)) {
                builder.email(v);
            } else {
                warnings.add(at.error("import.warning.email", v));
            }
        }
        return this;
    }

    DraftBuilder phone(String value) {
        return phone(value, place);
    }

    DraftBuilder phone(String value, Place at) {
        String v = Text.clean(value);
        if (!v.isEmpty()) {
            if (Contact.isPhone(v)) {
                builder.phone(v);
            } else {
                warnings.add(at.error("import.warning.phone", v));
            }
        }
        return this;
    }

    /** A value not kept, with the reason's message key: the user sees it in the preview. */
    DraftBuilder warn(Place at, String key, Object... args) {
        warnings.add(at.error(key, args));
        return this;
    }

    DraftBuilder middleName(String v) {
        builder.middleName(v);
        return this;
    }

    DraftBuilder namePrefix(String v) {
        builder.namePrefix(v);
        return this;
    }

    DraftBuilder nameSuffix(String v) {
        builder.nameSuffix(v);
        return this;
    }

    /** A postal address; one the domain refuses (too long…) is left out with a warning. */
    DraftBuilder address(String label, String street, String postcode, String city, String region, String country,
            Place at) {
        if (PostalAddress.isEmpty(street, postcode, city, region, country)) {
            return this;
        }
        boolean cityOnly = Text.isBlank(street) && Text.isBlank(postcode) && Text.isBlank(region)
                && Text.isBlank(country);
        boolean noCity = city().isEmpty();
        if (noCity && !Text.isBlank(city)) {
            builder.city(city);
        }
        if (cityOnly && noCity) {
            // "ADR:;;;;Lyon;;" is all Orbit's own export writes for a city: the contact's city, no address.
            return this;
        }
        try {
            builder.address(new PostalAddress(label, street, postcode, city, region, country));
        } catch (ValidationException e) {
            warnings.add(at.error("import.warning.address", new OrbitException(e.key(), e.args())));
        }
        return this;
    }

    private String city() {
        try {
            return builder.firstName("probe").build().city();
        } catch (ValidationException e) {
            return "";
        }
    }

    DraftBuilder photo(Photo p) {
        builder.photo(p);
        return this;
    }

    /** Whether a photo is already kept (a card may carry several; the first one is the picture). */
    boolean hasPhoto() {
        try {
            return builder.firstName("probe").build().photo() != null;
        } catch (ValidationException e) {
            return false;
        }
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
        // One kind of line break (Outlook writes CR LF): a vCard export writes them all as \n anyway.
        String s = v == null ? "" : v.replace("\r\n", "\n").replace('\r', '\n').strip();
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
        return build("");
    }

    /** The same, with the file's own id for the person (vCard UID), "" when it has none. */
    Candidate build(String uid) {
        try {
            builder.firstName(first).lastName(last).notes(String.join("\n\n", notes));
            Contact parts = builder.formattedName("probe").build();
            String composed = Contact.displayName(first, last);
            String full = parts.fullName();
            String shown = !written.isEmpty() ? written : full;
            builder.formattedName(shown.equals(composed) ? "" : shown);
            if (shown.isEmpty()) {
                // A shop's card with a generic address (info@…) is better known by its name.
                if (!parts.organisation().isEmpty()) {
                    builder.formattedName(parts.organisation());
                    warnings.add(place.error("import.warning.nameFromOrganisation", parts.organisation()));
                } else if (!parts.emails().isEmpty()) {
                    builder.formattedName(parts.emails().get(0));
                    warnings.add(place.error("import.warning.nameFromEmail", parts.emails().get(0)));
                }
            }
            Contact c = builder.build();
            return new Candidate(c, place, 0, uid);
        } catch (ValidationException e) {
            throw place.error(e);
        }
    }
}
