package app.orbit.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meaningful words of a short text, for matching needs against offers and asks against
 * contacts: folded (accent- and case-insensitive), French and English stop words dropped, plurals
 * folded to a simple singular ("designers" and "designer" meet, so do "journaux" and "journal").
 */
public final class Keywords {

    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9+#]+");

    /**
     * Grammatical words of both languages, plus words too general to say what someone needs or
     * offers ("contacts", "help", "advice"): two people sharing only those have nothing to meet on.
     * French "ai" (j'ai) is kept on purpose: it is also "AI", which people do need and offer.
     */
    static final Set<String> STOP_WORDS = Set.copyOf(List.of(
            // English
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "without",
            "by", "about", "as", "into", "onto", "over", "under", "up", "down", "out", "off", "than", "then",
            "this", "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "me", "you",
            "him", "she", "he", "it", "we", "they", "them", "us", "i", "is", "am", "are", "was", "were", "be",
            "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could",
            "should", "may", "might", "must", "not", "no", "yes", "so", "very", "too", "also", "just", "some",
            "any", "all", "each", "every", "other", "another", "more", "most", "less", "few", "many", "much",
            "such", "own", "same", "new", "good", "great", "who", "whom", "what", "which", "where", "when",
            "why", "how", "someone", "somebody", "anyone", "anybody", "something", "anything", "people",
            "person", "looking", "look", "need", "needs", "want", "help", "helping", "advice", "contact",
            "contacts", "etc", "like", "via", "per",
            // French
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "et", "ou", "mais", "donc", "car", "ni",
            "en", "dans", "sur", "sous", "avec", "sans", "pour", "par", "chez", "vers", "entre", "au", "aux",
            "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre",
            "nos", "votre", "vos", "leur", "leurs", "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils",
            "elles", "se", "s", "qui", "que", "qu", "quoi", "dont", "ou", "est", "sont", "etre", "avoir",
            "as", "a", "ont", "fait", "faire", "pas", "ne", "n", "plus", "moins", "tres", "aussi", "tout", "tous",
            "toute", "toutes", "autre", "autres", "meme", "nouveau", "nouvelle", "nouveaux", "bon", "bonne",
            "quelqu", "quelque", "quelques", "chose", "gens", "personne", "cherche", "recherche", "besoin",
            "aide", "aider", "conseil", "conseils", "contact", "contacts", "y", "c", "m", "t"));

    private Keywords() {
    }

    /** The keywords of a text, in the order they first appear. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String raw : NON_WORD.split(Text.fold(text))) {
            if (raw.isEmpty() || STOP_WORDS.contains(raw) || raw.chars().allMatch(Character::isDigit)) {
                continue;
            }
            String w = singular(raw);
            if (!w.isEmpty() && !STOP_WORDS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A simple singular for French and English plurals, applied the same way to both sides of a
     * match: it need not be a real word, only the same one for "startup" and "startups".
     */
    public static String singular(String w) {
        int n = w.length();
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("eaux") || n >= 4 && w.endsWith("eux")) {
            return w.substring(0, n - 1);
        }
        if (n > 4 && w.endsWith("aux")) {
            return w.substring(0, n - 3) + "al";
        }
        if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
