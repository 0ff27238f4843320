package app.orbit.exchange;

import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * LinkedIn's Connections.csv: a "Notes:" preamble, then the header First Name, Last Name, URL,
 * Email Address, Company, Position, Connected On (dates like {@code 12 Mar 2024}). Connected On
 * becomes the contact's "how we met" and the day Orbit has known them since.
 */
final class LinkedInCsvReader {

    static final List<String> COLUMNS =
            List.of("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On");
    private static final Set<String> KNOWN = Set.copyOf(COLUMNS.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("dd-MMM-uu"), formatter("uuuu-MM-dd"));

    private final Messages messages;

    LinkedInCsvReader(Messages messages) {
        this.messages = messages;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    ParsedFile read(SourceText source, Progress progress) {
        String text = source.text();
        int headerLine = findHeader(text);
        if (headerLine < 0) {
            throw Place.file(source.name()).error("import.error.linkedin.noHeader");
        }
        String fromHeader = fromLine(text, headerLine);
        // Connections share their days: each is read, and told in words, once.
        Map<String, LocalDate> days = new HashMap<>();
        Map<LocalDate, String> howWeMet = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        List<Skip> skipped = new ArrayList<>();
        List<OrbitException> warnings = new ArrayList<>();
        CsvTable.Columns[] columns = new CsvTable.Columns[1];
        CsvTable.read(source.name(), fromHeader, headerLine, header -> {
            for (String h : header) {
                if (!KNOWN.contains(h.toLowerCase(Locale.ROOT))) {
                    throw Place.line(source.name(), headerLine).error("import.error.unknownColumn", h);
                }
            }
            columns[0] = new CsvTable.Columns(header);
        }, row -> {
            CsvTable.Columns c = columns[0];
            Place place = Place.line(source.name(), row.line());
            DraftBuilder d = new DraftBuilder(place, warnings)
                    .name(c.get(row, "First Name"), c.get(row, "Last Name"))
                    .profileUrl(c.get(row, "URL"))
                    .email(c.get(row, "Email Address"))
                    .organisation(c.get(row, "Company"))
                    .title(c.get(row, "Position"));
            String connected = c.get(row, "Connected On");
            if (!connected.isEmpty()) {
                LocalDate on = days.get(connected);
                if (on == null) {
                    on = parseDate(connected, place);
                    days.put(connected, on);
                }
                d.knownSince(on).howWeMet(howWeMet.computeIfAbsent(on,
                        day -> messages.get("import.linkedin.howWeMet", day.toString())));
            }
            if (!d.hasName()) {
                skipped.add(Skip.of(place, "import.skip.noName"));
                return;
            }
            candidates.add(d.build());
        }, progress);
        return new ParsedFile(source, ImportFormat.LINKEDIN, candidates, List.of(), List.of(), Map.of(), BackupDtos.Extras.NONE, skipped, warnings);
    }

    static LocalDate parseDate(String text, Place place) {
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        throw place.error("import.error.date", text);
    }

    /** The text from a 1-based line on, each line ended by a line feed (a carriage return before it dropped). */
    static String fromLine(String text, int line) {
        int start = 0;
        for (int l = 1; l < line; l++) {
            start = text.indexOf('\n', start) + 1;
        }
        String rest = text.substring(start).replace("\r\n", "\n").replace('\r', '\n');
        return rest.isEmpty() || rest.endsWith("\n") ? rest : rest + "\n";
    }

    /** The 1-based line of the header row, after LinkedIn's "Notes:" preamble; -1 when there is none. */
    static int findHeader(String text) {
        int line = 1;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            String l = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
            if (l.replace("\"", "").toLowerCase(Locale.ROOT).startsWith("first name,last name,")) {
                return line;
            }
            if (end < 0 || line > 50) {
                return -1;
            }
            start = end + 1;
            line++;
        }
        return -1;
    }
}
