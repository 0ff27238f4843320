package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The precision score measured on the labelled asks of {@code advice/asks.tsv}: every precise ask
 * scores at least 70, every vague one at most 45, every junk one at most 25, in both languages and
 * both halves of the set. The distribution is written to {@code target/advice/asks.txt}.
 */
class AskPrecisionEvaluationTest {

    static final int PRECISE_MIN = 70;
    static final int VAGUE_MAX = 45;
    static final int JUNK_MAX = 25;
    private static final Path REPORT = Path.of("target", "advice", "asks.txt");

    /** One labelled ask and the line it is on. */
    record Item(int line, String split, String lang, String label, Ask ask) {

        int score() {
            return PrecisionCheck.of(ask).score();
        }

        @Override
        public String toString() {
            return "line " + line + " (" + split + ", " + lang + ", " + label + "): " + String.join(" | ",
                    ask.lookingFor(), ask.domain(), ask.niche(), ask.differentiator());
        }
    }

    static List<Item> items() {
        List<Item> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                AskPrecisionEvaluationTest.class.getResourceAsStream("/advice/asks.tsv"), StandardCharsets.UTF_8))) {
            String row;
            int line = 0;
            boolean header = true;
            while ((row = in.readLine()) != null) {
                line++;
                if (row.startsWith("#") || row.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] c = row.split("\t", -1);
                if (c.length != 8) {
                    throw new IllegalStateException("asks.tsv line " + line + ": " + c.length + " columns, not 8");
                }
                out.add(new Item(line, c[0], c[1], c[2], Ask.draft(c[4], c[5], c[6], c[7], HelpWanted.valueOf(c[3]))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void set_isLargeEnoughInBothLanguagesAndHalves() {
        List<Item> all = items();

        assertThat(all).hasSizeGreaterThanOrEqualTo(90);
        assertThat(all).filteredOn(i -> i.lang().equals("fr")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).filteredOn(i -> i.lang().equals("en")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all).extracting(Item::split).containsOnly("dev", "held-out");
        assertThat(all).extracting(Item::label).containsOnly("precise", "vague", "junk");
        for (String split : List.of("dev", "held-out")) {
            for (String lang : List.of("fr", "en")) {
                for (String label : List.of("precise", "vague", "junk")) {
                    assertThat(all).as(split + " " + lang + " " + label).anyMatch(i -> i.split().equals(split)
                            && i.lang().equals(lang) && i.label().equals(label));
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("items")
    void of_scoresEachLabelledAskInsideItsBand(Item item) {
        int score = item.score();

        switch (item.label()) {
            case "precise" -> assertThat(score).as(item.toString()).isGreaterThanOrEqualTo(PRECISE_MIN);
            case "vague" -> assertThat(score).as(item.toString()).isLessThanOrEqualTo(VAGUE_MAX);
            default -> assertThat(score).as(item.toString()).isLessThanOrEqualTo(JUNK_MAX);
        }
    }

    @ParameterizedTest
    @MethodSource("items")
    void languageOf_preciseOrVagueAsk_isTheLanguageItIsWrittenIn(Item item) {
        if (!item.label().equals("junk")) {
            assertThat(TextLanguage.of(item.ask())).as(item.toString())
                    .isEqualTo(item.lang().equals("fr") ? TextLanguage.FRENCH : TextLanguage.ENGLISH);
        }
    }

    @Test
    void report_writesTheDistributionPerLabelLanguageAndHalf() throws IOException {
        List<Item> all = items();
        StringBuilder b = new StringBuilder();
        b.append("Ask precision on src/test/resources/advice/asks.tsv: ").append(all.size()).append(" asks\n");
        b.append("Bands: precise >= ").append(PRECISE_MIN).append(", vague <= ").append(VAGUE_MAX)
                .append(", junk <= ").append(JUNK_MAX).append("\n\n");
        b.append(String.format("%-9s %-5s %-8s %4s %4s %6s %4s  %s%n", "half", "lang", "label", "n", "min", "median",
                "max", "outside band"));
        Map<String, List<Item>> groups = new TreeMap<>(all.stream().collect(Collectors.groupingBy(
                i -> i.split() + "\t" + i.lang() + "\t" + i.label())));
        for (String half : List.of("dev", "held-out", "all")) {
            for (String lang : List.of("fr", "en")) {
                for (String label : List.of("precise", "vague", "junk")) {
                    List<Item> g = half.equals("all")
                            ? all.stream().filter(i -> i.lang().equals(lang) && i.label().equals(label)).toList()
                            : groups.getOrDefault(half + "\t" + lang + "\t" + label, List.of());
                    List<Integer> s = g.stream().map(Item::score).sorted().toList();
                    long outside = g.stream().filter(i -> !inBand(i)).count();
                    b.append(String.format("%-9s %-5s %-8s %4d %4d %6s %4d  %d%n", half, lang, label, s.size(),
                            s.get(0), median(s), s.get(s.size() - 1), outside));
                }
            }
        }
        long worded = all.stream().filter(i -> !i.label().equals("junk")).count();
        long told = all.stream().filter(i -> !i.label().equals("junk") && TextLanguage.of(i.ask())
                == (i.lang().equals("fr") ? TextLanguage.FRENCH : TextLanguage.ENGLISH)).count();
        long junk = all.stream().filter(i -> i.label().equals("junk")).count();
        long neutral = all.stream().filter(i -> i.label().equals("junk")
                && TextLanguage.of(i.ask()) == TextLanguage.NEUTRAL).count();
        b.append(String.format("%nLanguage told from the words: %d of %d precise or vague asks in their language;"
                + " %d of %d junk asks neutral%n", told, worded, neutral, junk));
        b.append("\nEvery ask, by half, language and label, lowest score first:\n");
        all.stream().sorted(Comparator.comparing(Item::split).thenComparing(Item::lang).thenComparing(Item::label)
                .thenComparing(Item::score)).forEach(i -> b.append(String.format("%-9s %-3s %-8s %3d  %s%n",
                i.split(), i.lang(), i.label(), i.score(), String.join(" | ", i.ask().lookingFor(), i.ask().domain(),
                        i.ask().niche(), i.ask().differentiator()))));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, b.toString(), StandardCharsets.UTF_8);

        assertThat(Files.readString(REPORT)).contains("held-out  fr    precise").contains("dev       en    junk");
    }

    private static boolean inBand(Item i) {
        int s = i.score();
        return switch (i.label()) {
            case "precise" -> s >= PRECISE_MIN;
            case "vague" -> s <= VAGUE_MAX;
            default -> s <= JUNK_MAX;
        };
    }

    private static String median(List<Integer> sorted) {
        int n = sorted.size();
        int twice = n % 2 == 1 ? 2 * sorted.get(n / 2) : sorted.get(n / 2 - 1) + sorted.get(n / 2);
        return twice % 2 == 0 ? String.valueOf(twice / 2) : (twice / 2) + ".5";
    }
}
