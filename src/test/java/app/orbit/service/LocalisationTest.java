package app.orbit.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message key the code asks for is in both bundles (a missing one shows the raw key), and
 * every key in the bundles is used by the code, by its name or under a prefix the code completes
 * (an enum's constant: {@code messages.of("circle", c)}, {@code "files.format." + format}).
 */
class LocalisationTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String KEY = "([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)+)";
    private static final String PREFIX = "([a-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)";
    /** Where the code names a message key: the bundle's own calls, the views' helpers, the exceptions' keys. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("messages\\s*\\.\\s*(?:get|has)\\(\\s*\"" + KEY + "\""),
            Pattern.compile("\\b(?:text|label)\\(\\s*\"" + KEY + "\""),
            Pattern.compile("new ValidationException\\(\\s*\"[^\"]*\"\\s*,\\s*\"" + KEY + "\""),
            Pattern.compile("new (?:Orbit|Store)Exception\\(\\s*(?:null\\s*,\\s*)?\"" + KEY + "\""),
            Pattern.compile("Phrase\\.of\\(\\s*\"" + KEY + "\""),
            // Either key of a choice handed to the bundle: messages.get(isNew ? "log.title" : "log.title.edit").
            Pattern.compile("messages\\s*\\.\\s*get\\(\\s*[^;\"]*\\?\\s*\"" + KEY + "\""),
            Pattern.compile("messages\\s*\\.\\s*get\\(\\s*[^;\"]*\\?\\s*\"[^\"]*\"\\s*:\\s*\""
                    + KEY + "\""),
            // A table of keys read a row at a time (the shortcuts sheet: {"Ctrl+L", "shortcuts.log"}).
            Pattern.compile("\\{\\s*\"[^\"]*\"\\s*,\\s*\"" + KEY + "\"\\s*\\}"));
    /** Where the code names a prefix it completes with an enum constant's name. */
    private static final List<Pattern> PREFIX_USES = List.of(
            Pattern.compile("messages\\s*\\.\\s*of\\(\\s*\"" + PREFIX + "\""),
            Pattern.compile("enumConverter\\(\\s*\\w+\\s*,\\s*\"" + PREFIX + "\""),
            Pattern.compile("\"" + PREFIX + "\\.\"\\s*\\+"));
    private static final Pattern LITERAL = Pattern.compile("\"" + KEY + "\"");

    /**
     * Keys the code builds in a way the patterns above do not see; each says where. Keep it short:
     * prefer writing the key out in full where it is used.
     */
    private static final Set<String> BUILT_ELSEWHERE = Set.of();
    /** Strings built like a key's prefix that name something else: the settings' "cadence.INNER" and its field. */
    private static final Set<String> NOT_MESSAGES = Set.of("cadence");

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LocalisationTest.class.getResourceAsStream("/app/orbit/messages_" + lang
                + ".properties"); var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    private static String code() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(f)).append('\n');
            }
        }
        return all.toString();
    }

    private static Set<String> found(List<Pattern> patterns, String code) {
        Set<String> out = new TreeSet<>();
        for (Pattern p : patterns) {
            Matcher m = p.matcher(code);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyKeyTheCodeNames_isInTheBundle(String lang) throws IOException {
        Set<String> keys = bundle(lang).stringPropertyNames();
        Set<String> used = found(KEY_USES, code());
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(300);

        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);

        assertThat(missing).as("keys used in the code but not in messages_%s.properties", lang).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr"})
    void everyPrefixTheCodeCompletes_hasKeysInTheBundle(String lang) throws IOException {
        Set<String> keys = bundle(lang).stringPropertyNames();
        Set<String> empty = new TreeSet<>();
        for (String prefix : found(PREFIX_USES, code())) {
            if (!NOT_MESSAGES.contains(prefix) && keys.stream().noneMatch(k -> k.startsWith(prefix + "."))) {
                empty.add(prefix);
            }
        }
        assertThat(empty).as("prefixes completed in the code with no key under them").isEmpty();
    }

    @Test
    void everyKeyInTheBundle_isUsedByTheCode() throws IOException {
        String code = code();
        Set<String> literals = new HashSet<>();
        Matcher m = LITERAL.matcher(code);
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> prefixes = found(PREFIX_USES, code);
        Set<String> unused = new TreeSet<>();
        for (String key : bundle("en").stringPropertyNames()) {
            boolean named = literals.contains(key) || BUILT_ELSEWHERE.contains(key);
            boolean completed = prefixes.stream().anyMatch(p -> key.startsWith(p + "."));
            if (!named && !completed) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in the bundles that no code uses").isEmpty();
    }
}
