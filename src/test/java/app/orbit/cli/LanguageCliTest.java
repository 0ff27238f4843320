package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang}: the command line speaks the language asked, whatever the system's (issue 10). */
class LanguageCliTest {

    @TempDir
    Path data;

    @Test
    void lang_fr_onAnEnglishSystem_printsFrench_andEnBackToEnglish() {
        CliRunner english = new CliRunner(data, Locale.ENGLISH);
        String en = english.ok("contacts", "add", "--name", "Ada Lovelace");
        String fr = english.ok("--lang", "fr", "contacts", "add", "--name", "Grace Hopper");
        String back = new CliRunner(data, Locale.FRENCH).ok("contacts", "add", "--lang=en", "--name", "Alan Kay");

        assertThat(en).isEqualTo("Added Ada Lovelace (id 1).\n");
        assertThat(fr).doesNotContain("Added").contains("Grace Hopper").isNotEqualTo("Added Grace Hopper (id 2).\n");
        assertThat(back).isEqualTo("Added Alan Kay (id 3).\n");
        assertThat(Cli.language(new String[] {"--lang", "FR-ca"}, Locale.ENGLISH)).isEqualTo(Locale.FRENCH);
        assertThat(Cli.language(new String[] {"--lang", "de"}, Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    }
}
