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
        String ascii = foldAscii(text);
        return ascii != null ? ascii : foldAny(text);
    }

    /** {@link #fold} by its definition, whatever the text: the ASCII shortcut must give the same. */
    static String foldAny(String text) {
        String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /**
     * {@link #fold} of a text that is all ASCII, or null when it is not. The plan reads every
     * offers text of the network word by word at its first generation of a session; for ASCII the
     * replacements, the decomposition and the marks do nothing, so lower-casing and collapsing
     * the white space that {@code \s} matches is the same result without the regular expressions.
     */
    static String foldAscii(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean space = false;
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= 0x80) {
                return null;
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

    /** Trims, and turns blank into empty; never returns null. */
    public static String clean(String text) {
        return text == null ? "" : text.strip();
    }

    /** Whether text is null or only white space. */
    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
