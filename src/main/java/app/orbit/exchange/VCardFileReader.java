package app.orbit.exchange;

import app.orbit.domain.Birthday;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Photo;
import app.orbit.domain.Text;
import app.orbit.domain.ValidationException;
import app.orbit.service.Messages;
import ezvcard.VCard;
import ezvcard.io.scribe.ScribeIndex;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.AddressType;
import ezvcard.property.Address;
import ezvcard.property.BinaryProperty;
import ezvcard.property.Categories;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Gender;
import ezvcard.property.Geo;
import ezvcard.property.ImageProperty;
import ezvcard.property.Impp;
import ezvcard.property.ListProperty;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.PlaceProperty;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;
import ezvcard.property.SimpleProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Timezone;
import ezvcard.property.Title;
import ezvcard.property.Uid;
import ezvcard.property.Url;
import ezvcard.property.VCardProperty;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * vCard 2.1, 3.0 and 4.0 files (ez-vcard). Kept: the name as written (FN) and its parts (given,
 * middle, family, prefix, suffix), emails, phones, organisation, title, birthday (with or without
 * the year), notes, categories as tags, every postal address whole (the first one's city is also
 * the contact's city), the picture, a profile URL. What Orbit has no field for (a nickname, a
 * second organisation, other web sites, instant messaging, an anniversary…) is written into the
 * notes as "label: value" lines rather than dropped; what cannot be kept at all (a certificate, a
 * sound, a picture over the size bound, a birthday that is not a date) is left out with a warning
 * naming the card and the property's line. Before parsing, the file's cards are located by their
 * BEGIN/END lines, so a truncated file or stray text is refused with the card and the line.
 */
final class VCardFileReader {

    /** Orbit's own fields in its vCard export, read back so that an export re-imports whole. */
    static final String X_HOW_WE_MET = "X-ORBIT-HOW-WE-MET";
    static final String X_NEEDS = "X-ORBIT-NEEDS";
    static final String X_OFFERS = "X-ORBIT-OFFERS";
    static final String X_KNOWN_SINCE = "X-ORBIT-KNOWN-SINCE";

    /**
     * Properties that say nothing about the person (bookkeeping of the program that wrote the
     * card, or a second form of something kept: LABEL is the printed form of an ADR).
     */
    private static final Set<String> BOOKKEEPING = Set.of("VERSION", "PRODID", "REV", "UID", "N", "FN", "SORT-STRING",
            "CLIENTPIDMAP", "SOURCE", "NAME", "PROFILE", "KIND", "LABEL", "MAILER", "CLASS", "X-ABUID", "X-ABLABEL",
            "X-ABADR", "X-ABSHOWAS", "X-MS-OL-DEFAULT-POSTAL-ADDRESS", "X-MS-OL-DESIGN", "X-EVOLUTION-FILE-AS",
            "X-EVOLUTION-LIST", "X-EVOLUTION-LIST-SHOW-ADDRESSES", "X-EVOLUTION-BOOK-URI",
            "X-COUCHDB-APPLICATION-ANNOTATIONS", "X-MOZILLA-HTML", "X-MOZILLA-PROPERTY", "X-PHONETIC-FIRST-NAME",
            "X-PHONETIC-LAST-NAME", "X-PHONETIC-MIDDLE-NAME", "X-GENERATOR", "X-ABPHONETICFIRSTNAME",
            "X-ABPHONETICLASTNAME", "X-IMAGETYPE", "X-IMAGEHASH", "X-WAB-GENDER", "X-AB-EDIT", "X-ANDROID-CUSTOM-ID");
    /** Handled one by one below. */
    private static final Set<String> KEPT = Set.of("EMAIL", "TEL", "ADR", "NOTE", "CATEGORIES", "PHOTO", "BDAY",
            X_HOW_WE_MET, X_NEEDS, X_OFFERS, X_KNOWN_SINCE);

    private final Messages messages;
    private final ScribeIndex scribes = new ScribeIndex();

    VCardFileReader(Messages messages) {
        this.messages = messages;
    }

    ParsedFile read(SourceText source, Progress progress) {
        List<CardLines> cards = locate(source);
        List<Candidate> candidates = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<OrbitException> warnings = new ArrayList<>();
        try (VCardReader reader = new VCardReader(source.text())) {
            reader.setDefaultQuotedPrintableCharset(quotedPrintableCharset(source));
            for (int n = 1; n <= cards.size(); n++) {
                progress.checkCancelled();
                CardLines lines = cards.get(n - 1);
                Place place = Place.card(source.name(), n, lines.start());
                VCard card;
                try {
                    card = reader.readNext();
                } catch (RuntimeException e) {
                    throw new OrbitException(e, "import.at.card", source.name(), n, place.line(),
                            new OrbitException("import.error.vcard"));
                }
                if (card == null) {
                    throw place.error("import.error.vcard");
                }
                DraftBuilder d = toDraft(card, new CardPlaces(source.name(), n, lines), warnings);
                if (!d.hasName()) {
                    skipped.add(Skip.of(place, "import.skip.noName"));
                } else {
                    Uid uid = card.getUid();
                    candidates.add(d.build(uid == null || uid.getValue() == null ? "" : uid.getValue()));
                }
                progress.update(n, cards.size());
            }
        } catch (IOException e) {
            throw Place.file(source.name()).error("import.error.vcard");
        }
        return new ParsedFile(source, ImportFormat.VCARD, candidates, List.of(), List.of(), Map.of(), BackupDtos.Extras.NONE, skipped, warnings);
    }

    /** The line each top-level card begins on; an error for a card never ended or text between cards. */
    static List<Integer> locateCards(SourceText source) {
        return locate(source).stream().map(CardLines::start).toList();
    }

    /** Where a card begins, and the line each of its properties begins on, by property name. */
    record CardLines(int start, Map<String, List<Integer>> properties) {
    }

    /** The places of one card's properties: "card 3 (line 41)" for the third card's BDAY on line 41. */
    private record CardPlaces(String file, int number, CardLines lines) {

        Place card() {
            return Place.card(file, number, lines.start());
        }

        /** The {@code index}th property of that name (0-based), or the card's first line when unknown. */
        Place of(String name, int index) {
            List<Integer> at = lines.properties().get(name);
            int line = at == null || at.isEmpty() ? lines.start() : at.get(Math.min(index, at.size() - 1));
            return Place.card(file, number, line);
        }
    }

    static List<CardLines> locate(SourceText source) {
        List<CardLines> cards = new ArrayList<>();
        int depth = 0;
        int lineNo = 0;
        Map<String, List<Integer>> properties = null;
        boolean softBreak = false;
        for (String line : (Iterable<String>) source.text().lines()::iterator) {
            lineNo++;
            String l = line.strip().toUpperCase(Locale.ROOT);
            // A property may carry a group prefix ("item1.") but BEGIN/END never do in practice.
            if (l.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    properties = new HashMap<>();
                    cards.add(new CardLines(lineNo, properties));
                }
                depth++;
                softBreak = false;
            } else if (l.equals("END:VCARD")) {
                if (depth == 0) {
                    throw Place.line(source.name(), lineNo).error("import.error.vcard.endWithoutBegin");
                }
                depth--;
                softBreak = false;
            } else if (depth == 0 && !l.isEmpty()) {
                throw Place.line(source.name(), lineNo).error("import.error.vcard.outside");
            } else if (depth == 1 && !line.isEmpty()) {
                boolean continued = softBreak || line.charAt(0) == ' ' || line.charAt(0) == '\t';
                if (!continued) {
                    String name = propertyName(l);
                    if (!name.isEmpty()) {
                        properties.computeIfAbsent(name, k -> new ArrayList<>()).add(lineNo);
                    }
                    softBreak = l.contains("QUOTED-PRINTABLE") && l.endsWith("=");
                } else {
                    softBreak = softBreak && l.endsWith("=");
                }
            }
        }
        if (depth > 0) {
            int n = cards.size();
            throw Place.card(source.name(), n, cards.get(n - 1).start()).error("import.error.vcard.truncated");
        }
        if (cards.isEmpty()) {
            throw Place.file(source.name()).error("import.error.vcard.noCard");
        }
        return cards;
    }

    /**
     * The charset of quoted-printable values that do not name theirs. vCard 2.1 says ASCII, but
     * Outlook 2003 writes its Windows-1252 bytes ("Pr=E9f=E8re") and Android its UTF-8 ones
     * ("=C3=A9"): the file's own legacy encoding when it has one, else UTF-8 unless those bytes
     * are not UTF-8, then Windows-1252.
     */
    static java.nio.charset.Charset quotedPrintableCharset(SourceText source) {
        if (source.legacyCharset() != null) {
            return source.legacyCharset();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        boolean inside = false;
        for (String line : (Iterable<String>) source.text().lines()::iterator) {
            String upper = line.toUpperCase(Locale.ROOT);
            int colon = upper.indexOf(':');
            boolean starts = colon > 0 && upper.substring(0, colon).contains("QUOTED-PRINTABLE")
                    && !upper.substring(0, colon).contains("CHARSET=");
            if (!starts && !inside) {
                continue;
            }
            String value = starts ? line.substring(colon + 1) : line;
            for (int i = 0; i + 2 < value.length(); i++) {
                if (value.charAt(i) == '=') {
                    int high = Character.digit(value.charAt(i + 1), 16);
                    int low = Character.digit(value.charAt(i + 2), 16);
                    if (high >= 0 && low >= 0) {
                        bytes.write(high * 16 + low);
                        i += 2;
                    }
                }
            }
            inside = line.endsWith("=");
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return java.nio.charset.StandardCharsets.UTF_8;
        } catch (java.nio.charset.CharacterCodingException e) {
            return SourceText.WINDOWS_1252;
        }
    }

    /** "ITEM1.EMAIL;TYPE=WORK:…" is EMAIL. */
    private static String propertyName(String upperLine) {
        int end = upperLine.length();
        for (char c : new char[] {':', ';'}) {
            int at = upperLine.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String name = upperLine.substring(0, end);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    private DraftBuilder toDraft(VCard card, CardPlaces at, List<OrbitException> warnings) {
        DraftBuilder d = new DraftBuilder(at.card(), warnings).nameFallback();
        String first = "";
        String last = "";
        StructuredName n = card.getStructuredName();
        if (n != null) {
            first = Text.clean(n.getGiven());
            last = Text.clean(n.getFamily());
            d.middleName(String.join(" ", n.getAdditionalNames().stream().map(Text::clean).filter(x -> !x.isEmpty())
                    .toList()));
            d.namePrefix(String.join(" ", n.getPrefixes().stream().map(Text::clean).filter(x -> !x.isEmpty())
                    .toList()));
            d.nameSuffix(String.join(" ", n.getSuffixes().stream().map(Text::clean).filter(x -> !x.isEmpty())
                    .toList()));
        }
        FormattedName fn = card.getFormattedName();
        String whole = fn == null ? "" : Text.clean(fn.getValue());
        // A card named after its email or its organisation (a shop, Apple's company cards, Orbit's own
        // export of such a card) has no first and last name to cut out of it.
        Organization org0 = card.getOrganization();
        boolean namedAfterSomethingElse = !whole.isEmpty() && (card.getEmails().stream()
                .anyMatch(e -> whole.equalsIgnoreCase(Text.clean(e.getValue()))) || org0 != null && whole.equals(String.join(", ", org0.getValues().stream()
                .map(Text::clean).filter(x -> !x.isEmpty()).toList())));
        if (first.isEmpty() && last.isEmpty() && (n == null || n.getAdditionalNames().isEmpty())
                && !namedAfterSomethingElse) {
            int space = whole.lastIndexOf(' ');
            first = space < 0 ? whole : whole.substring(0, space).strip();
            last = space < 0 ? "" : whole.substring(space + 1);
        }
        d.name(first, last).writtenName(whole);
        List<String> details = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String profile = "";
        Place profileAt = null;
        List<String[]> webSites = new ArrayList<>();
        boolean organisationTaken = false;
        boolean titleTaken = false;
        boolean birthdayTaken = false;
        for (VCardProperty p : card.getProperties()) {
            String name = p instanceof RawProperty raw ? raw.getPropertyName().toUpperCase(Locale.ROOT)
                    : scribes.getPropertyScribe(p).getPropertyName().toUpperCase(Locale.ROOT);
            int index = seen.merge(name, 1, Integer::sum) - 1;
            Place where = at.of(name, index);
            if (BOOKKEEPING.contains(name) || name.startsWith("X-ORBIT-") && !KEPT.contains(name)) {
                continue;
            }
            if (p instanceof Email e) {
                d.email(e.getValue(), where);
            } else if (p instanceof Telephone t) {
                String number = t.getText();
                if (number == null && t.getUri() != null) {
                    number = t.getUri().getNumber()
                            + (t.getUri().getExtension() == null ? "" : " x" + t.getUri().getExtension());
                }
                d.phone(number, where);
            } else if (p instanceof Organization org) {
                String value = String.join(", ", org.getValues().stream().map(Text::clean).filter(x -> !x.isEmpty())
                        .toList());
                if (!organisationTaken) {
                    d.organisation(value);
                    organisationTaken = !value.isEmpty();
                } else {
                    detail(details, "ORG", value);
                }
            } else if (p instanceof Title t) {
                if (!titleTaken) {
                    d.title(t.getValue());
                    titleTaken = !Text.isBlank(t.getValue());
                } else {
                    detail(details, "TITLE", t.getValue());
                }
            } else if (p instanceof Address a) {
                // 3.0 and 4.0 allow several values per part ("Street4\nBuilding 6", or comma-separated).
                String street = String.join("\n", java.util.stream.Stream.of(a.getPoBoxes(), a.getExtendedAddresses(),
                        a.getStreetAddresses()).flatMap(List::stream).map(Text::clean).filter(x -> !x.isEmpty())
                        .toList());
                d.address(label(a), street, a.getPostalCode(), a.getLocality(), a.getRegion(), a.getCountry(), where);
            } else if (p instanceof Note note) {
                d.note(note.getValue());
            } else if (p instanceof Categories c) {
                c.getValues().forEach(d::tag);
            } else if (p instanceof Url u) {
                String v = Text.clean(u.getValue());
                if (!v.isEmpty()) {
                    webSites.add(new String[] {v, name});
                }
            } else if (p instanceof ezvcard.property.Birthday bday && !birthdayTaken) {
                birthdayTaken = birthday(bday, d, details, where);
            } else if (p instanceof ImageProperty image && name.equals("PHOTO")) {
                photo(image, d, where);
            } else if (p instanceof RawProperty raw) {
                String v = name.startsWith("X-ORBIT-") ? unescape(raw.getValue()) : raw.getValue();
                if (name.equals("X-SOCIALPROFILE") && v != null && v.contains("linkedin.com")) {
                    profile = Text.clean(v);
                    profileAt = where;
                } else if (name.equals(X_HOW_WE_MET)) {
                    d.howWeMet(v);
                } else if (name.equals(X_NEEDS)) {
                    d.raw().needs(v);
                } else if (name.equals(X_OFFERS)) {
                    d.raw().offers(v);
                } else if (name.equals(X_KNOWN_SINCE)) {
                    try {
                        d.knownSince(LocalDate.parse(Text.clean(v)));
                    } catch (DateTimeException e) {
                        throw where.error("import.error.date", v);
                    }
                } else if (name.equals("BDAY") && !birthdayTaken) {
                    // ez-vcard leaves a BDAY it cannot read as a date raw ("circa 1800" without VALUE=text).
                    birthdayTaken = true;
                    birthdayText(v, d, details, where);
                } else {
                    detail(details, name, v);
                }
            } else if (p instanceof BinaryProperty<?> || p instanceof ezvcard.property.Agent
                    || p instanceof ezvcard.property.Xml) {
                d.warn(where, "import.warning.property", name);
            } else {
                String v = text(p);
                if (v == null) {
                    d.warn(where, "import.warning.property", name);
                } else {
                    detail(details, name, v);
                }
            }
        }
        // The profile: a LinkedIn one when there is one, else the first web site; the others go to the notes.
        for (String[] w : webSites) {
            if (profile.isEmpty() || w[0].contains("linkedin.com/in/") && !profile.contains("linkedin.com/in/")) {
                if (!profile.isEmpty() && profileAt == null) {
                    detail(details, "URL", profile);
                }
                profile = w[0];
            } else {
                detail(details, "URL", w[0]);
            }
        }
        if (profile.chars().anyMatch(Character::isWhitespace) || profile.length() > app.orbit.domain.Contact.MAX_URL) {
            detail(details, "URL", profile);
            profile = "";
        }
        d.profileUrl(profile);
        if (!details.isEmpty()) {
            d.note(String.join("\n", details));
        }
        return d;
    }

    private static String label(Address a) {
        for (AddressType t : a.getTypes()) {
            String v = t.getValue().toLowerCase(Locale.ROOT);
            if (!v.equals("pref") && !v.equals("postal") && !v.equals("parcel") && !v.equals("dom")
                    && !v.equals("intl")) {
                return v.length() > app.orbit.domain.PostalAddress.MAX_LABEL ? "" : v;
            }
        }
        return "";
    }

    /** A "label: value" line for the notes, the label in the user's language when Orbit knows the property. */
    private void detail(List<String> details, String property, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return;
        }
        String key = "import.detail." + property.toLowerCase(Locale.ROOT);
        String label = messages.has(key) ? messages.get(key) : property;
        details.add(label + ": " + v);
    }

    /** The value of a property Orbit has no field for, as text; null when it has none to show. */
    private static String text(VCardProperty p) {
        if (p instanceof Impp i) {
            return i.getUri() == null ? null : i.getUri().toString();
        }
        if (p instanceof Related r) {
            return r.getText() != null ? r.getText() : r.getUri();
        }
        if (p instanceof Gender g) {
            return String.join(" ", java.util.stream.Stream.of(g.getGender(), g.getText())
                    .filter(x -> x != null && !x.isBlank()).toList());
        }
        if (p instanceof Geo g) {
            return g.getLatitude() == null ? null : g.getLatitude() + ", " + g.getLongitude();
        }
        if (p instanceof Timezone tz) {
            return tz.getText() != null ? tz.getText() : tz.getOffset() != null ? tz.getOffset().toString() : null;
        }
        if (p instanceof PlaceProperty pl) {
            return pl.getText() != null ? pl.getText() : pl.getUri();
        }
        if (p instanceof DateOrTimeProperty dt) {
            if (dt.getText() != null) {
                return dt.getText();
            }
            if (dt.getPartialDate() != null) {
                return dt.getPartialDate().toISO8601(true);
            }
            Temporal t = dt.getDate();
            return t == null ? null : dateOf(t) == null ? t.toString() : dateOf(t).toString();
        }
        if (p instanceof ListProperty<?> list) {
            return String.join(", ", list.getValues().stream().map(String::valueOf).toList());
        }
        if (p instanceof SimpleProperty<?> simple) {
            return simple.getValue() == null ? null : String.valueOf(simple.getValue());
        }
        return null;
    }

    /** The date a temporal names: a date-time in UTC ("1985-01-28T00:00:00Z") gives its day as written. */
    private static LocalDate dateOf(Temporal t) {
        if (t instanceof Instant i) {
            return i.atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (t.isSupported(ChronoField.YEAR) && t.isSupported(ChronoField.MONTH_OF_YEAR)
                && t.isSupported(ChronoField.DAY_OF_MONTH)) {
            return LocalDate.of(t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR),
                    t.get(ChronoField.DAY_OF_MONTH));
        }
        return null;
    }

    /**
     * Apple Contacts and Thunderbird CardBook write a birthday without a year as year 1604 (the
     * first leap year of the Gregorian calendar's first full century): it is no year at all.
     */
    static final int NO_YEAR = 1604;

    /** Keeps the birthday; one that is not a date goes to the notes with a warning. Whether one was read. */
    private boolean birthday(ezvcard.property.Birthday bday, DraftBuilder d, List<String> details, Place where) {
        Temporal date = bday.getDate();
        if (date != null) {
            LocalDate day = dateOf(date);
            if (day != null) {
                return keepBirthday(day.getYear(), day.getMonthValue(), day.getDayOfMonth(), day.toString(), d,
                        details, where);
            }
        }
        PartialDate partial = bday.getPartialDate();
        if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
            return keepBirthday(partial.getYear(), partial.getMonth(), partial.getDate(), partial.toISO8601(true), d,
                    details, where);
        }
        String text = bday.getText();
        if (text == null && partial != null) {
            text = partial.toISO8601(true);
        }
        return birthdayText(text == null && date != null ? date.toString() : text, d, details, where);
    }

    private boolean birthdayText(String text, DraftBuilder d, List<String> details, Place where) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            Birthday b = Birthday.parse(text.strip());
            return keepBirthday(b.year(), b.monthDay().getMonthValue(), b.monthDay().getDayOfMonth(), text, d, details,
                    where);
        } catch (ValidationException e) {
            detail(details, "BDAY", text);
            d.warn(where, "import.warning.birthday", text.strip());
            return true;
        }
    }

    private boolean keepBirthday(Integer year, int month, int day, String raw, DraftBuilder d, List<String> details,
            Place where) {
        try {
            MonthDay md = MonthDay.of(month, day);
            Integer y = year == null || year == NO_YEAR ? null : year;
            d.birthday(new Birthday(md, y));
        } catch (DateTimeException | ValidationException e) {
            detail(details, "BDAY", raw);
            d.warn(where, "import.warning.birthday", raw);
        }
        return true;
    }

    /** The card's picture, from its bytes; one at a web address or over the bound is left out with a warning. */
    private static void photo(ImageProperty image, DraftBuilder d, Place where) {
        if (d.hasPhoto()) {
            d.warn(where, "import.warning.photo.second");
            return;
        }
        byte[] data = image.getData();
        if (data == null) {
            d.warn(where, "import.warning.photo.url", Text.clean(image.getUrl()));
            return;
        }
        if (data.length > Photo.MAX_BYTES) {
            d.warn(where, "import.warning.photo.tooBig", data.length / 1024, Photo.MAX_BYTES / 1024);
            return;
        }
        String type = image.getContentType() == null || image.getContentType().getMediaType() == null ? "image/jpeg"
                : image.getContentType().getMediaType();
        try {
            d.photo(new Photo(type.startsWith("image/") ? type : "image/jpeg", data));
        } catch (ValidationException e) {
            d.warn(where, "import.warning.photo", new OrbitException(e.key(), e.args()));
        }
    }

    /**
     * Orbit's X- value with RFC 6350 TEXT escapes undone (backslash-n or backslash-N a line break;
     * a backslash before a backslash, comma or semicolon that character): ez-vcard hands an
     * unknown property's value over raw. See
     * {@link VCardExport#escape}. A backslash before any other character is kept.
     */
    static String unescape(String value) {
        if (value == null || value.indexOf('\\') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                if (next == 'n' || next == 'N') {
                    b.append('\n');
                    i++;
                    continue;
                }
                if (next == '\\' || next == ',' || next == ';') {
                    b.append(next);
                    i++;
                    continue;
                }
            }
            b.append(ch);
        }
        return b.toString();
    }
}
