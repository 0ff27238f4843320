package app.orbit.exchange;

import app.orbit.domain.Birthday;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Text;
import app.orbit.domain.ValidationException;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Address;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.FormattedName;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Title;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * vCard 2.1, 3.0 and 4.0 files (ez-vcard): names, emails, phones, organisation, title, birthday
 * (with or without the year), notes, categories as tags, the city of the first address, a
 * LinkedIn or other profile URL. Folded lines and quoted-printable are ez-vcard's business; photos
 * are ignored. Before parsing, the file's cards are located by their BEGIN/END lines, so a
 * truncated file or stray text is refused with the card and the line.
 */
final class VCardFileReader {

    /** Orbit's own fields in its vCard export, read back so that an export re-imports whole. */
    static final String X_HOW_WE_MET = "X-ORBIT-HOW-WE-MET";
    static final String X_NEEDS = "X-ORBIT-NEEDS";
    static final String X_OFFERS = "X-ORBIT-OFFERS";
    static final String X_KNOWN_SINCE = "X-ORBIT-KNOWN-SINCE";

    ParsedFile read(SourceText source, Progress progress) {
        List<Integer> starts = locateCards(source);
        List<Candidate> candidates = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<OrbitException> warnings = new ArrayList<>();
        try (VCardReader reader = new VCardReader(source.text())) {
            for (int n = 1; n <= starts.size(); n++) {
                progress.checkCancelled();
                Place place = Place.card(source.name(), n, starts.get(n - 1));
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
                DraftBuilder d = toDraft(card, place, warnings);
                if (!d.hasName()) {
                    skipped.add(Skip.of(place, "import.skip.noName"));
                } else {
                    candidates.add(d.build());
                }
                progress.update(n, starts.size());
            }
        } catch (IOException e) {
            throw Place.file(source.name()).error("import.error.vcard");
        }
        return new ParsedFile(source, ImportFormat.VCARD, candidates, List.of(), List.of(), Map.of(), BackupDtos.Extras.NONE, skipped, warnings);
    }

    /** The line each top-level card begins on; an error for a card never ended or text between cards. */
    static List<Integer> locateCards(SourceText source) {
        List<Integer> starts = new ArrayList<>();
        int depth = 0;
        int lineNo = 0;
        for (String line : (Iterable<String>) source.text().lines()::iterator) {
            lineNo++;
            String l = line.strip().toUpperCase(Locale.ROOT);
            // A property may carry a group prefix ("item1.") but BEGIN/END never do in practice.
            if (l.equals("BEGIN:VCARD")) {
                if (depth == 0) {
                    starts.add(lineNo);
                }
                depth++;
            } else if (l.equals("END:VCARD")) {
                if (depth == 0) {
                    throw Place.line(source.name(), lineNo).error("import.error.vcard.endWithoutBegin");
                }
                depth--;
            } else if (depth == 0 && !l.isEmpty()) {
                throw Place.line(source.name(), lineNo).error("import.error.vcard.outside");
            }
        }
        if (depth > 0) {
            int n = starts.size();
            throw Place.card(source.name(), n, starts.get(n - 1)).error("import.error.vcard.truncated");
        }
        if (starts.isEmpty()) {
            throw Place.file(source.name()).error("import.error.vcard.noCard");
        }
        return starts;
    }

    private static DraftBuilder toDraft(VCard card, Place place, List<OrbitException> warnings) {
        DraftBuilder d = new DraftBuilder(place, warnings);
        String first = "";
        String last = "";
        StructuredName n = card.getStructuredName();
        if (n != null) {
            first = Text.clean(n.getGiven());
            last = Text.clean(n.getFamily());
        }
        if (first.isEmpty() && last.isEmpty()) {
            FormattedName fn = card.getFormattedName();
            String whole = fn == null ? "" : Text.clean(fn.getValue());
            int space = whole.lastIndexOf(' ');
            first = space < 0 ? whole : whole.substring(0, space).strip();
            last = space < 0 ? "" : whole.substring(space + 1);
        }
        d.name(first, last);
        for (Email e : card.getEmails()) {
            d.email(e.getValue());
        }
        for (Telephone t : card.getTelephoneNumbers()) {
            String number = t.getText();
            if (number == null && t.getUri() != null) {
                number = t.getUri().getNumber()
                        + (t.getUri().getExtension() == null ? "" : " x" + t.getUri().getExtension());
            }
            d.phone(number);
        }
        Organization org = card.getOrganization();
        if (org != null) {
            d.organisation(String.join(", ", org.getValues().stream().map(Text::clean).filter(s -> !s.isEmpty())
                    .toList()));
        }
        Title title = card.getTitles().isEmpty() ? null : card.getTitles().get(0);
        if (title != null) {
            d.title(title.getValue());
        }
        for (Address a : card.getAddresses()) {
            if (!Text.isBlank(a.getLocality())) {
                d.city(a.getLocality());
                break;
            }
        }
        for (Note note : card.getNotes()) {
            d.note(note.getValue());
        }
        for (Categories c : card.getCategoriesList()) {
            c.getValues().forEach(d::tag);
        }
        String url = "";
        for (Url u : card.getUrls()) {
            String v = Text.clean(u.getValue());
            if (url.isEmpty() || (v.contains("linkedin.com") && !url.contains("linkedin.com"))) {
                url = v;
            }
        }
        for (RawProperty p : card.getExtendedProperties()) {
            String name = p.getPropertyName().toUpperCase(Locale.ROOT);
            String v = name.startsWith("X-ORBIT-") ? unescape(p.getValue()) : p.getValue();
            if (name.equals("X-SOCIALPROFILE") && v != null && v.contains("linkedin.com")) {
                url = Text.clean(v);
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
                    throw place.error("import.error.date", v);
                }
            }
        }
        d.profileUrl(url.chars().anyMatch(Character::isWhitespace) ? "" : url);
        ezvcard.property.Birthday bday = card.getBirthday();
        if (bday != null) {
            d.birthday(birthday(bday, place));
        }
        return d;
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

    private static Birthday birthday(ezvcard.property.Birthday bday, Place place) {
        try {
            Temporal date = bday.getDate();
            if (date != null) {
                if (date.isSupported(ChronoField.YEAR) && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
                    return Birthday.of(LocalDate.of(date.get(ChronoField.YEAR), date.get(ChronoField.MONTH_OF_YEAR),
                            date.get(ChronoField.DAY_OF_MONTH)));
                }
            }
            PartialDate partial = bday.getPartialDate();
            if (partial != null && partial.getMonth() != null && partial.getDate() != null) {
                MonthDay md = MonthDay.of(partial.getMonth(), partial.getDate());
                return new Birthday(md, partial.getYear());
            }
            String text = bday.getText();
            if (text != null && !text.isBlank()) {
                return Birthday.parse(text);
            }
            return null;
        } catch (ValidationException e) {
            throw place.error(e);
        } catch (DateTimeException e) {
            throw place.error("import.error.date", rawDate(bday));
        }
    }

    private static String rawDate(ezvcard.property.Birthday bday) {
        if (bday.getText() != null) {
            return bday.getText();
        }
        if (bday.getPartialDate() != null) {
            return bday.getPartialDate().toISO8601(true);
        }
        Temporal t = bday.getDate();
        if (t != null && t.isSupported(ChronoField.YEAR)) {
            return String.format("%04d-%02d-%02d", t.get(ChronoField.YEAR), t.get(ChronoField.MONTH_OF_YEAR),
                    t.get(ChronoField.DAY_OF_MONTH));
        }
        return String.valueOf(t);
    }
}
