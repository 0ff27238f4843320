package app.orbit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole postal address as an address book keeps it: its kind ("home", "work"…, free text), the
 * street lines (PO box and extended address included, one per line), postcode, city, region and
 * country. At least one part besides the kind must be present.
 */
public record PostalAddress(String label, String street, String postcode, String city, String region,
        String country) {

    public static final int MAX_LABEL = 40;

    public PostalAddress {
        label = check("address.label", label, MAX_LABEL);
        street = check("address.street", street == null ? "" : street.strip(), Contact.MAX_SHORT);
        postcode = check("address.postcode", postcode, 40);
        city = check("address.city", city, Contact.MAX_SHORT);
        region = check("address.region", region, Contact.MAX_SHORT);
        country = check("address.country", country, Contact.MAX_SHORT);
        if (street.isEmpty() && postcode.isEmpty() && city.isEmpty() && region.isEmpty() && country.isEmpty()) {
            throw new ValidationException("address", "error.address.empty");
        }
    }

    /** Whether these parts hold no address at all (what a card's empty ADR gives). */
    public static boolean isEmpty(String street, String postcode, String city, String region, String country) {
        return Text.isBlank(street) && Text.isBlank(postcode) && Text.isBlank(city) && Text.isBlank(region)
                && Text.isBlank(country);
    }

    /** The address as lines to show: street lines, then "postcode city", region, country. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        street.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        String town = (postcode + " " + city).strip();
        if (!town.isEmpty()) {
            out.add(town);
        }
        if (!region.isEmpty()) {
            out.add(region);
        }
        if (!country.isEmpty()) {
            out.add(country);
        }
        return out;
    }

    private static String check(String field, String value, int max) {
        String v = value == null ? "" : value.strip();
        if (field.equals("address.street")) {
            v = v.replace("\r\n", "\n").replace('\r', '\n');
        } else {
            v = Text.clean(v);
        }
        if (v.length() > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw new ValidationException(field, "error.controlCharacters");
        }
        return v;
    }
}
