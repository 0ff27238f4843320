package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Main;
import app.orbit.app.Orbit;
import app.orbit.exchange.JsonBackup;
import app.orbit.testing.TestOrbit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line driven in-process: picocli with captured writers, a temporary data directory. */
class CliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;
    @TempDir
    Path files;

    /** What one run printed and returned. */
    record Run(int code, String out, String err) {
        JsonNode json() {
            try {
                return JSON.readTree(out);
            } catch (IOException e) {
                throw new AssertionError(out, e);
            }
        }
    }

    private Run orbit(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        return raw(all.toArray(String[]::new));
    }

    private Run raw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext.Opener opener = new CliContext.Opener() {
            @Override
            public CliContext open(String dir, LocalDate today) {
                return Main.context(Orbit.open(Path.of(dir), TestOrbit.clockAt(today == null ? TestOrbit.TODAY : today)));
            }

            @Override
            public java.util.Optional<app.orbit.service.Backup> restore(String dir, LocalDate today, String file) {
                return Main.restoreFromBackup(Path.of(dir), TestOrbit.clockAt(today == null ? TestOrbit.TODAY : today),
                        file);
            }
        };
        int code = Cli.run(args, opener, new PrintWriter(out), new PrintWriter(err), Locale.ENGLISH);
        return new Run(code, out.toString(), err.toString());
    }

    private void add(String... args) {
        List<String> all = new ArrayList<>(List.of("contacts", "add"));
        all.addAll(List.of(args));
        Run r = orbit(all.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isZero();
    }

    @Test
    void contactsAdd_thenListAsJson_showsTheContact() {
        Run added = orbit("contacts", "add", "--name", "Ann Lee", "--email", "ann@example.com", "--email",
                "a.lee@work.example", "--phone", "+33 6 12 34 56 78", "--org", "Acme", "--title", "CTO", "--circle",
                "inner", "--cadence", "10", "--tags", "friends,tech", "--needs", "a designer", "--offers", "Kotlin",
                "--birthday", "--02-29");

        assertThat(added.code()).isZero();
        assertThat(added.out()).isEqualTo("Added Ann Lee (id 1)." + System.lineSeparator());
        Run list = orbit("contacts", "list", "--format", "json");
        assertThat(list.code()).isZero();
        JsonNode first = list.json().get(0);
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("name").asText()).isEqualTo("Ann Lee");
        assertThat(first.get("organisation").asText()).isEqualTo("Acme");
        assertThat(first.get("circle").asText()).isEqualTo("INNER");
        assertThat(first.get("lastTouch").asText()).isEqualTo("2026-11-26");
        // Added today and nothing logged: that is not a touch today.
        assertThat(first.get("touched").asBoolean()).isFalse();
        assertThat(first.get("status").asText()).isEqualTo("FRESH");
        assertThat(first.get("reason").asText()).isEqualTo("no touch logged yet; every 10 days");
    }

    @Test
    void contactsList_table_searchesAndShowsHeaders() {
        add("--name", "Ann Lee", "--org", "Acme");
        add("--name", "Bob Stone", "--org", "Initech");

        Run r = orbit("contacts", "list", "--search", "acme");

        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Id  Name     Organisation  Circle   Last touch   Status  Why");
        assertThat(lines.get(1)).startsWith("1   Ann Lee  Acme          Network  none logged  Fresh");
    }

    @Test
    void contactsListDue_showsOnlyOverduePeopleOnTheDayGiven() {
        add("--name", "Ann Lee", "--circle", "INNER");
        add("--name", "Bob Stone", "--circle", "OUTER");

        Run r = orbit("--today", "2027-01-15", "contacts", "list", "--due", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json()).hasSize(1);
        assertThat(r.json().get(0).get("name").asText()).isEqualTo("Ann Lee");
        assertThat(r.json().get(0).get("status").asText()).isEqualTo("LOST");
    }

    @Test
    void log_withNamesAndOptions_logsOneInteractionWithEveryone() {
        orbit("--today", "2026-11-01", "contacts", "add", "--name", "Ann Lee");
        orbit("--today", "2026-11-01", "contacts", "add", "--name", "Bob Stone");

        Run r = orbit("log", "--with", "ann", "--with", "2", "--kind", "meeting", "--date", "2026-11-20",
                "--summary", "Lunch", "--gave", "--follow-up", "2026-12-01", "--promise", "Send the deck",
                "--promise-to", "Bob Stone");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Logged: Meeting with Ann Lee, Bob Stone on 2026-11-20 (id 1).");
        try (Orbit o = TestOrbit.open(data)) {
            var i = o.interactions().get(1);
            assertThat(i.participantIds()).containsExactly(1L, 2L);
            assertThat(i.exchange()).hasToString("GAVE");
            assertThat(i.followUp().promise()).isEqualTo("Send the deck");
            assertThat(i.followUp().to()).containsExactly(2L);
            assertThat(o.contacts().get(1).lastTouch()).isEqualTo(LocalDate.of(2026, 11, 20));
        }
    }

    @Test
    void log_promiseToOneOfTwo_onlyTheirWeekHasThePromise() {
        add("--name", "Camille Roy", "--circle", "OUTER");
        add("--name", "Zoe Park", "--circle", "OUTER");

        Run r = orbit("log", "--with", "Camille", "--with", "Zoe", "--kind", "meeting", "--follow-up", "2026-11-27",
                "--promise", "send Zoe the list of CTO candidates", "--promise-to", "zoe");

        assertThat(r.code()).as(r.err()).isZero();
        Run week = orbit("week", "--format", "json");
        assertThat(week.code()).as(week.err()).isZero();
        List<String> promised = new ArrayList<>();
        week.json().get("entries").forEach(e -> {
            if (e.get("gestureKind").asText().equals("FOLLOW_UP")) {
                promised.add(e.get("name").asText());
            }
        });
        assertThat(promised).containsExactly("Zoe Park");
    }

    @Test
    void log_groupPromiseWithoutPromiseTo_isAUserErrorSayingToWhom() {
        add("--name", "Ann Lee");
        add("--name", "Bob Stone");

        Run r = orbit("log", "--with", "ann", "--with", "bob", "--follow-up", "2026-12-01", "--promise", "Send it");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly(
                "Several people were there: say to whom you promised it with --promise-to NAME_OR_ID.");
        try (Orbit o = TestOrbit.open(data)) {
            assertThat(o.interactions().timeline(1)).isEmpty();
        }
    }

    @Test
    void log_promiseToSomeoneNotThere_isAUserErrorNamingThem() {
        add("--name", "Ann Lee");
        add("--name", "Bob Stone");

        Run r = orbit("log", "--with", "ann", "--follow-up", "2026-12-01", "--promise", "Send it", "--promise-to",
                "bob");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("--promise-to \u201cbob\u201d is not one of the --with people.");
    }

    @Test
    void log_promiseToWithoutFollowUp_isAUsageError() {
        add("--name", "Ann Lee");

        Run r = orbit("log", "--with", "ann", "--promise-to", "ann");

        assertThat(r.code()).isEqualTo(2);
    }

    @Test
    void contactsAdd_knownSince_isTheirLastTouchUntilABackdatedLogMovesItBack() {
        add("--name", "Ann Lee", "--known-since", "2026-10-01");

        assertThat(orbit("contacts", "list", "--format", "json").json().get(0).get("lastTouch").asText())
                .isEqualTo("2026-10-01");
        assertThat(orbit("log", "--with", "ann", "--date", "2026-09-15").code()).isZero();

        assertThat(orbit("contacts", "list", "--format", "json").json().get(0).get("lastTouch").asText())
                .isEqualTo("2026-09-15");
        try (Orbit o = TestOrbit.open(data)) {
            assertThat(o.contacts().get(1).knownSince()).isEqualTo(LocalDate.of(2026, 9, 15));
        }
    }

    @Test
    void contactsAdd_knownSinceInTheFuture_isAUserError() {
        Run r = orbit("contacts", "add", "--name", "Ann Lee", "--known-since", "2027-01-01");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("--known-since 2027-01-01 is in the future: give the day you met.");
        assertThat(orbit("contacts", "add", "--name", "Bob", "--known-since", "yesterday").code()).isEqualTo(2);
    }

    @Test
    void log_nameMatchingSeveralContacts_isAUserErrorListingThem() {
        add("--name", "Ann Lee");
        add("--name", "Ann Brown");

        Run r = orbit("log", "--with", "ann");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("\u201cann\u201d matches 2 contacts: Ann Brown (id 2), Ann Lee (id 1). "
                + "Use the id or the full name." + System.lineSeparator());
        assertThat(r.out()).isEmpty();
    }

    @Test
    void log_inTheFuture_isAUserErrorOnOneLine() {
        add("--name", "Ann Lee");

        Run r = orbit("log", "--with", "Ann Lee", "--date", "2030-01-01");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("The date January 1, 2030 is in the future: log what has happened.");
    }

    @Test
    void log_twoExchangesAtOnce_isAUsageError() {
        Run r = orbit("log", "--with", "1", "--gave", "--asked");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("mutually exclusive").contains("Try \u201corbit log --help\u201d.");
    }

    @Test
    void log_toTag_logsOneTouchToEveryoneTaggedAndSaysForHowManyItCounts() {
        orbit("--today", "2026-01-05", "contacts", "add", "--name", "Ann Lee", "--circle", "inner", "--tags", "clients");
        orbit("--today", "2026-01-05", "contacts", "add", "--name", "Bob Stone", "--circle", "network", "--tags",
                "clients,lyon");
        orbit("--today", "2026-01-05", "contacts", "add", "--name", "Cid Roy", "--circle", "outer", "--tags", "clients");
        orbit("--today", "2026-01-05", "contacts", "add", "--name", "Dan Oak", "--circle", "network", "--tags", "lyon");

        Run r = orbit("log", "--to-tag", "#Clients", "--summary", "November letter", "--date", "2026-11-20");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Logged: Newsletter to everyone tagged #clients on 2026-11-20 (id 1). It reached "
                + "3 people and counts as a touch for 2 of them, not for Inner and Close contacts."
                + System.lineSeparator());
        try (Orbit o = TestOrbit.open(data)) {
            var i = o.interactions().get(1);
            assertThat(i.participantIds()).containsExactlyInAnyOrder(1L, 2L, 3L);
            assertThat(i.isOneToMany()).isTrue();
            assertThat(i.summary()).isEqualTo("November letter");
            assertThat(o.contacts().get(1).lastTouch()).isEqualTo(LocalDate.of(2026, 1, 5));
            assertThat(o.contacts().get(2).lastTouch()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(o.contacts().get(3).lastTouch()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(o.contacts().get(4).lastTouch()).isEqualTo(LocalDate.of(2026, 1, 5));
        }
    }

    @Test
    void log_toCircle_inFrench_reachesTheCircleWithTheKindGiven() {
        add("--name", "Ann Lee", "--circle", "outer");
        add("--name", "Bob Stone", "--circle", "outer");
        add("--name", "Cid Roy", "--circle", "close");

        Run r = raw("--data-dir", data.toString(), "log", "--to-circle", "OUTER", "--kind", "social");
        StringWriter out = new StringWriter();
        int code = Cli.run(new String[] {"--data-dir", data.toString(), "log", "--to-circle", "close", "--kind",
            "event"}, (dir, today) -> Main.context(Orbit.open(Path.of(dir), TestOrbit.clockAt(TestOrbit.TODAY))),
                new PrintWriter(out), new PrintWriter(new StringWriter()), Locale.FRENCH);

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Logged: Social media to everyone in the Outer circle on 2026-11-26 (id 1). "
                + "It reached 2 people and counts as a touch for 2 of them");
        assertThat(code).isZero();
        assertThat(out.toString()).startsWith("Noté : Événement pour tout le cercle Proche le 2026-11-26 (id 2). "
                + "Il a touché 1 personne et compte comme un contact pour aucune d\u2019entre elles");
    }

    @Test
    void log_withAndToTagTogether_isAUsageErrorSayingWhy() {
        Run r = orbit("log", "--with", "1", "--to-tag", "clients");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Use --with for the people who were there, or one of --to-tag and "
                + "--to-circle for a one-to-many touch, not both.").contains("Try \u201corbit log --help\u201d.");
    }

    @Test
    void log_withNobody_isAUsageErrorSayingHowToSayWho() {
        Run r = orbit("log", "--summary", "Lunch");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Say who it was with: --with NAME_OR_ID, or --to-tag TAG or --to-circle CIRCLE");
    }

    @Test
    void log_toTagWithAnExchangeOrAFollowUp_isAUsageErrorAndNothingIsLogged() {
        add("--name", "Ann Lee", "--tags", "clients");

        Run gave = orbit("log", "--to-tag", "clients", "--gave");
        Run promise = orbit("log", "--to-circle", "network", "--follow-up", "2026-12-01", "--promise", "Send it");

        assertThat(gave.code()).isEqualTo(2);
        assertThat(gave.err()).startsWith("A one-to-many touch (--to-tag, --to-circle) takes no exchange");
        assertThat(promise.code()).isEqualTo(2);
        try (Orbit o = TestOrbit.open(data)) {
            assertThat(o.interactions().timeline(1)).isEmpty();
        }
    }

    @Test
    void log_toATagNobodyHas_isAUserError() {
        add("--name", "Ann Lee", "--tags", "clients");

        Run r = orbit("log", "--to-tag", "suppliers");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Nobody to send it to: no unarchived contact is in this audience."
                + System.lineSeparator());
    }

    @Test
    void week_json_givesThePlanWithGesturesAndAsks() {
        add("--name", "Ann Lee", "--circle", "CLOSE", "--needs", "clients in fintech");
        orbit("asks", "add", "--looking-for", "a first client", "--domain", "fintech");

        Run r = orbit("--today", "2027-02-03", "week", "--format", "json");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("week").asText()).isEqualTo("2027-W05");
        assertThat(r.json().get("from").asText()).isEqualTo("2027-02-01");
        JsonNode entry = r.json().get("entries").get(0);
        assertThat(entry.get("name").asText()).isEqualTo("Ann Lee");
        assertThat(entry.get("status").asText()).isEqualTo("OPEN");
        assertThat(entry.get("gesture").asText()).isNotBlank();
        assertThat(entry.get("reason").asText()).isNotBlank();
    }

    @Test
    void week_table_saysWhenNobodyIsDue() {
        Run r = orbit("week");

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList().get(0)).startsWith("Week 2026-W48 (2026-11-23 to 2026-11-29)");
        assertThat(r.out().lines()).contains("Nobody is due this week.");
    }

    @Test
    void asks_addThenList_showsTheSentenceAndPrecision() {
        Run added = orbit("asks", "add", "--looking-for", "a first client", "--domain", "fintech", "--niche",
                "SMB accounting", "--differentiator", "ten years at a bank", "--help-wanted", "introduction");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("Added ask 1: ");

        Run json = orbit("asks", "list", "--format", "json");
        assertThat(json.code()).isZero();
        assertThat(json.json().get(0).get("lookingFor").asText()).isEqualTo("a first client");
        assertThat(json.json().get(0).get("helpWanted").asText()).isEqualTo("INTRODUCTION");
        assertThat(json.json().get(0).get("precision").asInt()).isBetween(1, 100);
        Run table = orbit("asks", "list");
        assertThat(table.out().lines().toList().get(0)).startsWith("Id  Status  Precision  Ask");
        assertThat(orbit("asks", "add", "--domain", "x").code()).isEqualTo(2);
    }

    @Test
    void import_dryRunThenForReal_reportsAndWritesOnlyTheSecondTime() throws IOException {
        Path csv = files.resolve("Connections.csv");
        Files.write(csv, CliTest.class.getResourceAsStream("/app/orbit/exchange/Connections.csv").readAllBytes());

        Run dry = orbit("import", csv.toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("Connections.csv: 4 new, 0 merged into existing contacts, 1 skipped, "
                + "0 interactions.").contains("Connections.csv, line 7: no name.").contains("Dry run");
        assertThat(orbit("contacts", "list", "--format", "json").json()).isEmpty();

        Run real = orbit("import", csv.toString(), "--format", "linkedin");
        assertThat(real.code()).isZero();
        assertThat(real.out()).contains("Imported: 4 new, 0 merged, 0 interactions.");
        assertThat(orbit("contacts", "list", "--format", "json").json()).hasSize(4);
    }

    private static final String CARDS = card("Ada Byron", "Acme", "") + card("Ben Carter", "ACME Corp", "")
            + card("Cleo Dumas", "Initech", "investors,friends") + card("Dan Evans", "Globex", "");

    private static String card(String name, String org, String categories) {
        String[] n = name.split(" ");
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name + "\r\nN:" + n[1] + ";" + n[0] + ";;;\r\nORG:" + org
                + "\r\n" + (categories.isEmpty() ? "" : "CATEGORIES:" + categories + "\r\n") + "END:VCARD\r\n";
    }

    private long idOf(String name) {
        for (JsonNode c : orbit("contacts", "list", "--format", "json").json()) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void sort_byOrgTagIdsAndAll_putsThePeopleNotSortedYetInTheirCircle() throws IOException {
        add("--name", "Olga Own", "--org", "Acme", "--circle", "inner");
        Path vcf = files.resolve("people.vcf");
        Files.writeString(vcf, CARDS);
        Run imported = orbit("import", vcf.toString());
        assertThat(imported.out()).contains("4 people arrived not sorted yet: sort them in Not sorted or with "
                + "orbit contacts sort.");

        Run waiting = orbit("contacts", "list", "--unsorted", "--format", "json");
        assertThat(waiting.json()).extracting(n -> n.get("name").asText())
                .containsExactly("Ada Byron", "Ben Carter", "Cleo Dumas", "Dan Evans");
        assertThat(waiting.json().get(2).get("tags")).extracting(JsonNode::asText).containsExactly("friends", "investors");
        assertThat(waiting.json().get(0).get("knownSince").asText()).isEqualTo("2026-11-26");

        Run byOrg = orbit("contacts", "sort", "--circle", "close", "--org", "acme");
        assertThat(byOrg.code()).as(byOrg.err()).isZero();
        assertThat(byOrg.out()).isEqualTo("2 people put in Close." + System.lineSeparator());
        assertThat(orbit("contacts", "sort", "--circle", "INNER", "--tag", "#Investors").out())
                .startsWith("1 person put in Inner.");
        Run table = orbit("contacts", "list", "--unsorted");
        assertThat(table.out().lines().toList()).containsExactly(
                "Id  Name       Organisation  Title  Tags  Known since",
                idOf("Dan Evans") + "   Dan Evans  Globex                     2026-11-26");
        assertThat(orbit("contacts", "sort", "--circle", "outer", "--ids", String.valueOf(idOf("Dan Evans"))).out())
                .startsWith("1 person put in Outer.");
        assertThat(orbit("contacts", "sort", "--circle", "dormant", "--all-unsorted").out())
                .startsWith("No one put in Dormant.");

        assertThat(orbit("contacts", "list", "--unsorted", "--format", "json").json()).isEmpty();
        Run all = orbit("contacts", "list", "--format", "json");
        java.util.Map<String, String> circles = new java.util.HashMap<>();
        all.json().forEach(n -> circles.put(n.get("name").asText(), n.get("circle").asText()));
        assertThat(circles).containsExactlyInAnyOrderEntriesOf(java.util.Map.of("Olga Own", "INNER",
                "Ada Byron", "CLOSE", "Ben Carter", "CLOSE", "Cleo Dumas", "INNER", "Dan Evans", "OUTER"));
    }

    @Test
    void sort_mistakes_areRefusedAndChangeNobody() throws IOException {
        Path vcf = files.resolve("people.vcf");
        Files.writeString(vcf, CARDS);
        orbit("import", vcf.toString());
        long ada = idOf("Ada Byron");

        assertThat(orbit("contacts", "sort", "--circle", "close").code()).isEqualTo(2);
        assertThat(orbit("contacts", "sort", "--circle", "close", "--ids", "1", "--org", "acme").code()).isEqualTo(2);
        assertThat(orbit("contacts", "sort", "--ids", "1").code()).isEqualTo(2);
        assertThat(orbit("contacts", "list", "--due", "--unsorted").err()).startsWith("Use --due or --unsorted, not both.");
        Run unsorted = orbit("contacts", "sort", "--circle", "unsorted", "--all-unsorted");
        assertThat(unsorted.code()).isEqualTo(1);
        assertThat(unsorted.err().lines()).containsExactly("Choose a circle: Inner, Close, Network, Outer or Dormant.");
        Run unknown = orbit("contacts", "sort", "--circle", "close", "--ids", ada + ",999");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().lines()).containsExactly("This contact no longer exists (id 999).");

        assertThat(orbit("contacts", "list", "--unsorted", "--format", "json").json()).hasSize(4);
    }

    /**
     * The file is read while Orbit opens, in the command line's language; what it writes in words
     * follows the language set in the window, as before (--lang is for the output), so it is read
     * again in that one.
     */
    @Test
    void import_readWhileOrbitOpens_writesInTheLanguageSetInTheWindow() throws IOException {
        Path csv = files.resolve("Connections.csv");
        Files.write(csv, CliTest.class.getResourceAsStream("/app/orbit/exchange/Connections.csv").readAllBytes());
        try (Orbit o = TestOrbit.open(data)) {
            app.orbit.service.Settings s = o.settings().current();
            o.settings().save(new app.orbit.service.Settings(s.theme(), app.orbit.service.Settings.Language.FR,
                    s.planSize(), s.cadences(), s.phoneRegion()));
        }

        Run r = orbit("--lang", "en", "import", csv.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Imported: 4 new, 0 merged, 0 interactions.");
        try (Orbit o = TestOrbit.open(data)) {
            long id = o.contacts().search("Camille Bonnet", false, 5).get(0).id();
            assertThat(o.contacts().get(id).howWeMet()).isEqualTo("Relation LinkedIn depuis le 2024-03-12");
        }
    }

    @Test
    void import_badFile_isAUserErrorNamingTheLine() throws IOException {
        Path csv = files.resolve("Connections.csv");
        Files.writeString(csv, "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ann,Lee,,,,,31 Feb 2024\n");

        Run r = orbit("import", csv.toString());

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("Connections.csv, line 2: \u201c31 Feb 2024\u201d is not a date.");
    }

    @Test
    void import_windows1252WithEncodingNamed_readsTheAccentsAndSaysNothingOfAGuess() throws IOException {
        Path file = files.resolve("outlook.csv");
        try (var in = CliTest.class.getResourceAsStream("/import/outlook.csv")) {
            Files.write(file, in.readAllBytes());
        }

        Run guessed = orbit("import", "--dry-run", file.toString());
        Run named = orbit("import", "--dry-run", "--encoding", "windows-1252", file.toString());

        assertThat(guessed.out()).contains("outlook.csv: read as Windows-1252, as the file is not UTF-8: "
                + "Mr. François Xavier Müller Jr., Ana Núñez, Plomberie Rémi.");
        assertThat(named.code()).as(named.err()).isZero();
        assertThat(named.out()).contains("3 new").doesNotContain("read as");
        assertThat(orbit("import", "--encoding", "klingon", file.toString()).code()).isEqualTo(2);
    }

    @Test
    void import_unknownFormatName_isAUsageError() {
        Run r = orbit("import", "x.csv", "--format", "excel");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("Unknown format \u201cexcel\u201d");
    }

    @Test
    void export_jsonToStdout_thenRestoreIntoAnotherDirectory_givesTheSameJson() throws IOException {
        add("--name", "Ann Lee", "--email", "ann@example.com");
        orbit("log", "--with", "Ann", "--kind", "call", "--summary", "Hello");
        Run exported = orbit("export", "--format", "json");
        assertThat(exported.code()).isZero();
        assertThat(exported.json().get("formatVersion").asInt()).isEqualTo(app.orbit.exchange.JsonBackup.FORMAT_VERSION);
        Path file = files.resolve("orbit.json");
        Files.writeString(file, exported.out());

        Path other = files.resolve("other");
        Run restored = raw("--data-dir", other.toString(), "import", file.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        Run again = raw("--data-dir", other.toString(), "export", "--format", "json");

        assertThat(again.out()).isEqualTo(exported.out());
    }

    @Test
    void export_formatsToAFile_writeTheFile() throws IOException {
        add("--name", "Ann Lee", "--birthday", "1980-04-01");
        for (String f : List.of("vcard", "csv", "ics")) {
            Path out = files.resolve("out." + f);

            Run r = orbit("export", "--format", f, "--output", out.toString());

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out().strip()).as("success goes to standard output")
                    .isEqualTo("Exported to " + out.toAbsolutePath() + ".");
            assertThat(r.err()).isEmpty();
            assertThat(Files.readString(out)).contains("Ann");
        }
    }

    @Test
    void helpAndVersion_exitZero() {
        Run help = raw("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("contacts").contains("log").contains("week").contains("asks").contains("import")
                .contains("export").contains("--data-dir").contains("--today");
        Run sub = raw("contacts", "add", "--help");
        assertThat(sub.code()).isZero();
        assertThat(sub.out()).contains("--name").contains("--birthday");
        Run version = raw("--version");
        assertThat(version.code()).isZero();
        assertThat(version.out()).startsWith("Orbit ");
    }

    @Test
    void usageErrors_exitTwo() {
        assertThat(raw("nonsense").code()).isEqualTo(2);
        assertThat(orbit("contacts", "add").code()).isEqualTo(2);
        assertThat(orbit("--today", "2026-13-01", "week").code()).isEqualTo(2);
        assertThat(orbit("export").code()).isEqualTo(2);
    }

    @Test
    void userErrors_exitOneWithOneLine() {
        Run r = orbit("contacts", "add", "--name", "Ann", "--email", "not-an-email");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().lines()).containsExactly("\u201cnot-an-email\u201d is not an email address.");
        Run unknown = orbit("restore", "nothing.zip");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err().lines()).singleElement().asString().startsWith("There is no backup named");
    }

    @Test
    void backupThenRestore_bringsTheDatabaseBackAndKeepsTheReplacedOne() {
        add("--name", "Ann Lee");
        Run backup = orbit("backup");
        assertThat(backup.code()).as(backup.err()).isZero();
        String file = backup.out().strip().replaceFirst("^Backed up to backups/", "").replaceFirst("\\.$", "");
        add("--name", "Bob Stone");

        Run restore = orbit("restore", file);

        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored " + file + ". The database as it was is kept as backups/");
        assertThat(orbit("contacts", "list", "--format", "json").json()).hasSize(1);
    }

    @Test
    void wantsWindow_onlyWithoutACommand() {
        assertThat(Cli.wantsWindow(new String[0])).isTrue();
        assertThat(Cli.wantsWindow(new String[] {"--data-dir", "x", "--today", "2026-01-01"})).isTrue();
        assertThat(Cli.wantsWindow(new String[] {"week"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"--help"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"--bogus"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"--data-dir=x", "week"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"--data-dir", "x", "contacts", "list"})).isFalse();
        assertThat(Cli.onlyWindowOptions(new String[] {"--data-dir", "week"})).isFalse();
        assertThat(Cli.onlyWindowOptions(new String[] {"--database", "postgresql://db/orbit"})).isTrue();
        assertThat(Cli.wantsWindow(new String[] {"--database=postgresql://db/orbit", "--data-dir", "x"})).isTrue();
        assertThat(Cli.wantsWindow(new String[] {"--database", "postgresql://db/orbit", "week"})).isFalse();
    }

    @Test
    void help_listsEveryCommand() {
        Run help = orbit("--help");

        assertThat(Cli.COMMANDS).hasSize(15);
        Cli.COMMANDS.forEach((name, command) -> {
            assertThat(command.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name);
            assertThat(help.out()).contains("  " + name + " ");
        });
    }

    @Test
    void help_ofACommand_listsEveryOneOfItsSubcommands() {
        assertThat(Cli.SUBCOMMANDS.keySet()).containsExactlyInAnyOrder("contacts", "asks", "calendar", "proposals");
        Cli.SUBCOMMANDS.forEach((command, nested) -> {
            Run help = orbit(command, "--help");
            nested.forEach((name, type) -> {
                assertThat(type.getAnnotation(picocli.CommandLine.Command.class).name()).isEqualTo(name);
                assertThat(help.out()).as(command).contains("  " + name + " ");
            });
        });
    }

    @Test
    void subcommandNamed_isTheArgumentAfterTheCommandWhenItIsOne() {
        var contacts = Cli.SUBCOMMANDS.get("contacts");
        assertThat(Cli.subcommandNamed(new String[] {"--data-dir", "/x", "contacts", "list", "--due"}, "contacts",
                contacts)).isEqualTo("list");
        assertThat(Cli.subcommandNamed(new String[] {"contacts", "--help"}, "contacts", contacts)).isNull();
        assertThat(Cli.subcommandNamed(new String[] {"contacts", "lst"}, "contacts", contacts)).isNull();
        assertThat(Cli.subcommandNamed(new String[] {"contacts"}, "contacts", contacts)).isNull();
    }

    @Test
    void commandNamed_findsTheCommandPastTheGlobalOptions() {
        assertThat(Cli.commandNamed(new String[] {"--data-dir", "/tmp/x", "--lang", "fr", "contacts", "list"}))
                .isEqualTo("contacts");
        assertThat(Cli.commandNamed(new String[] {"--read-only", "--today=2026-01-01", "week"})).isEqualTo("week");
        assertThat(Cli.commandNamed(new String[] {"--data-dir", "week"})).isNull();
        assertThat(Cli.commandNamed(new String[] {"--data-dir", "x"})).isNull();
        assertThat(Cli.commandNamed(new String[] {"weeks"})).isNull();
        assertThat(Cli.commandNamed(new String[] {"--help", "week"})).isNull();
        assertThat(Cli.commandNamed(new String[] {"week", "--help"})).isEqualTo("week");
    }

    @Test
    void aCommandAfterTheGlobalOptions_stillTakesThemWhenOnlyItIsModelled() {
        Run added = raw("contacts", "add", "--name", "Inès Roy", "--data-dir", data.toString());
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(orbit("contacts", "list").out()).contains("Inès");
        Run typo = orbit("contcts", "list");
        assertThat(typo.code()).isEqualTo(Cli.USAGE);
        assertThat(typo.err()).contains("contcts");
    }

    @Test
    void wantsWindow_withAVCardFile_opensTheWindowButNotForACommandOrAnotherFile() {
        assertThat(Cli.wantsWindow(new String[] {"/home/me/Downloads/Cécile Durand.VCF"})).isTrue();
        assertThat(Cli.wantsWindow(new String[] {"--data-dir", "x", "a.vcf", "b.vcard"})).isTrue();
        assertThat(Cli.wantsWindow(new String[] {"import", "a.vcf"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"Connections.csv"})).isFalse();
        assertThat(Cli.wantsWindow(new String[] {"--vcf"})).isFalse();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "--data-dir ./x", "--data-dir=x", "--today 2026-01-01",
        "--data-dir x/y --today=2026-01-01", "--today=2026-01-01 --data-dir=y", "--data-dir /home/me/Orbit Data"})
    void onlyWindowOptions_whenTrue_agreesWithTheFullParse(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ", line.startsWith("--data-dir /") ? 2 : -1);

        assertThat(Cli.onlyWindowOptions(args)).isTrue();
        assertThat(Cli.parsedAsWindow(args)).isTrue();
    }

    @Test
    void output_followsTheLanguageSetInTheWindow_unlessLangAsksAnother() {
        add("--name", "Ann Lee");
        assertThat(orbit("contacts", "list").out()).contains("Name");
        try (Orbit o = TestOrbit.open(data)) {
            app.orbit.service.Settings s = o.settings().current();
            o.settings().save(new app.orbit.service.Settings(s.theme(), app.orbit.service.Settings.Language.FR,
                    s.planSize(), s.cadences(), s.phoneRegion()));
        }

        Run stored = orbit("contacts", "list");
        Run asked = orbit("--lang", "en", "contacts", "list");
        Run refused = orbit("contacts", "sort", "--circle", "close", "--ids", "999");

        assertThat(stored.out()).contains("Nom").doesNotContain("Name");
        assertThat(asked.out()).contains("Name").doesNotContain("Nom");
        assertThat(refused.code()).isEqualTo(Cli.USER_ERROR);
        assertThat(refused.err().lines()).containsExactly("Ce contact n'existe plus (id 999).");
    }
}
