package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orbit intros}: every introduction Orbit would suggest, as a table and as JSON. */
class IntrosCommandTest {

    @TempDir
    Path data;

    private CliRunner cli() {
        return new CliRunner(data, Locale.ENGLISH);
    }

    private long add(String name, String needs, String offers) {
        cli().ok("contacts", "add", "--name", name, "--needs", needs, "--offers", offers);
        JsonNode all = cli().orbit("contacts", "list", "--format", "json").json();
        for (JsonNode c : all) {
            if (c.get("name").asText().equals(name)) {
                return c.get("id").asLong();
            }
        }
        throw new AssertionError(name + " not listed");
    }

    @Test
    void intros_json_namesNeederOffererConfidenceAndWhy() {
        long nadia = add("Nadia Kader", "hiring a senior Kotlin payments engineer", "");
        long tom = add("Tom Price", "", "Kotlin payments engineering, hiring referrals");
        add("Rita Vale", "", "aerospace engineering");

        JsonNode rows = cli().orbit("intros", "--format", "json").json();

        assertThat(rows.isArray()).isTrue();
        List<String> pairs = new ArrayList<>();
        for (JsonNode r : rows) {
            pairs.add(r.get("needer").get("id").asLong() + ">" + r.get("offerer").get("id").asLong());
            double confidence = r.get("confidence").asDouble();
            assertThat(confidence).isBetween(0.0, 1.0);
            assertThat(r.get("why").asText()).isNotBlank();
            assertThat(r.get("needer").get("name").asText()).isNotBlank();
        }
        assertThat(pairs).contains(nadia + ">" + tom);
        JsonNode first = rows.get(0);
        assertThat(first.get("needer").get("name").asText()).isEqualTo("Nadia Kader");
        assertThat(first.get("offerer").get("name").asText()).isEqualTo("Tom Price");
        assertThat(first.get("why").asText()).contains("Nadia Kader").contains("Tom Price");
    }

    @Test
    void intros_table_listsBestFirstWithHeaders() {
        add("Nadia Kader", "hiring a senior Kotlin payments engineer", "");
        add("Tom Price", "", "Kotlin payments engineering, hiring referrals");

        String out = cli().ok("intros");

        assertThat(out.lines().findFirst().orElseThrow()).contains("Confidence").contains("Needs").contains("Offers");
        assertThat(out).contains("Nadia Kader (").contains("Tom Price (");
    }

    @Test
    void intros_nobodyNeedsAnything_saysHowToGetSuggestions() {
        add("Tom Price", "", "Kotlin payments engineering");

        assertThat(cli().ok("intros")).contains("No introduction to suggest");
        assertThat(cli().orbit("intros", "--format", "json").json().size()).isZero();
    }
}
