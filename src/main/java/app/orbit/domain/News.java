package app.orbit.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots news worth congratulating someone on in a text, in English or French: a new job, a
 * promotion, a launch, a birth, a wedding, a graduation, an award, funding raised, a book.
 */
public final class News {

    /** The kinds of news, each with the folded pattern that finds it. Kept strict: a false "congratulations" is worse than none. */
    private static final List<Kind> KINDS = List.of(
            new Kind("job", "new (job|role|position)|started (a new|at)|nouveau (poste|job|travail)|nouvel emploi"
                    + "|nouvelle (mission|fonction)|a ete embauchee?|vient d etre embauchee?"),
            new Kind("promotion", "promoted|got a promotion|promotion to|promue?|a ete nommee?|vient d etre nommee?"),
            new Kind("launch", "launched|launching|just launched|lancement|a lance|vient de lancer|lance (son|sa|ses)"),
            new Kind("birth", "baby|birth|born|naissance|bebe|a accouche"),
            new Kind("wedding", "wedding|got married|got engaged|engaged to|mariage|se marie|s est mariee?"
                    + "|fiancailles|fiancee?"),
            new Kind("graduation", "graduated|graduation|diplomee?|soutenance"),
            new Kind("award", "award|won a|won the|laureate?|laureat|recompensee?"),
            new Kind("funding", "raised (a |an |their |his |her )?(seed|series|round|funding|million)|funding round"
                    + "|levee de fonds|leve des fonds|a leve"),
            new Kind("book", "published (a|her|his|their) book|new book|nouveau livre|a publie|vient de publier"));

    private record Kind(String name, Pattern pattern) {
        Kind(String name, String regex) {
            this(name, Pattern.compile("(?:^| )(?:" + regex + ")(?= |$)"));
        }
    }

    private News() {
    }

    /** Every kind {@link #find} can return, for the message keys {@code gesture.CONGRATULATE.<kind>}. */
    public static List<String> kinds() {
        return KINDS.stream().map(Kind::name).toList();
    }

    /** The kind of news the text mentions ("job", "birth"…), the first kind found; empty if none. */
    public static Optional<String> find(String text) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        String folded = Text.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
        for (Kind k : KINDS) {
            Matcher m = k.pattern().matcher(folded);
            if (m.find()) {
                return Optional.of(k.name());
            }
        }
        return Optional.empty();
    }
}
