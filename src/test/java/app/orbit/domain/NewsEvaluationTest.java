package app.orbit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * News to congratulate on, measured like a classifier on a labelled set of notes
 * (src/test/resources/advice/news.tsv, English and French, with hard negatives): precision of
 * what is found, recall of the news there is, and the kind found. Figures go to
 * target/advice/news.txt and docs/advice.md.
 */
class NewsEvaluationTest {

    record Item(String lang, String text, String kind) {
    }

    static List<Item> items(String file) throws IOException {
        try (InputStream in = NewsEvaluationTest.class.getResourceAsStream("/advice/" + file)) {
            List<Item> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                out.add(new Item(f[0], f[1], f[2].strip()));
            }
            return out;
        }
    }

    /** Counts for one slice of the set. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int wrongKind, List<String> errors) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }
    }

    static Score score(List<Item> items) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int wrongKind = 0;
        List<String> errors = new ArrayList<>();
        for (Item i : items) {
            Optional<String> found = News.find(i.text());
            boolean news = !i.kind().equals("none");
            if (found.isPresent() && news) {
                tp++;
                if (!found.get().equals(i.kind())) {
                    wrongKind++;
                    errors.add("kind " + found.get() + " for " + i.kind() + ": " + i.text());
                }
            } else if (found.isPresent()) {
                fp++;
                errors.add("false news " + found.get() + ": " + i.text());
            } else if (news) {
                fn++;
                errors.add("missed " + i.kind() + ": " + i.text());
            }
        }
        return new Score(tp, fp, fn, wrongKind, errors);
    }

    @Test
    void developmentSet_precisionAtLeast95_recallAtLeast85_inBothLanguages() throws IOException {
        check("news.tsv", 120, 0.95, 0.85);
    }

    /** The held-out set was written after the rules and never used to tune them: the honest figure. */
    @Test
    void heldOutSet_precisionAtLeast80_recallAtLeast25_inBothLanguages() throws IOException {
        check("news-heldout.tsv", 45, 0.8, 0.25);
    }

    private static void check(String file, int size, double minPrecision, double minRecall) throws IOException {
        List<Item> all = items(file);
        assertThat(all).hasSizeGreaterThanOrEqualTo(size);
        StringBuilder report = new StringBuilder(file).append('\n');
        for (String lang : List.of("all", "en", "fr")) {
            List<Item> slice = all.stream().filter(i -> lang.equals("all") || i.lang().equals(lang)).toList();
            Score s = score(slice);
            report.append(String.format(Locale.ROOT, "%s: %d items, %d news; precision %.3f, recall %.3f, "
                    + "right kind %d of %d%n", lang, slice.size(), slice.stream().filter(i -> !i.kind().equals("none"))
                    .count(), s.precision(), s.recall(), s.truePositives() - s.wrongKind(), s.truePositives()));
            if (lang.equals("all")) {
                s.errors().forEach(e -> report.append("  ").append(e).append('\n'));
            }
        }
        Path out = Path.of("target", "advice", file.replace(".tsv", ".txt"));
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());

        for (String lang : List.of("en", "fr")) {
            Score s = score(all.stream().filter(i -> i.lang().equals(lang)).toList());
            assertThat(s.precision()).as(lang + "\n" + report).isGreaterThanOrEqualTo(minPrecision);
            assertThat(s.recall()).as(lang + "\n" + report).isGreaterThanOrEqualTo(minRecall);
            assertThat(s.wrongKind()).as(lang + "\n" + report).isLessThanOrEqualTo(2);
        }
    }
}
