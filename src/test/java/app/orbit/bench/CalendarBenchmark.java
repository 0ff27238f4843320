package app.orbit.bench;

import app.orbit.app.Orbit;
import app.orbit.domain.Proposal;
import app.orbit.store.Database;
import biweekly.Biweekly;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Reading a year of a busy calendar (issue 14): 2,000 events, 500 of them recurring (weekly,
 * daily, monthly; exceptions and moved instances), 1 to 6 people each, most of them contacts of
 * the synthetic network, in Europe/Paris; the proposals of the last 30 days matched against the
 * network. {@link Benchmark} times it as one row at its start-up size; alone:
 * {@code ./mvnw -q -B -Pbench -Dbench.main=app.orbit.bench.CalendarBenchmark -Dbench.rows=30000 test-compile exec:exec@bench}.
 */
public final class CalendarBenchmark {

    static final int EVENTS = 2_000;
    static final int RECURRING = 500;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    private CalendarBenchmark() {
    }

    /** Writes the year's calendar for this network into {@code dir}; returns the file. */
    static Path year(SyntheticNetwork net, Path dir, long seed) throws IOException {
        Random r = new Random(seed);
        List<String> emails = net.contacts().stream().flatMap(c -> c.emails().stream()).toList();
        StringBuilder ics = new StringBuilder(4_000_000);
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "PRODID:-//Google Inc//Google Calendar 70.9054//EN");
        line(ics, "VERSION:2.0");
        line(ics, "X-WR-CALNAME:me@orbit.example");
        for (String tz : new String[] {"BEGIN:VTIMEZONE", "TZID:Europe/Paris", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100",
            "TZOFFSETTO:+0200", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"}) {
            line(ics, tz);
        }
        LocalDate first = SyntheticNetwork.TODAY.minusDays(365);
        for (int i = 0; i < EVENTS; i++) {
            boolean recurring = i < RECURRING;
            LocalDateTime start = first.plusDays(r.nextInt(recurring ? 330 : 371)).atTime(8 + r.nextInt(10),
                    r.nextBoolean() ? 0 : 30);
            String uid = "bench-" + i + "@google.com";
            event(ics, uid, start, null, "Meeting " + i, people(r, emails), recurring ? rule(r, i) : null,
                    recurring && i % 5 == 0 ? start.plusWeeks(2) : null);
            if (recurring && i % 7 == 0) {
                // A moved instance: the third occurrence an hour later.
                event(ics, uid, start.plusWeeks(3).plusHours(1), start.plusWeeks(3), "Meeting " + i + " (moved)",
                        people(r, emails), null, null);
            }
        }
        line(ics, "END:VCALENDAR");
        Path file = dir.resolve("busy-year.ics");
        Files.createDirectories(dir);
        Files.writeString(file, ics, StandardCharsets.UTF_8);
        return file;
    }

    private static String rule(Random r, int i) {
        return switch (i % 4) {
            case 0 -> "FREQ=WEEKLY;BYDAY=" + new String[] {"MO", "TU", "WE", "TH", "FR"}[r.nextInt(5)];
            case 1 -> "FREQ=DAILY;COUNT=" + (5 + r.nextInt(40));
            case 2 -> "FREQ=MONTHLY;BYDAY=2TU";
            default -> "FREQ=WEEKLY;INTERVAL=2;UNTIL=20271231T000000Z";
        };
    }

    private static List<String> people(Random r, List<String> emails) {
        List<String> out = new ArrayList<>();
        for (int k = 1 + r.nextInt(6); k > 0; k--) {
            out.add(r.nextInt(10) == 0 ? "stranger" + r.nextInt(100_000) + "@elsewhere.example"
                    : emails.get(r.nextInt(emails.size())));
        }
        return out;
    }

    private static void event(StringBuilder ics, String uid, LocalDateTime start, LocalDateTime recurrenceId,
            String title, List<String> people, String rule, LocalDateTime exdate) {
        line(ics, "BEGIN:VEVENT");
        line(ics, "DTSTART;TZID=Europe/Paris:" + LOCAL.format(start));
        line(ics, "DTEND;TZID=Europe/Paris:" + LOCAL.format(start.plusMinutes(45)));
        if (rule != null) {
            line(ics, "RRULE:" + rule);
        }
        if (exdate != null) {
            line(ics, "EXDATE;TZID=Europe/Paris:" + LOCAL.format(exdate));
        }
        if (recurrenceId != null) {
            line(ics, "RECURRENCE-ID;TZID=Europe/Paris:" + LOCAL.format(recurrenceId));
        }
        line(ics, "UID:" + uid);
        line(ics, "ORGANIZER;CN=me@orbit.example:mailto:me@orbit.example");
        line(ics, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:me@orbit.example");
        for (String p : people) {
            line(ics, "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:" + p);
        }
        line(ics, "SUMMARY:" + title);
        line(ics, "STATUS:CONFIRMED");
        line(ics, "END:VEVENT");
    }

    private static void line(StringBuilder sb, String s) {
        sb.append(s).append("\r\n");
    }

    /** The floor: biweekly parsing the same text, no recurrence, no matching. */
    static Object parseOnly(Path file) {
        try {
            return Biweekly.parse(Files.readString(file)).all();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        int size = Integer.getInteger("bench.rows", 30_000);
        int runs = Integer.getInteger("bench.runs", 9);
        Path root = Path.of(System.getProperty("bench.dir", "target/bench"));
        SyntheticNetwork net = SyntheticNetwork.generate(size, Benchmark.seed());
        Path pristine = root.resolve("pristine-n" + size);
        Benchmark.pristine(net, pristine);
        Path dir = root.resolve("calendar-n" + size);
        Benchmark.deleteTree(dir);
        Files.createDirectories(dir);
        Files.copy(Database.databaseFile(pristine), Database.databaseFile(dir));
        Path file = year(net, root, Benchmark.seed());
        Clock clock = Clock.fixed(SyntheticNetwork.TODAY.atTime(10, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (Orbit orbit = Orbit.open(dir, clock)) {
            orbit.calendar().add(file.toString(), "");
            List<Proposal> proposals = orbit.calendar().refresh();
            Benchmark.Stats whole = Benchmark.measure(i -> orbit.calendar().refresh(), 2, runs);
            Benchmark.Stats read = Benchmark.measure(i -> {
                orbit.calendar().fetch(orbit.calendar().sources());
                return null;
            }, 2, runs);
            Benchmark.Stats match = Benchmark.measure(i -> orbit.calendar().propose(), 2, runs);
            Benchmark.Stats floor = Benchmark.measure(i -> parseOnly(file), 2, runs);
            long people = proposals.stream().mapToLong(p -> p.people().size()).sum();
            String out = String.format(Locale.ROOT, "%,d contacts (%,d with an email); a year of %,d events (%,d "
                    + "recurring), file %.1f MB; %,d proposals (%,d people, %,d unknown) in the last 30 days; %d runs "
                    + "after 2 warm-up; load average at start %.2f%n"
                    + "| contacts | operation | median ms | p95 ms |%n|---:|---|---:|---:|%n"
                    + "| %,d | read and propose (CalendarService.refresh: file, parse, recurrences, match) | %.0f | %.0f |%n"
                    + "| %,d | read only (CalendarService.fetch) | %.0f | %.0f |%n"
                    + "| %,d | match only (CalendarService.propose) | %.0f | %.0f |%n"
                    + "| %,d | floor: biweekly parse of the text alone | %.0f | %.0f |%n",
                    size, net.contacts().stream().filter(c -> !c.emails().isEmpty()).count(), EVENTS, RECURRING,
                    Files.size(file) / 1e6, proposals.size(), people, orbit.calendar().unknownPeople().size(), runs,
                    load, size, whole.median(), whole.p95(), size, read.median(), read.p95(), size, match.median(),
                    match.p95(), size, floor.median(), floor.p95());
            System.out.print(out);
            Files.writeString(root.resolve("calendar-results.md"), out);
        }
    }
}
