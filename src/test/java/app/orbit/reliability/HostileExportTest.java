package app.orbit.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Ask;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.PlanEntry;
import app.orbit.domain.ValidationException;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ImportFormat;
import app.orbit.exchange.ImportPreview;
import app.orbit.exchange.Progress;
import app.orbit.exchange.SourceText;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanOnDay;
import app.orbit.service.PlanWording;
import app.orbit.testing.TestOrbit;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile text — quotes, SQL, control characters where the domain accepts them, right-to-left
 * text and overrides, emoji sequences, combining marks, format characters — stored through the
 * services, then taken out through every export and read back: the JSON backup (restored into an
 * empty Orbit), one person's JSON export, vCard (imported into an empty Orbit), CSV (parsed by
 * Jackson) and ICS (parsed by biweekly). Every field comes back as it was stored.
 */
class HostileExportTest {

    @TempDir
    Path source;
    @TempDir
    Path restored;
    @TempDir
    Path imported;

    /** A few seeds, each a network of hostile people; more seeds only cost time. */
    static Stream<Long> seeds() {
        return Stream.of(20261126L, 7L, 424242L);
    }

    /** Builds hostile text from fragments, deterministically from a seed. */
    static final class HostileText {

        static final List<String> FRAGMENTS = List.of("O'Brien", "\"quoted\"", "`back`", "'", "\"", "`",
                "'; DROP TABLE contact; --", "Robert'); DROP TABLE interaction;--", "' OR '1'='1", "/* open",
                "\\", "\\n", "\\,\\;", ",", ";", ":", "a,b;c:d", "{0}", "'{1}'", "%s %d", "${jndi:ldap://x}",
                "=HYPERLINK(\"http://x\")", "+33", "-1", "@SUM(A1)", "<b>&amp;</b>",
                "مرحبا بالعالم", "שלום עולם", "\u202Eevil override\u202C", "\u200Fmark\u200E", "\u061C",
                "👩\u200D👩\u200D👧\u200D👦", "🎉", "🇫🇷🇩🇪", "👍🏽", "🏳️\u200D🌈", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "😀",
                "e\u0301te\u0301", "n\u0303", "a\u0308\u0301\u0323", "Zoé", "Ångström", "漢字かな", "한국어",
                "zero\u200Bwidth", "\uFEFF", "x\u2028y", "p\u2029q", "\u00A0nbsp", "BEGIN:VCARD", "END:VEVENT",
                "x".repeat(90));
        /** What contact text fields accept besides printable text: tab, line feed, carriage return. */
        static final List<String> LINE_BREAKS = List.of("\t", "\n", "\r\n", "\r", "\n\n");
        /** What interaction text accepts on top: any character, NUL and escapes included. */
        static final List<String> CONTROLS = List.of("\u0000", "\u0007", "\u001B[31m", "\u0008", "\u007F", "\u0085");

        private final Random random;

        HostileText(long seed) {
            this.random = new Random(seed);
        }

        int nextInt(int bound) {
            return random.nextInt(bound);
        }

        private String pick(List<String> from) {
            return from.get(random.nextInt(from.size()));
        }

        /** Text for a contact field: fragments, some line breaks and tabs, never blank. */
        String contactText(int max) {
            return text(max, LINE_BREAKS, List.of());
        }

        /** Text for an interaction: any character. */
        String interactionText(int max) {
            return text(max, LINE_BREAKS, CONTROLS);
        }

        private String text(int max, List<String> breaks, List<String> controls) {
            while (true) {
                StringBuilder b = new StringBuilder();
                int parts = 1 + random.nextInt(5);
                for (int i = 0; i < parts; i++) {
                    int kind = random.nextInt(10);
                    if (kind == 0 && !breaks.isEmpty()) {
                        b.append(pick(breaks));
                    } else if (kind == 1 && !controls.isEmpty()) {
                        b.append(pick(controls));
                    } else {
                        b.append(pick(FRAGMENTS));
                    }
                    if (random.nextBoolean()) {
                        b.append(' ');
                    }
                }
                String s = cut(b.toString(), max).strip();
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }

        /** At most {@code max} chars, never splitting a surrogate pair. */
        private static String cut(String s, int max) {
            if (s.length() <= max) {
                return s;
            }
            int end = max;
            if (Character.isHighSurrogate(s.charAt(end - 1))) {
                end--;
            }
            return s.substring(0, end);
        }

        String email(int n) {
            List<String> locals = List.of("o'brien", "\"q\"", "a+b", "zoé", "δοκιμή", "🎉", "x%y", "a{b}");
            List<String> domains = List.of("example.com", "bücher.de", "xn--80ak6aa92e.com", "例え.jp");
            return pick(locals) + n + "@" + pick(domains);
        }

        String phone() {
            return pick(List.of("+33 6 12 34 56 78", "(555) 010-9999 x12", "+1-202-555-0100#7", "06.12.34.56.78",
                    "+44 20 7946 0958 p1", "ext. 42"));
        }

        String profileUrl(int n) {
            return "https://www.linkedin.com/in/o'brien-" + n + pick(List.of("", "?x=\"y\"&z=;", "#é", "/%E2%9C%93",
                    "/🎉"));
        }

        Birthday birthday() {
            int m = 1 + random.nextInt(12);
            int d = 1 + random.nextInt(m == 2 ? 29 : 28);
            Integer year = random.nextBoolean() || (m == 2 && d == 29) ? null : 1950 + random.nextInt(60);
            return random.nextInt(4) == 0 ? null : new Birthday(MonthDay.of(m, d), year);
        }
    }

    /** Stores a network of hostile people and interactions; returns the contacts as stored, by id. */
    private static List<Contact> fill(Orbit orbit, long seed) {
        HostileText t = new HostileText(seed);
        List<Contact> stored = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            Contact.Builder b = Contact.builder().firstName(t.contactText(Contact.MAX_NAME))
                    .lastName(t.contactText(Contact.MAX_NAME)).organisation(t.contactText(Contact.MAX_SHORT))
                    .title(t.contactText(Contact.MAX_SHORT)).city(t.contactText(Contact.MAX_SHORT))
                    .howWeMet(t.contactText(Contact.MAX_LONG)).notes(t.contactText(Contact.MAX_NOTES))
                    .needs(t.contactText(Contact.MAX_LONG)).offers(t.contactText(Contact.MAX_LONG))
                    .tags(List.of(t.contactText(Contact.MAX_TAG), t.contactText(Contact.MAX_TAG)))
                    .emails(List.of(t.email(2 * n), t.email(2 * n + 1))).phones(List.of(t.phone()))
                    .profileUrl(t.profileUrl(n)).birthday(t.birthday())
                    .circle(Circle.values()[t.nextInt(4)]).knownSince(TestOrbit.TODAY.minusDays(400 + n));
            if (!stored.isEmpty() && t.nextInt(3) == 0) {
                b.introducedById(stored.get(t.nextInt(stored.size())).id());
            }
            stored.add(orbit.contacts().create(b.build()));
        }
        for (int n = 0; n < stored.size(); n++) {
            List<Long> who = n % 3 == 0 ? List.of(stored.get(n).id())
                    : List.of(stored.get(n).id(), stored.get((n + 1) % stored.size()).id());
            FollowUp f = n % 2 == 0 ? null : new FollowUp(TestOrbit.TODAY.plusDays(n),
                    t.interactionText(FollowUp.MAX_PROMISE), n % 4 == 1, List.of(who.get(who.size() - 1)));
            orbit.interactions().log(Interaction.of(TestOrbit.TODAY.minusDays(100 + n),
                    InteractionKind.values()[n % InteractionKind.values().length], who,
                    t.interactionText(Interaction.MAX_SUMMARY), t.interactionText(3000),
                    Exchange.values()[n % Exchange.values().length], f));
        }
        return stored.stream().map(c -> orbit.contacts().get(c.id())).toList();
    }

    private static String export(Orbit orbit, ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        orbit.exporter().export(format, ContactFilter.ALL, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Interaction> allInteractions(Orbit orbit, List<Contact> people) {
        Map<Long, Interaction> byId = new HashMap<>();
        people.forEach(c -> orbit.interactions().timeline(c.id()).forEach(i -> byId.put(i.id(), i)));
        return byId.values().stream().sorted(Comparator.comparing(Interaction::id)).toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void jsonBackup_hostileText_restoresEveryFieldUnchanged(long seed) {
        try (Orbit orbit = TestOrbit.open(source); Orbit empty = TestOrbit.open(restored)) {
            List<Contact> stored = fill(orbit, seed);
            List<Interaction> interactions = allInteractions(orbit, stored);
            // The backup also carries the user's asks and the plan's reasons to skip.
            HostileText t = new HostileText(seed + 1);
            for (HelpWanted help : HelpWanted.values()) {
                orbit.asks().create(Ask.draft(t.contactText(300), t.contactText(300), t.contactText(300),
                        t.contactText(1000), help));
            }
            PlanOnDay week = orbit.planner().thisWeek();
            PlanEntry skipped = orbit.planner().skip(week.lines().get(0).entry().id(),
                    t.contactText(PlanEntry.MAX_SKIP_REASON));
            String json = export(orbit, ExportFormat.JSON);

            ImportPreview p = empty.importer().preview(new SourceText("orbit.json", json), ImportFormat.JSON,
                    Progress.NONE);
            assertThat(p.isRestore()).isTrue();
            empty.importer().apply(p, Progress.NONE);

            // A restore into an empty Orbit numbers the contacts in the same order.
            List<Contact> back = stored.stream().map(c -> empty.contacts().get(c.id())).toList();
            // The version counts stored edits, not what a person is: a restore links each introducer
            // with an edit after the rows are in, so those contacts come back one version on.
            assertThat(back).as("seed %d", seed).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
                    .isEqualTo(stored);
            assertThat(allInteractions(empty, back)).as("seed %d", seed)
                    .usingRecursiveFieldByFieldElementComparator().isEqualTo(interactions);
            assertThat(empty.asks().list(true)).usingRecursiveFieldByFieldElementComparator()
                    .isEqualTo(orbit.asks().list(true));
            assertThat(empty.planner().thisWeek().lineFor(skipped.contactId()).orElseThrow().entry().skipReason())
                    .isEqualTo(skipped.skipReason());
            assertThat(export(empty, ExportFormat.JSON)).isEqualTo(json);
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void personalExport_hostileText_holdsEveryFieldUnchanged(long seed) throws Exception {
        try (Orbit orbit = TestOrbit.open(source)) {
            List<Contact> stored = fill(orbit, seed);
            Map<Long, String> names = new HashMap<>();
            stored.forEach(c -> names.put(c.id(), c.displayName()));

            for (Contact c : stored) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                orbit.personalData().exportContact(c.id(), out);
                JsonNode json = new ObjectMapper().readTree(out.toByteArray());

                JsonNode dto = json.get("contact");
                assertThat(dto.get("firstName").asText()).isEqualTo(c.firstName());
                assertThat(dto.get("lastName").asText()).isEqualTo(c.lastName());
                assertThat(dto.get("organisation").asText()).isEqualTo(c.organisation());
                assertThat(dto.get("title").asText()).isEqualTo(c.title());
                assertThat(dto.get("city").asText()).isEqualTo(c.city());
                assertThat(dto.get("howWeMet").asText()).isEqualTo(c.howWeMet());
                assertThat(dto.get("notes").asText()).isEqualTo(c.notes());
                assertThat(dto.get("needs").asText()).isEqualTo(c.needs());
                assertThat(dto.get("offers").asText()).isEqualTo(c.offers());
                assertThat(dto.get("profileUrl").asText()).isEqualTo(c.profileUrl());
                assertThat(texts(dto.get("tags"))).isEqualTo(c.tags());
                assertThat(texts(dto.get("emails"))).isEqualTo(c.emails());
                assertThat(texts(dto.get("phones"))).isEqualTo(c.phones());
                if (c.introducedById() != null) {
                    assertThat(json.get("introducedBy").asText()).isEqualTo(names.get(c.introducedById()));
                }
                List<Interaction> timeline = new ArrayList<>(orbit.interactions().timeline(c.id()));
                timeline.sort(Comparator.comparing(Interaction::date).thenComparing(Interaction::id));
                JsonNode interactions = json.get("interactions");
                assertThat(interactions).hasSize(timeline.size());
                for (int i = 0; i < timeline.size(); i++) {
                    Interaction in = timeline.get(i);
                    JsonNode node = interactions.get(i);
                    assertThat(node.get("summary").asText()).isEqualTo(in.summary());
                    assertThat(node.get("notes").asText()).isEqualTo(in.notes());
                    assertThat(texts(node.get("with"))).isEqualTo(in.participantIds().stream()
                            .filter(id -> !id.equals(c.id())).map(names::get).toList());
                    if (in.followUp() != null) {
                        assertThat(node.get("followUp").get("promise").asText()).isEqualTo(in.followUp().promise());
                        assertThat(texts(node.get("followUp").get("to"))).isEqualTo(in.followUp().to().stream()
                                .map(names::get).toList());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void vcard_hostileText_importsBackEveryFieldItCarries(long seed) {
        try (Orbit orbit = TestOrbit.open(source); Orbit empty = TestOrbit.open(imported)) {
            List<Contact> stored = fill(orbit, seed);
            String vcf = export(orbit, ExportFormat.VCARD);

            ImportPreview p = empty.importer().preview(new SourceText("contacts.vcf", vcf), ImportFormat.VCARD,
                    Progress.NONE);
            assertThat(p.warnings()).as("seed %d", seed).isEmpty();
            assertThat(p.skipped()).isEmpty();
            empty.importer().apply(p, Progress.NONE);

            assertThat(empty.contacts().count()).isEqualTo(stored.size());
            Map<String, Contact> byFirstEmail = new HashMap<>();
            empty.contacts().getAll(empty.contacts().search("", true, 100).stream().map(s -> s.id()).toList())
                    .forEach(c -> byFirstEmail.put(c.emails().get(0), c));
            for (Contact c : stored) {
                Contact back = byFirstEmail.get(c.emails().get(0));
                // vCard carries no circle, cadence, archived flag, introducer or time stamps, and has
                // one escape for every line break (RFC 6350 3.4): CR LF and CR come back as LF.
                List<Object> expected = vcardFields(c).stream()
                        .map(f -> f instanceof String s ? lineFeeds(s) : f).toList();
                List<Object> actual = vcardFields(back);
                for (int f = 0; f < expected.size(); f++) {
                    assertThat(actual.get(f)).as("seed %d, contact %d, field %d", seed, c.id(), f)
                            .isEqualTo(expected.get(f));
                }
            }
        }
    }

    @Test
    void vcard_backslashNAndALineBreakInOrbitsOwnFields_stayApart() {
        try (Orbit orbit = TestOrbit.open(source); Orbit empty = TestOrbit.open(imported)) {
            String tricky = "C:\\new\\net, a\\nb;\nnext line\\\\";
            Contact c = orbit.contacts().create(Contact.builder().firstName("Ann").needs(tricky).offers(tricky)
                    .howWeMet(tricky).notes(tricky).circle(Circle.CLOSE).build());

            empty.importer().apply(empty.importer().preview(new SourceText("c.vcf", export(orbit, ExportFormat.VCARD)),
                    ImportFormat.VCARD, Progress.NONE), Progress.NONE);

            Contact back = empty.contacts().get(empty.contacts().search("ann", true, 1).get(0).id());
            assertThat(List.of(back.needs(), back.offers(), back.howWeMet(), back.notes()))
                    .containsOnly(c.needs());
        }
    }

    /** The fields a vCard carries, as a list for one comparison with a readable diff. */
    private static List<Object> vcardFields(Contact c) {
        return List.of(c.firstName(), c.lastName(), c.emails(), c.phones(), c.organisation(), c.title(), c.city(),
                c.tags().toString(), String.valueOf(c.birthday()), c.howWeMet(), c.notes(), c.needs(), c.offers(),
                c.profileUrl(), c.knownSince());
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void csv_hostileText_parsesBackEveryColumnUnchanged(long seed) throws Exception {
        try (Orbit orbit = TestOrbit.open(source)) {
            List<Contact> stored = fill(orbit, seed);
            String csv = export(orbit, ExportFormat.CSV);

            List<Map<String, String>> rows = new ArrayList<>();
            try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                    .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
                it.forEachRemaining(rows::add);
            }

            assertThat(rows).hasSize(stored.size());
            Map<String, Contact> byFirstEmail = new HashMap<>();
            stored.forEach(c -> byFirstEmail.put(c.emails().get(0), c));
            for (Map<String, String> row : rows) {
                Contact c = byFirstEmail.get(row.get("Emails").split("; ")[0]);
                assertThat(c).as("row %s", row).isNotNull();
                Map<String, String> expected = new HashMap<>();
                expected.put("First Name", csvCell(c.firstName()));
                expected.put("Last Name", csvCell(c.lastName()));
                // Lists are joined with "; " (a tag may hold "; " itself: the column is text for a spreadsheet).
                expected.put("Emails", csvCell(String.join("; ", c.emails())));
                expected.put("Phones", csvCell(String.join("; ", c.phones())));
                expected.put("Organisation", csvCell(c.organisation()));
                expected.put("Title", csvCell(c.title()));
                expected.put("City", csvCell(c.city()));
                expected.put("Tags", csvCell(String.join("; ", c.tags())));
                expected.put("Birthday", c.birthday() == null ? "" : c.birthday().toString());
                expected.put("Circle", c.circle().name());
                expected.put("Cadence", "");
                expected.put("How We Met", csvCell(c.howWeMet()));
                expected.put("Needs", csvCell(c.needs()));
                expected.put("Offers", csvCell(c.offers()));
                expected.put("Profile URL", csvCell(c.profileUrl()));
                expected.put("Notes", csvCell(c.notes()));
                expected.put("Known Since", c.knownSince().toString());
                expected.put("Last Touch", c.lastTouch().toString());
                expected.put("Archived", "false");
                assertThat(row).as("seed %d", seed).isEqualTo(expected);
                assertThat(row.values()).as("no cell a spreadsheet would run").noneMatch(v -> v.startsWith("=")
                        || v.startsWith("@") || v.startsWith("\t") || v.startsWith("\r"));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void ics_hostileText_parsesBackAsWritten(long seed) {
        try (Orbit orbit = TestOrbit.open(source)) {
            List<Contact> stored = fill(orbit, seed);
            PlanOnDay week = orbit.planner().thisWeek();
            String ics = export(orbit, ExportFormat.ICS);

            assertThat(ics).as("RFC 5545 TEXT").doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
            ICalendar cal = Biweekly.parse(ics).first();
            Map<String, VEvent> byUid = new HashMap<>();
            cal.getEvents().forEach(e -> byUid.put(e.getUid().getValue(), e));
            PlanWording words = new PlanWording(orbit.messages());
            // A follow-up's promise (interaction text: any character) and needs reach the descriptions.
            assertThat(week.visible()).extracting(l -> l.entry().gesture().kind())
                    .contains(app.orbit.domain.GestureKind.FOLLOW_UP);
            for (PlanLine line : week.visible()) {
                VEvent e = byUid.get("reconnect-" + week.week() + "-" + line.contact().id() + "@orbit.app");
                assertThat(e).isNotNull();
                assertThat(e.getSummary().getValue())
                        .isEqualTo(ics(orbit.messages().get("export.ics.reconnect", line.contact().displayName())));
                String suggestion = words.suggestion(line);
                assertThat(e.getDescription().getValue()).isEqualTo(ics(words.reason(line) + "\n"
                        + words.gesture(line) + (suggestion.isEmpty() ? "" : "\n" + suggestion)));
            }
            List<Contact> withBirthday = stored.stream().filter(c -> c.birthday() != null).toList();
            assertThat(withBirthday).isNotEmpty();
            for (Contact c : withBirthday) {
                VEvent e = byUid.get("birthday-" + c.id() + "@orbit.app");
                assertThat(e.getSummary().getValue())
                        .isEqualTo(ics(orbit.messages().get("export.ics.birthday", c.displayName())));
            }
        }
    }

    @Test
    void ics_aPromiseWithControlCharacters_isWrittenWithoutThem() {
        try (Orbit orbit = TestOrbit.open(source)) {
            Contact ann = orbit.contacts().create(Contact.builder().firstName("Ann").circle(Circle.INNER)
                    .knownSince(TestOrbit.TODAY.minusDays(60)).build());
            orbit.interactions().log(Interaction.of(TestOrbit.TODAY.minusDays(30), InteractionKind.CALL,
                    List.of(ann.id()), "Call", "", Exchange.NONE,
                    new FollowUp(TestOrbit.TODAY.plusDays(1), "send\u0000 the\u0007 \u001B[31mdeck\u007F\tnow", false)));
            PlanLine line = orbit.planner().thisWeek().lineFor(ann.id()).orElseThrow();
            assertThat(line.entry().gesture().kind()).isEqualTo(app.orbit.domain.GestureKind.FOLLOW_UP);

            String ics = export(orbit, ExportFormat.ICS_WEEK);

            assertThat(ics).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
            VEvent e = Biweekly.parse(ics).first().getEvents().get(0);
            // The stored sentence already drops them and folds white space (Phrase).
            assertThat(e.getDescription().getValue()).contains("send the [31mdeck now");
        }
    }

    /**
     * What an ICS text value becomes (docs/reliability.md): line breaks read back as LF, and the
     * control characters RFC 5545 forbids in TEXT (all but tab and line breaks) are left out.
     */
    private static String ics(String text) {
        return lineFeeds(text).replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "");
    }

    /** What a vCard or ICS text value becomes (docs/reliability.md): every line break reads back as LF. */
    private static String lineFeeds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    @Test
    void contact_controlCharactersBeyondLineBreaks_areRefusedNamingTheField() {
        try (Orbit orbit = TestOrbit.open(source)) {
            for (String control : List.of("\u0000", "\u0007", "\u001B", "\u0008", "\u001F")) {
                assertThatThrownBy(() -> orbit.contacts().create(Contact.builder().firstName("A" + control + "B")
                        .circle(Circle.CLOSE).build()))
                        .isInstanceOfSatisfying(ValidationException.class, e -> {
                            assertThat(e.field()).isEqualTo("firstName");
                            assertThat(e.key()).isEqualTo("error.controlCharacters");
                        });
                assertThatThrownBy(() -> Contact.builder().firstName("A").notes("x" + control + "y")
                        .circle(Circle.CLOSE)
                        .build()).isInstanceOfSatisfying(ValidationException.class,
                                e -> assertThat(e.field()).isEqualTo("notes"));
            }
            assertThat(orbit.contacts().count()).isZero();
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /**
     * What the CSV promises for text (CsvExport.cell): a leading ' before anything a spreadsheet
     * would run as a formula; phone numbers and plain numbers as they are.
     */
    private static String csvCell(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char f = s.charAt(0);
        boolean formula = "=@\t\r".indexOf(f) >= 0 || (f == '+' || f == '-')
                && !s.matches("\\+?[0-9(][0-9 ().\\-/]*(; \\+?[0-9(][0-9 ().\\-/]*)*|[+-]?[0-9]+([.,][0-9]+)?");
        return formula ? "'" + s : s;
    }
}
