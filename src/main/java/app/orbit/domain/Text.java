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
        String s = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        return SPACES.matcher(s).replaceAll(" ").trim();
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
