package app.orbit.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the domain: folding for search, trimming for storage. */
public final class Text {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Text() {
    }

    /**
     * Folds text for accent- and case-insensitive matching: "Cécile Œuvray" becomes
     * "cecile oeuvray". Folding keeps word boundaries, so it can be used for keyword matching.
     */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String quick = foldByTable(text);
        return quick != null ? quick : foldAny(text);
    }

    /** {@link #fold} by its definition, whatever the text: the table's shortcut must give the same. */
    static String foldAny(String text) {
        String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /**
     * {@link #fold} of a text whose letters all have a table entry (ASCII and the Latin blocks up
     * to U+024F), or null when one has none. Folding is then done character by character: in those
     * blocks the replacements, the decomposition, the marks and the lower-casing each act on one
     * character, so each folds to its own entry, worked out once by the definition itself (an
     * import of 30,000 names with accents spent a tenth of its matching in the regular expressions).
     * White space that {@code \s} matches (ASCII only) is collapsed as the definition does.
     */
    static String foldByTable(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                String folded = ch < LatinFolds.END ? LatinFolds.FOLDS[ch - 0x80] : null;
                if (folded == null) {
                    return null;
                }
                if (out == null) {
                    out = new StringBuilder(n + 4).append(text, 0, i);
                }
                out.append(folded);
                space = false;
                continue;
            }
            boolean white = ch == ' ' || ch == '\t' || ch == '\n' || ch == 0x0B || ch == '\f' || ch == '\r';
            char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
            if (out == null) {
                if (lower == ch && !(white && (ch != ' ' || space))) {
                    space = white;
                    continue;
                }
                out = new StringBuilder(n).append(text, 0, i);
            }
            if (white) {
                if (!space) {
                    out.append(' ');
                }
            } else {
                out.append(lower);
            }
            space = white;
        }
        return (out == null ? text : out.toString()).trim();
    }

    /** The fold of each character from U+0080 to U+024F, made on first use by {@link #foldAny} itself. */
    private static final class LatinFolds {
        static final char END = 0x250;
        static final String[] FOLDS = new String[END - 0x80];

        static {
            for (char ch = 0x80; ch < END; ch++) {
                String folded = foldAny(String.valueOf(ch));
                // A character that folds to nothing, or to white space, is left to the definition.
                FOLDS[ch - 0x80] = folded.isEmpty() || folded.chars().anyMatch(c -> c <= ' ') ? null : folded;
            }
        }

        private LatinFolds() {
        }
    }

    /** Trims, and turns blank into empty; never returns null. */
    public static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Whether text is null or only white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
