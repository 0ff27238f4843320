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
 * Several values in one cell are separated by " ::: ". A column this reader does not turn into a
 * field (a nickname, a relation, an event, a custom field, a second website…) is written into the
 * notes as "label: value", so nothing the file says is lost; only phonetic spellings and the
 * types of emails, phones and addresses are left out (docs/import-fidelity.md).
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
    /** Plain columns made into fields (or used as the name when there is none). */
    private static final Set<String> READ = Set.of(
            "name", "first name", "middle name", "last name", "given name", "additional name", "family name",
            "name prefix", "name suffix", "organization name", "organization title", "organization department",
            "birthday", "notes", "labels", "group membership", "photo");
    /** Bookkeeping: how to pronounce or sort a name, not about the person. */
    private static final Set<String> BOOKKEEPING = Set.of(
            "phonetic first name", "phonetic middle name", "phonetic last name", "yomi name", "given name yomi",
            "additional name yomi", "family name yomi", "file as");
    /** Numbered groups made into fields, and which of their parts are read (the rest go to the notes). */
    private static final Map<String, Set<String>> READ_GROUPS = Map.of(
            "e-mail", Set.of("label", "type", "value"),
            "phone", Set.of("label", "type", "value"),
            "address", Set.of("label", "type", "formatted", "street", "city", "po box", "region", "postal code",
                    "country", "extended address"),
            "website", Set.of("label", "type", "value"),
            "organization", Set.of("label", "type", "name", "yomi name", "title", "department"));

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
            boolean nameFromOthers = first.isEmpty() && last.isEmpty() && c.get(row, "Middle Name").isEmpty();
            if (nameFromOthers) {
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
            List<String> details = details(c, row, website, nameFromOthers);
            String photo = c.get(row, "Photo");
            if (!photo.isBlank()) {
                // Google writes the address of the picture, never the picture itself.
                d.warn(place, "import.warning.photo.url", photo.strip());
            }
            for (String[] a : addresses.values()) {
                String street = String.join("\n", java.util.stream.Stream.of(a[1], a[2], a[3])
                        .filter(s -> !s.isEmpty()).toList());
                d.address(a[0].toLowerCase(Locale.ROOT).replace("* ", ""), street, a[4], a[5], a[6], a[7], place);
            }
            if (!details.isEmpty()) {
                d.note(String.join("\n", details));
            }
            if (!d.hasName()) {
                skipped.add(Skip.of(place, "import.skip.noName"));
                return;
            }
            candidates.add(d.build());
        }, progress);
        return new ParsedFile(source, ImportFormat.GOOGLE, candidates, List.of(), List.of(), Map.of(), BackupDtos.Extras.NONE, skipped, warnings);
    }

    /**
     * The row's values that no field holds, as "label: value" lines in the file's order: single
     * columns under their header, numbered groups ("Relation 1 - Label" / "Relation 1 - Value")
     * under their own label, or the group's name when they have none.
     */
    private static List<String> details(CsvTable.Columns c, CsvTable.Row row, String website,
            boolean nameFromOthers) {
        List<String> details = new ArrayList<>();
        Map<String, String[]> groups = new java.util.LinkedHashMap<>();
        for (int i = 0; i < c.names().size(); i++) {
            String header = c.names().get(i).strip();
            String col = header.toLowerCase(Locale.ROOT);
            String value = row.values().get(i).strip();
            if (value.isEmpty() || BOOKKEEPING.contains(col) || READ.contains(col)) {
                continue;
            }
            if (nameFromOthers && (col.equals("nickname") || col.equals("file as"))) {
                continue; // it became the name
            }
            if (!NUMBERED.matcher(col).matches()) {
                details.add(header + ": " + value);
                continue;
            }
            int dash = col.indexOf(" - ");
            String group = header.substring(0, dash);
            String kind = col.substring(0, col.lastIndexOf(' ', dash - 1));
            String part = col.substring(dash + 3);
            boolean typeOnly = part.equals("label") || part.equals("type");
            Set<String> readParts = READ_GROUPS.get(kind);
            if (readParts != null && (!readParts.contains(part)
                    || kind.equals("organization") && !col.startsWith("organization 1 - "))) {
                details.add(header + ": " + value); // a second organisation, its location, a job description…
                continue;
            }
            if (readParts != null) {
                boolean otherSite = kind.equals("website") && (typeOnly || part.equals("value")
                        && split(value).stream().anyMatch(u -> !u.equals(website)));
                if (!otherSite) {
                    // Values are fields; labels and types of emails, phones, addresses are not kept.
                    continue;
                }
                if (part.equals("value")) {
                    value = String.join(", ", split(value).stream().filter(u -> !u.equals(website)).toList());
                }
            }
            // label, then service (IM), then value
            String[] g = groups.computeIfAbsent(group, k -> new String[] {"", "", ""});
            int at = typeOnly ? 0 : part.equals("value") ? 2 : 1;
            g[at] = g[at].isEmpty() ? value : g[at] + ", " + value;
        }
        for (Map.Entry<String, String[]> g : groups.entrySet()) {
            String[] v = g.getValue();
            if (v[2].isEmpty() && v[1].isEmpty()) {
                continue; // a label with no value says nothing (or a website that became the profile)
            }
            String label = v[0].isEmpty() ? g.getKey() : v[0].replace("* ", "");
            String service = v[1].isEmpty() ? "" : " (" + v[1] + ")";
            details.add(label + service + ": " + (v[2].isEmpty() ? v[1] : v[2]));
        }
        return details;
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
