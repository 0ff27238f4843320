package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import app.orbit.domain.Text;
import app.orbit.service.Messages;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV exports of the two desktop address books, Outlook ("Title","First Name","Middle Name",
 * …, "E-mail Address", "Business Street", …) and Thunderbird (First Name, Last Name, Display Name,
 * Primary Email, Home Address, …), with their English and French headers. Read by header: a known
 * column goes to its field, the three street lines and the city, region, postcode and country of
 * each address kind make one address; any other column with a value is written into the notes as
 * "header: value", so nothing is dropped. Thunderbird's French header repeats "Ville" and
 * "Code postal" for home and work: a repeated name is told apart by its rank ("ville#2").
 */
final class DesktopCsvReader {

    /** What a column holds. */
    private enum Field {
        PREFIX, FIRST, MIDDLE, LAST, SUFFIX, DISPLAY, ORGANISATION, DEPARTMENT, JOB_TITLE, EMAIL, PHONE, NOTES, WEB,
        CATEGORIES, BIRTHDAY, BIRTH_YEAR, BIRTH_MONTH, BIRTH_DAY, STREET, CITY, REGION, POSTCODE, COUNTRY, IGNORED
    }

    /** A column's field, and for an address part the address it belongs to ("home", "work", "other"). */
    private record Column(Field field, String address) {
    }

    private static final Map<String, Column> COLUMNS = new HashMap<>();

    private static void map(Field f, String... headers) {
        for (String h : headers) {
            COLUMNS.put(h, new Column(f, ""));
        }
    }

    private static void address(String kind, Field f, String... headers) {
        for (String h : headers) {
            COLUMNS.put(h, new Column(f, kind));
        }
    }

    static {
        // Outlook, English then French.
        map(Field.PREFIX, "title", "titre");
        map(Field.FIRST, "first name", "prénom");
        map(Field.MIDDLE, "middle name", "deuxième prénom");
        map(Field.LAST, "last name", "nom", "nom de famille");
        map(Field.SUFFIX, "suffix", "suffixe");
        map(Field.ORGANISATION, "company", "société", "organization");
        map(Field.DEPARTMENT, "department", "service");
        map(Field.JOB_TITLE, "job title", "fonction", "profession");
        map(Field.EMAIL, "e-mail address", "e-mail 2 address", "e-mail 3 address", "adresse de messagerie",
                "adresse de messagerie 2", "adresse de messagerie 3", "primary email", "secondary email",
                "adresse électronique principale", "adresse électronique secondaire");
        map(Field.PHONE, "business phone", "business phone 2", "home phone", "home phone 2", "mobile phone",
                "other phone", "primary phone", "company main phone", "assistant's phone", "car phone", "callback",
                "téléphone (bureau)", "téléphone 2 (bureau)", "téléphone (domicile)", "téléphone 2 (domicile)",
                "tél. mobile", "autre téléphone", "téléphone principal", "téléphone société",
                "work phone", "mobile number", "tél. professionnel", "tél. personnel", "portable");
        map(Field.NOTES, "notes");
        map(Field.WEB, "web page", "page web", "web page 1", "web page 2", "site web 1", "site web 2");
        map(Field.CATEGORIES, "categories", "catégories");
        map(Field.BIRTHDAY, "birthday", "anniversaire");
        map(Field.BIRTH_YEAR, "birth year", "année de naissance");
        map(Field.BIRTH_MONTH, "birth month", "mois");
        map(Field.BIRTH_DAY, "birth day", "jour");
        map(Field.DISPLAY, "display name", "nom à afficher");
        // The program's own bookkeeping, or another form of a kept value.
        map(Field.IGNORED, "e-mail type", "e-mail display name", "e-mail 2 type", "e-mail 2 display name",
                "e-mail 3 type", "e-mail 3 display name", "type de messagerie", "nom complet de l'adresse de messagerie",
                "type de messagerie 2", "nom complet de l'adresse de messagerie 2", "type de messagerie 3",
                "nom complet de l'adresse de messagerie 3", "priority", "priorité", "private", "privé",
                "sensitivity", "critère de diffusion", "initials", "initiales", "gender", "sexe");
        for (String[] kind : new String[][] {{"work", "business", "bureau"}, {"home", "home", "domicile"},
            {"other", "other", "autre"}}) {
            String en = kind[1];
            String fr = kind[2];
            address(kind[0], Field.STREET, en + " street", en + " street 2", en + " street 3", "rue (" + fr + ")",
                    "rue (" + fr + ") 2", "rue (" + fr + ") 3");
            address(kind[0], Field.CITY, en + " city", "ville (" + fr + ")");
            address(kind[0], Field.REGION, en + " state", "dép/région (" + fr + ")");
            address(kind[0], Field.POSTCODE, en + " postal code", "code postal (" + fr + ")");
            address(kind[0], Field.COUNTRY, en + " country/region", "pays/région (" + fr + ")");
        }
        // Thunderbird, English then French (home first, then work, in the French header's repeated names).
        address("home", Field.STREET, "home address", "home address 2", "adresse privée", "adresse privée 2");
        address("home", Field.CITY, "home city", "ville");
        address("home", Field.REGION, "home state", "pays/état");
        address("home", Field.POSTCODE, "home zipcode", "code postal");
        address("home", Field.COUNTRY, "home country", "pays/région");
        address("work", Field.STREET, "work address", "work address 2", "adresse professionnelle",
                "adresse professionnelle 2");
        address("work", Field.CITY, "work city", "ville#2");
        address("work", Field.REGION, "work state", "pays/état#2");
        address("work", Field.POSTCODE, "work zipcode", "code postal#2");
        address("work", Field.COUNTRY, "work country", "pays/région#2");
    }

    private final Messages messages;
    private final ImportFormat format;

    DesktopCsvReader(Messages messages, ImportFormat format) {
        this.messages = messages;
        this.format = format;
    }

    ParsedFile read(SourceText source, Progress progress) {
        List<Candidate> candidates = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<OrbitException> warnings = new ArrayList<>();
        List<String> header = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        boolean[] french = new boolean[1];
        CsvTable.read(source.name(), source.text(), 1, names -> {
            Map<String, Integer> seen = new HashMap<>();
            for (String h : names) {
                String k = h.toLowerCase(Locale.ROOT).strip();
                int rank = seen.merge(k, 1, Integer::sum);
                Column c = COLUMNS.get(rank == 1 ? k : k + "#" + rank);
                if (c == null && rank > 1) {
                    c = COLUMNS.get(k);
                }
                french[0] |= k.equals("prénom");
                header.add(h);
                columns.add(c);
            }
        }, row -> {
            Place place = Place.line(source.name(), row.line());
            DraftBuilder d = new DraftBuilder(place, warnings).nameFallback();
            Map<String, String[]> addresses = new java.util.LinkedHashMap<>();
            String[] name = {"", "", "", "", "", ""};
            String[] birth = {"", "", ""};
            String organisation = "";
            String department = "";
            List<String> web = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String v = row.values().get(i).strip();
                Column c = columns.get(i);
                // Outlook writes "0/0/00" for a date it does not have.
                if (v.isEmpty() || v.equals("0/0/00") || c != null && c.field() == Field.IGNORED) {
                    continue;
                }
                if (c == null) {
                    details.add(header.get(i) + ": " + v);
                    continue;
                }
                switch (c.field()) {
                    case PREFIX -> name[0] = v;
                    case FIRST -> name[1] = v;
                    case MIDDLE -> name[2] = v;
                    case LAST -> name[3] = v;
                    case SUFFIX -> name[4] = v;
                    case DISPLAY -> name[5] = v;
                    case ORGANISATION -> organisation = v;
                    case DEPARTMENT -> department = v;
                    case JOB_TITLE -> d.title(v);
                    case EMAIL -> d.email(v);
                    case PHONE -> d.phone(v);
                    case NOTES -> d.note(v);
                    case WEB -> web.add(v);
                    case CATEGORIES -> {
                        for (String t : v.split(";")) {
                            d.tag(t);
                        }
                    }
                    case BIRTHDAY -> birth[0] = v;
                    case BIRTH_YEAR -> birth[0] = v + birth[0];
                    case BIRTH_MONTH -> birth[1] = v;
                    case BIRTH_DAY -> birth[2] = v;
                    case STREET, CITY, REGION, POSTCODE, COUNTRY -> {
                        String[] a = addresses.computeIfAbsent(c.address(), k -> new String[] {"", "", "", "", ""});
                        int part = c.field().ordinal() - Field.STREET.ordinal();
                        a[part] = part == 0 && !a[0].isEmpty() ? a[0] + "\n" + v : v;
                    }
                    default -> {
                    }
                }
            }
            d.name(name[1], name[3]).namePrefix(name[0]).middleName(name[2]).nameSuffix(name[4]).writtenName(name[5]);
            d.organisation(organisation.isEmpty() || department.isEmpty() ? organisation + department
                    : organisation + ", " + department);
            birthday(d, birth, french[0], place);
            for (Map.Entry<String, String[]> a : addresses.entrySet()) {
                String[] p = a.getValue();
                d.address(a.getKey(), p[0], p[3], p[1], p[2], p[4], place);
            }
            String profile = web.stream().filter(u -> u.contains("linkedin.com/in/")).findFirst()
                    .orElse(web.isEmpty() ? "" : web.get(0));
            if (!profile.chars().anyMatch(Character::isWhitespace)) {
                d.profileUrl(profile);
            }
            for (String u : web) {
                if (!u.equals(d.raw().build().profileUrl())) {
                    details.add(messages.get("import.detail.url") + ": " + u);
                }
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
        return new ParsedFile(source, format, candidates, List.of(), List.of(), Map.of(), BackupDtos.Extras.NONE,
                skipped, warnings);
    }

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final DateTimeFormatter EUROPEAN = DateTimeFormatter.ofPattern("d/M/uuuu");

    /**
     * Outlook writes the birthday in the format of Windows' language ("3/15/1975", "15/03/1975",
     * "0/0/00" for none); Thunderbird in three columns. An unreadable one is kept in the notes.
     */
    private void birthday(DraftBuilder d, String[] birth, boolean french, Place place) {
        String text = birth[0].strip();
        if (!birth[1].isEmpty() && !birth[2].isEmpty()) {
            text = (text.isEmpty() ? "-" : text) + "-" + pad(birth[1]) + "-" + pad(birth[2]);
            if (text.startsWith("--")) {
                d.birthday(text);
                return;
            }
        }
        if (text.isEmpty() || text.equals("0/0/00") || text.equals("00/00/00")) {
            return;
        }
        try {
            LocalDate date = text.contains("/") ? LocalDate.parse(text, french ? EUROPEAN : US) : LocalDate.parse(text);
            d.birthday(new app.orbit.domain.Birthday(java.time.MonthDay.from(date),
                    date.getYear() == VCardFileReader.NO_YEAR ? null : date.getYear()));
        } catch (DateTimeException | app.orbit.domain.ValidationException e) {
            d.note(messages.get("import.detail.bday") + ": " + text);
            d.warn(place, "import.warning.birthday", text);
        }
    }

    private static String pad(String s) {
        String v = Text.clean(s);
        return v.length() == 1 ? "0" + v : v;
    }
}
