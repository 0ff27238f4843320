package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbit calendar} and {@code orbit proposals}: add, list, remove; list, accept, dismiss, add people. */
class CalendarCommandTest {

    @TempDir
    Path data;
    @TempDir
    Path files;

    private CliRunner cli() {
        return new CliRunner(data, Locale.ENGLISH);
    }

    private Path google() throws IOException {
        Path file = files.resolve("google.ics");
        try (InputStream in = getClass().getResourceAsStream("/calendar/google.ics")) {
            Files.copy(in, file);
        }
        return file;
    }

    private static List<String> ids(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("id").asText()));
        return out;
    }

    @Test
    void calendarAddListRemove_masksTheSecretAddress() {
        String secret = "https://calendar.google.com/calendar/ical/alice%40example.com/private-0a1b2c3d4e/basic.ics";
        assertThat(cli().ok("calendar", "add", secret)).contains("https://calendar.google.com/…")
                .doesNotContain("private-0a1b2c3d4e");

        String table = cli().ok("calendar", "list");
        assertThat(table).contains("https://calendar.google.com/…").doesNotContain("private");
        JsonNode json = cli().orbit("calendar", "list", "--format", "json").json();
        assertThat(json).hasSize(1);
        assertThat(json.get(0).get("calendar").asText()).isEqualTo("https://calendar.google.com/…");
        assertThat(json.toString()).doesNotContain("private");

        long id = json.get(0).get("id").asLong();
        assertThat(cli().ok("calendar", "remove", String.valueOf(id))).contains("removed");
        assertThat(cli().ok("calendar", "list")).contains("No calendar yet");
        CliRunner.Run again = cli().orbit("calendar", "remove", String.valueOf(id));
        assertThat(again.code()).isEqualTo(1);
        assertThat(again.err()).contains("There is no calendar " + id);
    }

    @Test
    void calendarAdd_missingFile_saysWhichFile() {
        CliRunner.Run r = cli().orbit("calendar", "add", files.resolve("nope.ics").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("No calendar file at").contains("nope.ics");
    }

    @Test
    void proposals_jsonAcceptDismiss_andNothingTwice() throws IOException {
        cli().ok("contacts", "add", "--name", "Bob Tanner", "--email", "bob@example.com");
        cli().ok("contacts", "add", "--name", "Chloé Durand", "--email", "chloe@example.org");
        cli().ok("calendar", "add", google().toString());

        JsonNode rows = cli().orbit("proposals", "--format", "json").json();
        assertThat(rows).hasSize(5);
        JsonNode lunch = rows.get(1);
        assertThat(lunch.get("date").asText()).isEqualTo("2026-11-20");
        assertThat(lunch.get("title").asText()).isEqualTo("Déjeuner Chloé");
        assertThat(lunch.get("confidence").asInt()).isEqualTo(100);
        assertThat(lunch.get("participants").get(0).get("name").asText()).isEqualTo("Chloé Durand");
        assertThat(lunch.get("participants").get(0).get("id").asLong()).isPositive();
        assertThat(lunch.get("unknown").get(0).get("email").asText()).isEqualTo("dan@startup.io");

        String table = cli().ok("proposals");
        assertThat(table).contains("Déjeuner Chloé").contains("Video call").contains("100 %")
                .contains("One person you don't have yet: Dan Smith <dan@startup.io>");

        String accepted = cli().ok("proposals", "accept", lunch.get("id").asText(), rows.get(0).get("id").asText());
        assertThat(accepted).contains("Logged " + lunch.get("id").asText() + " “Déjeuner Chloé” on 2026-11-20");
        String dismissed = cli().ok("proposals", "dismiss", rows.get(4).get("id").asText());
        assertThat(dismissed).contains("will not be proposed again");

        JsonNode after = cli().orbit("proposals", "--format", "json").json();
        assertThat(ids(after)).containsExactly(rows.get(2).get("id").asText(), rows.get(3).get("id").asText());
        JsonNode contacts = cli().orbit("contacts", "list", "--format", "json").json();
        for (JsonNode c : contacts) {
            assertThat(c.get("lastTouch").asText()).isIn("2026-11-20", "2026-11-25");
        }
    }

    @Test
    void proposalsAccept_unknownId_logsNothing() throws IOException {
        cli().ok("contacts", "add", "--name", "Bob Tanner", "--email", "bob@example.com");
        cli().ok("calendar", "add", google().toString());
        String first = ids(cli().orbit("proposals", "--format", "json").json()).get(0);

        CliRunner.Run r = cli().orbit("proposals", "accept", first, "zzzzzzzz");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("There is no proposal zzzzzzzz");
        assertThat(cli().orbit("proposals", "--format", "json").json()).hasSize(4);
    }

    @Test
    void proposalsAddPeople_inFrench_addsThemNotSorted() throws IOException {
        CliRunner fr = new CliRunner(data, Locale.FRENCH);
        fr.ok("contacts", "add", "--name", "Chloé Durand", "--email", "chloe@example.org");
        fr.ok("calendar", "add", google().toString());
        assertThat(fr.ok("proposals")).contains("Une personne que vous n’avez pas encore");

        assertThat(fr.ok("proposals", "add-people")).contains("Une personne ajoutée, pas encore triée.");

        JsonNode unsorted = fr.orbit("contacts", "list", "--unsorted", "--format", "json").json();
        assertThat(unsorted).hasSize(1);
        assertThat(unsorted.get(0).get("name").asText()).isEqualTo("Dan Smith");
        assertThat(fr.ok("proposals")).doesNotContain("pas encore\u00a0:");
    }
}
