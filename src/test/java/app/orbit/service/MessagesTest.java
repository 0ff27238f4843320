package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static Properties load(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/app/orbit/messages_" + lang + ".properties");
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    @Test
    void bundles_haveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("fr").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("en").stringPropertyNames()));
    }

    /** A key written twice is silently the last one: merges of parallel work left three wordings of one sentence. */
    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void bundle_noKeyDefinedTwice(String lang) throws IOException {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        java.util.List<String> twice = new java.util.ArrayList<>();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/app/orbit/messages_" + lang + ".properties")) {
            String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#") || !line.contains("=") || lines[i].startsWith(" ")) {
                    continue;
                }
                String key = line.substring(0, line.indexOf('=')).strip();
                Integer before = seen.put(key, i + 1);
                if (before != null) {
                    twice.add(key + " (lines " + before + " and " + (i + 1) + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyPatternWithArguments_formats(String lang) throws IOException {
        Properties p = load(lang);
        Locale locale = Locale.forLanguageTag(lang);
        Object[] args = {0L, 1, "x", "y", "z"};
        Object[] many = {42L, 90, "x", "y", "z"};
        for (String key : p.stringPropertyNames()) {
            String pattern = p.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            String one = new MessageFormat(pattern, locale).format(typed(pattern, locale, args));
            String lots = new MessageFormat(pattern, locale).format(typed(pattern, locale, many));
            assertThat(one).as(key).doesNotContain("{").isNotBlank();
            assertThat(lots).as(key).doesNotContain("{").isNotBlank();
        }
    }

    /**
     * The sample arguments, except where the pattern formats an argument as a number or a date:
     * there a number or a date of the sample's size, so patterns with many typed arguments
     * (the plan's dates and counts) are checked too.
     */
    private static Object[] typed(String pattern, Locale locale, Object[] sample) {
        java.text.Format[] formats = new MessageFormat(pattern, locale).getFormatsByArgumentIndex();
        Object[] out = new Object[Math.max(sample.length, formats.length)];
        for (int i = 0; i < out.length; i++) {
            Object s = i < sample.length ? sample[i] : "w";
            java.text.Format f = i < formats.length ? formats[i] : null;
            if (f instanceof java.text.NumberFormat && !(s instanceof Number)) {
                out[i] = (long) i;
            } else if (f instanceof java.text.DateFormat) {
                out[i] = new java.util.Date(86_400_000L * (s instanceof Number n ? n.longValue() : i));
            } else {
                out[i] = s;
            }
        }
        return out;
    }

    @Test
    void get_formatsStalenessReasonInBothLanguages() {
        assertThat(new Messages(Locale.ENGLISH).get("staleness.reason", 94L, 60)).isEqualTo(
                "last touch 94 days ago; every 60 days");
        assertThat(new Messages(Locale.FRENCH).get("staleness.reason", 1L, 14)).isEqualTo(
                "dernier contact il y a 1 jour ; tous les 14 jours");
        assertThat(new Messages(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    }
}
