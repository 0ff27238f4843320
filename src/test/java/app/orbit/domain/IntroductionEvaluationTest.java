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
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the labelled need/offer pairs of src/test/resources/advice/introductions.tsv and writes
 * precision and recall to target/advice/introductions.txt (see docs/advice-introductions.md).
 */
class IntroductionEvaluationTest {

    private record Pair(int id, String split, String lang, String needs, String offers, boolean match,
            String note, double score) {
    }

    private record Figures(int tp, int fp, int fn, int tn) {

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }
    }

    private static List<Pair> pairs;

    @BeforeAll
    static void score() throws IOException {
        pairs = new ArrayList<>();
        try (InputStream in = IntroductionEvaluationTest.class.getResourceAsStream("/advice/introductions.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                pairs.add(new Pair(Integer.parseInt(f[0]), f[1], f[2], f[3], f[4], f[5].equals("match"),
                        f.length > 6 ? f[6] : "", IntroductionMatcher.score(f[3], f[4])));
            }
        }
    }

    private static Figures figures(Predicate<Pair> which, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Pair p : pairs) {
            if (!which.test(p)) {
                continue;
            }
            boolean said = p.score() >= threshold;
            if (p.match()) {
                tp += said ? 1 : 0;
                fn += said ? 0 : 1;
            } else {
                fp += said ? 1 : 0;
                tn += said ? 0 : 1;
            }
        }
        return new Figures(tp, fp, fn, tn);
    }

    @Test
    void labelledSet_isTheOneDescribed() {
        assertThat(pairs).hasSize(290);
        assertThat(pairs).extracting(Pair::split).containsOnly("dev", "heldout");
        assertThat(pairs).extracting(Pair::lang).containsOnly("en", "fr", "mixed");
        assertThat(pairs).extracting(Pair::score).allMatch(s -> s >= 0 && s <= 1);
    }

    @Test
    void atTheSuggestionThreshold_precisionAndRecallHold_onTheWholeSetAndTheHeldOutHalf() throws IOException {
        write();
        double t = IntroductionMatcher.SUGGEST_THRESHOLD;
        Figures all = figures(p -> true, t);
        Figures heldOut = figures(p -> p.split().equals("heldout"), t);

        assertThat(all.precision()).as("precision, whole set").isGreaterThanOrEqualTo(0.9);
        assertThat(all.recall()).as("recall, whole set").isGreaterThanOrEqualTo(0.6);
        assertThat(heldOut.precision()).as("precision, held-out half").isGreaterThanOrEqualTo(0.9);
        assertThat(heldOut.recall()).as("recall, held-out half").isGreaterThanOrEqualTo(0.6);
    }

    private static void write() throws IOException {
        StringBuilder out = new StringBuilder();
        long hard = pairs.stream().filter(p -> !p.match() && p.note().startsWith("hard")).count();
        long negatives = pairs.stream().filter(p -> !p.match()).count();
        out.append(String.format(Locale.ROOT, "Introductions: %d labelled pairs, %d matches, %d non-matches "
                + "(%d hard negatives, %.0f%% of the non-matches)%n", pairs.size(), pairs.size() - negatives,
                negatives, hard, 100.0 * hard / negatives));
        out.append(String.format(Locale.ROOT, "SUGGEST_THRESHOLD=%.2f MIN_CONFIDENCE=%.2f%n%n",
                IntroductionMatcher.SUGGEST_THRESHOLD, IntroductionMatcher.MIN_CONFIDENCE));
        out.append(String.format(Locale.ROOT, "%-9s %-9s %5s %4s %4s %4s %4s %9s %6s%n", "threshold", "subset",
                "pairs", "tp", "fp", "fn", "tn", "precision", "recall"));
        double[] thresholds = {IntroductionMatcher.MIN_CONFIDENCE, IntroductionMatcher.SUGGEST_THRESHOLD, 0.7};
        for (double t : thresholds) {
            row(out, t, "all", p -> true);
            row(out, t, "dev", p -> p.split().equals("dev"));
            row(out, t, "heldout", p -> p.split().equals("heldout"));
            row(out, t, "en", p -> p.lang().equals("en"));
            row(out, t, "fr", p -> p.lang().equals("fr"));
            row(out, t, "mixed", p -> p.lang().equals("mixed"));
            out.append('\n');
        }
        out.append("Errors at SUGGEST_THRESHOLD (id, split, score, label: needs || offers):\n");
        for (Pair p : pairs) {
            if (p.match() != (p.score() >= IntroductionMatcher.SUGGEST_THRESHOLD)) {
                out.append(String.format(Locale.ROOT, "%3d %-7s %.3f %-8s %s || %s%n", p.id(), p.split(), p.score(),
                        p.match() ? "match" : "no-match", p.needs(), p.offers()));
            }
        }
        Path file = Path.of("target", "advice", "introductions.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder out, double t, String name, Predicate<Pair> which) {
        Figures f = figures(which, t);
        out.append(String.format(Locale.ROOT, "%-9.2f %-9s %5d %4d %4d %4d %4d %9.3f %6.3f%n", t, name,
                f.tp() + f.fp() + f.fn() + f.tn(), f.tp(), f.fp(), f.fn(), f.tn(), f.precision(), f.recall()));
    }
}
