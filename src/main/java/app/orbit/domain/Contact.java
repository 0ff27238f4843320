package app.orbit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A person in the user's network. Immutable; the constructor validates and normalises every
 * field. {@code id} is null until the contact is stored; {@code lastTouch} is maintained by the
 * store (the latest interaction, or {@code knownSince} when there is none). {@code formattedName} is
 * the name as the person's card wrote it ("Mr. John R. Doe Sr.", vCard's FN), empty when the
 * parts say it all; it is what is shown when set.
 */
public record Contact(
        Long id,
        String firstName,
        String lastName,
        List<String> emails,
        List<String> phones,
        String organisation,
        String title,
        String city,
        List<String> tags,
        Birthday birthday,
        String howWeMet,
        Long introducedById,
        String notes,
        String needs,
        String offers,
        String profileUrl,
        String formattedName,
        String middleName,
        String namePrefix,
        String nameSuffix,
        List<PostalAddress> addresses,
        Photo photo,
        Circle circle,
        Integer cadenceOverride,
        boolean archived,
        LocalDate knownSince,
        LocalDate lastTouch,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public static final int MAX_NAME = 200;
    public static final int MAX_SHORT = 300;
    public static final int MAX_LONG = 4000;
    public static final int MAX_NOTES = 100_000;
    public static final int MAX_CADENCE = 3650;
    public static final int MAX_TAG = 60;
    public static final int MAX_URL = 500;
    /** Letters too: vanity numbers ("1 800 ELEPHANT") are dialled from their letters. */
    private static final Pattern PHONE = Pattern.compile("[+0-9A-Za-z ().\\-/#*]{2,40}|(ext\\.? ?)[0-9]+");
    public static final int MAX_ADDRESSES = 20;

    public Contact {
        firstName = checkLength("firstName", Text.clean(firstName), MAX_NAME);
        lastName = checkLength("lastName", Text.clean(lastName), MAX_NAME);
        formattedName = checkLength("formattedName", Text.clean(formattedName), 2 * MAX_NAME);
        middleName = checkLength("middleName", Text.clean(middleName), MAX_NAME);
        namePrefix = checkLength("namePrefix", Text.clean(namePrefix), 100);
        nameSuffix = checkLength("nameSuffix", Text.clean(nameSuffix), 100);
        if (firstName.isEmpty() && lastName.isEmpty() && formattedName.isEmpty()) {
            throw new ValidationException("firstName", "error.contact.name.required");
        }
        emails = normaliseEmails(emails);
        phones = normalisePhones(phones);
        organisation = checkLength("organisation", Text.clean(organisation), MAX_SHORT);
        title = checkLength("title", Text.clean(title), MAX_SHORT);
        city = checkLength("city", Text.clean(city), MAX_SHORT);
        tags = normaliseTags(tags);
        howWeMet = checkLength("howWeMet", Text.clean(howWeMet), MAX_LONG);
        notes = checkLength("notes", notes == null ? "" : notes.strip(), MAX_NOTES);
        needs = checkLength("needs", Text.clean(needs), MAX_LONG);
        offers = checkLength("offers", Text.clean(offers), MAX_LONG);
        profileUrl = checkLength("profileUrl", Text.clean(profileUrl), MAX_URL);
        if (hasWhitespace(profileUrl)) {
            throw new ValidationException("profileUrl", "error.contact.profileUrl.invalid", profileUrl);
        }
        addresses = addresses == null ? List.of() : List.copyOf(new LinkedHashSet<>(addresses));
        if (addresses.size() > MAX_ADDRESSES) {
            throw new ValidationException("address", "error.contact.addresses.tooMany", MAX_ADDRESSES);
        }
        Objects.requireNonNull(circle, "circle");
        if (cadenceOverride != null && (cadenceOverride < 1 || cadenceOverride > MAX_CADENCE)) {
            throw new ValidationException("cadence", "error.contact.cadence.range", MAX_CADENCE);
        }
        if (id != null && id.equals(introducedById)) {
            throw new ValidationException("introducedBy", "error.contact.introducedBy.self");
        }
        if (id != null) {
            // Only a draft may leave it out: the service sets it to today when storing.
            Objects.requireNonNull(knownSince, "knownSince");
        }
        if (lastTouch == null) {
            lastTouch = knownSince;
        }
    }

    /** The name as written when there is one, else "First Last" (or whichever part is present). */
    public String displayName() {
        return formattedName.isEmpty() ? displayName(firstName, lastName) : formattedName;
    }

    /** Prefix, first, middle and last names and suffix, as far as present: "Mr. John Richter Doe Sr.". */
    public String fullName() {
        StringBuilder sb = new StringBuilder();
        for (String s : new String[] {namePrefix, firstName, middleName, lastName, nameSuffix}) {
            if (!s.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
        }
        return sb.toString();
    }

    /** The folded full name under which imports compare people: "Cécile  DUPONT" is "cecile dupont". */
    public String nameKey() {
        return Text.fold(displayName());
    }

    public static String displayName(String first, String last) {
        if (first == null || first.isEmpty()) {
            return last == null ? "" : last;
        }
        return last == null || last.isEmpty() ? first : first + " " + last;
    }

    public boolean isStored() {
        return id != null;
    }

    /**
     * The key under which profile URLs are compared: "https://www.LinkedIn.com/in/jdoe/?x=1" and
     * "linkedin.com/in/jdoe" are the same profile. Empty for an empty URL.
     */
    public static String profileKey(String url) {
        String s = Text.clean(url).toLowerCase(Locale.ROOT);
        int from = schemeEnd(s);
        if (s.startsWith("www.", from) && s.startsWith("linkedin.com", from + 4)) {
            from += 4;
        } else if (s.length() > from + 2 && isLowerLetter(s.charAt(from)) && isLowerLetter(s.charAt(from + 1))
                && s.charAt(from + 2) == '.' && s.startsWith("linkedin.com", from + 3)) {
            from += 3; // A country's host: "fr.linkedin.com".
        }
        int cut = s.length();
        for (char ch : new char[] {'?', '#'}) {
            int at = s.indexOf(ch, from);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        while (cut > from && s.charAt(cut - 1) == '/') {
            cut--;
        }
        return s.substring(from, cut);
    }

    /** Where a URL's scheme ("https://") ends: a letter, then letters, digits, "+", "." or "-", then "://"; else 0. */
    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isLowerLetter(s.charAt(0))) {
            return 0;
        }
        int i = 1;
        while (i < s.length() && (isLowerLetter(s.charAt(i)) || s.charAt(i) >= '0' && s.charAt(i) <= '9'
                || s.charAt(i) == '+' || s.charAt(i) == '.' || s.charAt(i) == '-')) {
            i++;
        }
        return s.startsWith("://", i) ? i + 3 : 0;
    }

    private static boolean isLowerLetter(char ch) {
        return ch >= 'a' && ch <= 'z';
    }

    /** Identity, kept apart from equals: the same stored contact, whatever its field values. */
    public boolean isSameContact(Contact other) {
        return other != null && id != null && id.equals(other.id);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    private static String checkLength(String field, String value, int max) {
        if (value.length() > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        // Loops, not streams: a contact is built several times per row of an import, most of
        // them in a command's cold JVM, where each stream pipeline costs far more than the check.
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                throw new ValidationException(field, "error.controlCharacters");
            }
        }
        return value;
    }

    private static boolean hasWhitespace(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a contact can hold this address: at most 320 characters, one "@" with something on
     * each side, and no white space (the regular expression {@code [^@\s]+@[^@\s]+}, by hand: an
     * import checks every address of its file).
     */
    public static boolean isEmail(String s) {
        int at = s.indexOf('@');
        if (s.length() > 320 || at <= 0 || at == s.length() - 1 || s.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return false;
            }
        }
        return true;
    }

    /** Whether a contact can hold this phone number: its characters, 2 to 40 of them (or an extension), a digit. */
    public static boolean isPhone(String s) {
        return PHONE.matcher(s).matches() && s.chars().anyMatch(Character::isDigit);
    }

    private static List<String> normaliseEmails(List<String> raw) {
        return normalised(raw, Contact::isEmail, "email", "error.contact.email.invalid");
    }

    /** Cleaned, blanks dropped, duplicates once, in order; one that {@code valid} refuses is an error. */
    private static List<String> normalised(List<String> raw, java.util.function.Predicate<String> valid, String field,
            String invalid) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String e : raw) {
            String s = Text.clean(e);
            if (s.isEmpty()) {
                continue;
            }
            if (!valid.test(s)) {
                throw new ValidationException(field, invalid, s);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static List<String> normalisePhones(List<String> raw) {
        return normalised(raw, Contact::isPhone, "phone", "error.contact.phone.invalid");
    }

    private static List<String> normaliseTags(List<String> raw) {
        if (raw == null || raw.isEmpty()) {
            return List.of();
        }
        Set<String> out = new TreeSet<>();
        for (String t : raw) {
            String s = normaliseTag(t);
            if (s.isEmpty()) {
                continue;
            }
            if (s.length() > MAX_TAG) {
                throw new ValidationException("tags", "error.contact.tag.tooLong", MAX_TAG);
            }
            out.add(s);
        }
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** A tag as contacts store it: trimmed, spaces collapsed, lower case, without a leading '#'; "" when blank. */
    public static String normaliseTag(String raw) {
        String s = SPACES.matcher(Text.clean(raw)).replaceAll(" ").toLowerCase(Locale.ROOT);
        return s.startsWith("#") ? s.substring(1).strip() : s;
    }

    /** Mutable helper for building a contact field by field; build() validates. */
    public static final class Builder {
        private Long id;
        private String firstName = "";
        private String lastName = "";
        private List<String> emails = new ArrayList<>();
        private List<String> phones = new ArrayList<>();
        private String organisation = "";
        private String title = "";
        private String city = "";
        private List<String> tags = new ArrayList<>();
        private Birthday birthday;
        private String howWeMet = "";
        private Long introducedById;
        private String notes = "";
        private String needs = "";
        private String offers = "";
        private String profileUrl = "";
        private String formattedName = "";
        private String middleName = "";
        private String namePrefix = "";
        private String nameSuffix = "";
        private List<PostalAddress> addresses = new ArrayList<>();
        private Photo photo;
        private Circle circle = Circle.NETWORK;
        private Integer cadenceOverride;
        private boolean archived;
        private LocalDate knownSince;
        private LocalDate lastTouch;
        private Instant createdAt;
        private Instant updatedAt;
        private long version;

        private Builder() {
        }

        private Builder(Contact c) {
            id = c.id;
            firstName = c.firstName;
            lastName = c.lastName;
            emails = new ArrayList<>(c.emails);
            phones = new ArrayList<>(c.phones);
            organisation = c.organisation;
            title = c.title;
            city = c.city;
            tags = new ArrayList<>(c.tags);
            birthday = c.birthday;
            howWeMet = c.howWeMet;
            introducedById = c.introducedById;
            notes = c.notes;
            needs = c.needs;
            offers = c.offers;
            profileUrl = c.profileUrl;
            formattedName = c.formattedName;
            middleName = c.middleName;
            namePrefix = c.namePrefix;
            nameSuffix = c.nameSuffix;
            addresses = new ArrayList<>(c.addresses);
            photo = c.photo;
            circle = c.circle;
            cadenceOverride = c.cadenceOverride;
            archived = c.archived;
            knownSince = c.knownSince;
            lastTouch = c.lastTouch;
            createdAt = c.createdAt;
            updatedAt = c.updatedAt;
            version = c.version;
        }

        public Builder id(Long v) { id = v; return this; }
        public Builder firstName(String v) { firstName = v; return this; }
        public Builder lastName(String v) { lastName = v; return this; }
        public Builder emails(List<String> v) { emails = new ArrayList<>(v); return this; }
        public Builder email(String v) { emails.add(v); return this; }
        public Builder phones(List<String> v) { phones = new ArrayList<>(v); return this; }
        public Builder phone(String v) { phones.add(v); return this; }
        public Builder organisation(String v) { organisation = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder city(String v) { city = v; return this; }
        public Builder tags(List<String> v) { tags = new ArrayList<>(v); return this; }
        public Builder tag(String v) { tags.add(v); return this; }
        public Builder birthday(Birthday v) { birthday = v; return this; }
        public Builder howWeMet(String v) { howWeMet = v; return this; }
        public Builder introducedById(Long v) { introducedById = v; return this; }
        public Builder notes(String v) { notes = v; return this; }
        public Builder needs(String v) { needs = v; return this; }
        public Builder offers(String v) { offers = v; return this; }
        public Builder profileUrl(String v) { profileUrl = v; return this; }
        public Builder formattedName(String v) { formattedName = v; return this; }
        public Builder middleName(String v) { middleName = v; return this; }
        public Builder namePrefix(String v) { namePrefix = v; return this; }
        public Builder nameSuffix(String v) { nameSuffix = v; return this; }
        public Builder addresses(List<PostalAddress> v) { addresses = new ArrayList<>(v); return this; }
        public Builder address(PostalAddress v) { addresses.add(v); return this; }
        public Builder photo(Photo v) { photo = v; return this; }
        public Builder circle(Circle v) { circle = v; return this; }
        public Builder cadenceOverride(Integer v) { cadenceOverride = v; return this; }
        public Builder archived(boolean v) { archived = v; return this; }
        public Builder knownSince(LocalDate v) { knownSince = v; return this; }
        public Builder lastTouch(LocalDate v) { lastTouch = v; return this; }
        public Builder createdAt(Instant v) { createdAt = v; return this; }
        public Builder updatedAt(Instant v) { updatedAt = v; return this; }
        public Builder version(long v) { version = v; return this; }

        public Contact build() {
            return new Contact(id, firstName, lastName, emails, phones, organisation, title, city, tags, birthday,
                    howWeMet, introducedById, notes, needs, offers, profileUrl, formattedName, middleName, namePrefix,
                    nameSuffix, addresses, photo, circle, cadenceOverride, archived, knownSince,
                    lastTouch, createdAt, updatedAt, version);
        }
    }
}
