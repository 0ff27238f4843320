package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Google Contacts' CSV export (the current one: First Name, Middle Name, Last Name, …,
 * Organization Name, Organization Title, Birthday, Notes, Labels, E-mail 1 - Value, Phone 1 -
 * Value, …; the older Given Name / Family Name / Group Membership header is read too).
 * Several values in one cell are separated by " ::: ".
 */
final class GoogleCsvReader {

    private static final Set<String> PLAIN = Set.of(
            "name", "first name", "middle name", "last name", "given name", "additional name", "family name",
            "phonetic first name", "phonetic middle name", "phonetic last name", "yomi name", "given name yomi",
            "additional name yomi", "family name yomi", "name prefix", "name suffix", "nickname", "short name",
            "maiden name", "file as", "initials", "organization name", "organization title",
            "organization department", "birthday", "notes", "photo", "labels", "group membership", "gender",
            "location", "billing information", "directory server", "mileage", "occupation", "hobby", "sensitivity",
            "priority", "subject", "language");
    /** Numbered groups: "E-mail 1 - Value", "Address 2 - City", "Custom Field 1 - Label", … */
    private static final Pattern NUMBERED = Pattern.compile("^[a-z][a-z -]* \\d+ - [a-z][a-z -]*$");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*:::\\s*");

    ParsedFile read(SourceText source, Progress progress) {
        List<Candidate> candidates = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<OrbitException> warnings = new ArrayList<>();
        CsvTable.Columns[] columns = new CsvTable.Columns[1];
        CsvTable.read(source.name(), source.text(), 1, header -> {
            for (String h : header) {
                String k = h.toLowerCase(Locale.ROOT);
                if (!PLAIN.contains(k) && !NUMBERED.matcher(k).matches()) {
                    throw Place.line(source.name(), 1).error("import.error.unknownColumn", h);
                }
            }
            columns[0] = new CsvTable.Columns(header);
        }, row -> {
            CsvTable.Columns c = columns[0];
            Place place = Place.line(source.name(), row.line());
            DraftBuilder d = new DraftBuilder(place, warnings).nameFallback();
            String first = first(c, row, "First Name", "Given Name");
            d.middleName(first(c, row, "Middle Name", "Additional Name")).namePrefix(c.get(row, "Name Prefix"))
                    .nameSuffix(c.get(row, "Name Suffix"));
            String last = first(c, row, "Last Name", "Family Name");
            if (first.isEmpty() && last.isEmpty() && c.get(row, "Middle Name").isEmpty()) {
                String whole = first(c, row, "Name", "File As", "Nickname");
                int space = whole.lastIndexOf(' ');
                first = space < 0 ? whole : whole.substring(0, space);
                last = space < 0 ? "" : whole.substring(space + 1);
            }
            d.name(first, last);
            d.organisation(join(", ", first(c, row, "Organization Name", "Organization 1 - Name"),
                    first(c, row, "Organization Department", "Organization 1 - Department")));
            d.title(first(c, row, "Organization Title", "Organization 1 - Title"));
            d.birthday(c.get(row, "Birthday"));
            d.note(c.get(row, "Notes"));
            for (String label : split(first(c, row, "Labels", "Group Membership"))) {
                // "* myContacts" is Google's own bookkeeping; other "* " labels are system ones worth keeping.
                String l = label.startsWith("* ") ? label.substring(2) : label;
                if (!l.equalsIgnoreCase("myContacts") && !l.isBlank()) {
                    d.tag(l);
                }
            }
            String website = "";
            Map<String, String[]> addresses = new java.util.TreeMap<>();
            for (int i = 0; i < c.names().size(); i++) {
                String col = c.names().get(i).toLowerCase(Locale.ROOT);
                String value = row.values().get(i);
                if (col.startsWith("e-mail ") && col.endsWith(" - value")) {
                    split(value).forEach(d::email);
                } else if (col.startsWith("phone ") && col.endsWith(" - value")) {
                    split(value).forEach(d::phone);
                } else if (col.startsWith("address ") && col.contains(" - ") && !value.isBlank()) {
                    // "Address 1 - Street", "- PO Box", "- Extended Address", "- City", "- Region", "- Postal Code", "- Country", "- Type"
                    String[] a = addresses.computeIfAbsent(col.substring(0, col.indexOf(" - ")),
                            k -> new String[] {"", "", "", "", "", "", "", ""});
                    String part = col.substring(col.indexOf(" - ") + 3);
                    int at = part.equals("label") ? 0 : List.of("type", "po box", "extended address", "street",
                            "postal code", "city", "region", "country").indexOf(part);
                    if (at >= 0) {
                        a[at] = value.strip();
                    }
                } else if (col.startsWith("website ") && col.endsWith(" - value")) {
                    for (String url : split(value)) {
                        if (website.isEmpty() || (url.contains("linkedin.com") && !website.contains("linkedin.com"))) {
                            website = url;
                        }
                    }
                }
            }
            d.profileUrl(website);
            for (String[] a : addresses.values()) {
                String street = String.join("\n", java.util.stream.Stream.of(a[1], a[2], a[3])
                        .filter(s -> !s.isEmpty()).toList());
                d.address(a[0].toLowerCase(Locale.ROOT).replace("* ", ""), street, a[4], a[5], a[6], a[7], place);
            }
            if (!d.hasName()) {
                skipped.add(Skip.of(place, "import.skip.noName"));
                return;
            }
            candidates.add(d.build());
        }, progress);
        return new ParsedFile(source, ImportFormat.GOOGLE, candidates, List.of(), List.of(), Map.of(), BackupDtos.Extras.NONE, skipped, warnings);
    }

    private static String first(CsvTable.Columns c, CsvTable.Row row, String... names) {
        for (String n : names) {
            String v = c.get(row, n);
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }

    private static String join(String sep, String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + sep + b;
    }

    private static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return List.of(SEPARATOR.split(cell.strip())).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
