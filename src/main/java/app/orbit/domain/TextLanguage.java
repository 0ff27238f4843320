package app.orbit.domain;

import app.orbit.domain.AskWords.Token;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The language a short text is written in, as far as its words tell: French, English, or
 * neutral when nothing in it belongs to either ("fintech", "Kotlin", "SaaS B2B", "CTO", figures).
 * Told from grammatical words (weight 2), elisions ("d'", "l'": 2), common words of asks in each
 * language (1) and French accents on words that are not names (1).
 */
public enum TextLanguage {
    FRENCH, ENGLISH, NEUTRAL;

    /** The language of an ask's own words: what, domain, niche and differentiator together. */
    public static TextLanguage of(Ask ask) {
        int[] what = weigh(ask.lookingFor());
        int[] all = weigh(String.join(" \n ", ask.lookingFor(), ask.domain(), ask.niche(), ask.differentiator()));
        TextLanguage l = decide(all);
        // An even count is settled by what the user looks for, the part the sentence is built on.
        return l == NEUTRAL && all[0] > 0 ? decide(what) : l;
    }

    /** The language of one text. */
    public static TextLanguage of(String text) {
        return decide(weigh(text));
    }

    /** The locale to write in, or empty for neutral text (either language will do). */
    public Optional<Locale> locale() {
        return switch (this) {
            case FRENCH -> Optional.of(Locale.FRENCH);
            case ENGLISH -> Optional.of(Locale.ENGLISH);
            case NEUTRAL -> Optional.empty();
        };
    }

    /** Whether a sentence in this locale's language can be made right with these words. */
    public boolean fits(Locale locale) {
        boolean french = "fr".equals(locale.getLanguage());
        return this == NEUTRAL || (this == FRENCH) == french;
    }

    /** Whether a lower-case word is one of the French or English words the detector knows. */
    static boolean known(String lower) {
        return FRENCH_WORDS.containsKey(lower) || ENGLISH_WORDS.containsKey(lower);
    }

    private static TextLanguage decide(int[] w) {
        if (w[0] > w[1]) {
            return FRENCH;
        }
        return w[1] > w[0] ? ENGLISH : NEUTRAL;
    }

    /** French and English weights of a text. */
    static int[] weigh(String text) {
        int fr = 0;
        int en = 0;
        List<Token> tokens = AskWords.tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower().replace('’', '\'');
            if (w.endsWith("'") && FRENCH_ELISIONS.contains(w)) {
                fr += 2;
                continue;
            }
            boolean name = i > 0 && t.capitalised() && !"I".equals(t.text()) && !startsSentence(text, t.start());
            if ("I".equals(t.text()) || ENGLISH_CONTRACTIONS.contains(w)) {
                en += 2;
                continue;
            }
            if (name || t.acronymLike() || t.hasDigit()) {
                continue;
            }
            // "expert-comptable", "hard-working": the parts tell when the whole is not listed.
            for (String part : FRENCH_WORDS.containsKey(w) || ENGLISH_WORDS.containsKey(w) ? new String[] {w}
                    : w.split("-")) {
                int[] p = weighWord(part);
                fr += p[0];
                en += p[1];
            }
        }
        return new int[] {fr, en};
    }

    /** One lower-case word: the lists first, then accents and endings, which count for less. */
    private static int[] weighWord(String w) {
        Integer f = FRENCH_WORDS.get(w);
        Integer e = ENGLISH_WORDS.get(w);
        if (f != null || e != null) {
            return new int[] {f == null ? 0 : f, e == null ? 0 : e};
        }
        if (FRENCH_ACCENT.matcher(w).find() || FRENCH_ENDING.matcher(w).matches()
                && !FRENCH_LOOKING_ENGLISH.contains(w)) {
            return new int[] {1, 0};
        }
        return ENGLISH_ENDING.matcher(w).matches() ? new int[] {0, 1} : new int[] {0, 0};
    }

    /** Whether a word at {@code at} starts a field or a sentence, where a capital says nothing. */
    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ".!?\n".indexOf(text.charAt(i)) >= 0;
    }

    private static final Set<String> ENGLISH_CONTRACTIONS = Set.of("i'm", "i've", "i'd", "i'll", "don't", "doesn't",
            "isn't", "can't", "won't", "we're", "we've", "they're", "it's", "that's");
    private static final Pattern FRENCH_ACCENT = Pattern.compile("[àâçéèêëîïôûùüÿœ]");
    /** Endings French words have and English ones do not ("-ique", "-eurs", "-aux", "-iste"…). */
    private static final Pattern FRENCH_ENDING = Pattern.compile(
            ".{2,}(ique|iques|eur|eurs|euse|euses|eaux|aux|isme|ismes|iste|istes|oire|oires|aire|aires|ière|ières"
                    + "|ienne|iennes|ettes|elles|eux|ais)");
    /** English words with a French ending, borrowed long ago. */
    private static final Set<String> FRENCH_LOOKING_ENGLISH = Set.of("entrepreneur", "entrepreneurs", "amateur",
            "amateurs", "chauffeur", "questionnaire", "millionaire", "billionaire", "unique", "technique",
            "boutique", "boutiques", "critique", "antique", "physique", "mystique", "liqueur", "grandeur");
    /** Endings English words have and French ones do not ("-ness", "-ship", "-ity", "-ly"…). */
    private static final Pattern ENGLISH_ENDING = Pattern.compile(
            ".{2,}(ness|ship|ships|ful|less|ity|ities|ism|isms|ist|ists|ward|wards|ical|ally|ly|ying|ings)");

    private static final Set<String> FRENCH_ELISIONS = Set.of("l'", "d'", "j'", "qu'", "n'", "s'", "c'", "m'",
            "t'", "jusqu'", "lorsqu'", "puisqu'");

    private static Map<String, Integer> weights(List<String> grammar, List<String> common) {
        return Stream.concat(grammar.stream().map(w -> Map.entry(w, 2)), common.stream().map(w -> Map.entry(w, 1)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Math::max));
    }

    /**
     * Words that are French and not English: the grammar, then common words of job and business
     * asks. Unaccented spellings are there because people type them.
     */
    private static final Map<String, Integer> FRENCH_WORDS = weights(List.of(
            "le", "la", "les", "un", "une", "des", "du", "de", "et", "en", "dans", "sur", "avec", "pour", "par",
            "chez", "vers", "au", "aux", "à", "ce", "cet", "cette", "ces", "mon", "ma", "mes", "notre", "nos",
            "votre", "vos", "leur", "leurs", "je", "il", "elle", "nous", "vous", "ils", "elles", "qui", "que",
            "est", "sont", "suis", "ai", "ont", "pas", "très", "tres", "aussi", "depuis", "pendant", "après",
            "apres", "être", "etre", "avoir", "où", "déjà", "deja", "sans", "sous", "entre", "mais", "ou",
            "auprès", "aupres", "près", "dont", "quelque", "quelques", "plusieurs", "chaque", "comme"),
            List.of("ans", "années", "annees", "année", "mois", "jours", "poste", "postes", "emploi", "travail",
                    "boulot", "cherche", "recherche", "entreprise", "entreprises", "secteur", "santé", "sante",
                    "premiers", "première", "premier", "nouveau", "nouvelle", "nouveaux", "petit", "petite",
                    "petites", "petits", "grande", "grandes", "personnes", "ingénieur", "ingenieur", "développeur",
                    "developpeur", "directeur", "directrice", "responsable", "chef", "projet", "associé", "associe",
                    "conseils", "conseil", "mise", "alternance", "expérience", "équipe", "equipe", "données",
                    "donnees", "logiciel", "marché", "vente", "ventes", "achats", "banque", "droit", "avocats",
                    "comptable", "établissements", "opportunités", "opportunites", "opportunité", "motivé",
                    "dynamique", "passionné", "passionne", "sérieux", "serieux", "rigoureux", "rigoureuse",
                    "réseau", "reseau", "aide", "quoi", "importe", "peu", "rien", "tout", "tous", "toute",
                    "toutes", "divers", "trucs", "chose", "bon", "bonne", "paiement", "paiements", "gestion",
                    "systèmes", "produit", "produits", "marques", "fondateur", "cofondateur", "investisseurs",
                    "distributeur", "juridique", "financier", "financière", "numérique", "numerique",
                    "informatique", "lancement", "levée", "levées", "croissance", "recrutement", "commerces",
                    "fournisseur", "fournisseurs", "salariés", "ville", "région", "autre", "autres", "jeune",
                    "jeunes", "logistique", "métier", "métiers", "étudiant", "étudiante", "stagiaire", "cadre"));

    /** Words that are English and not French: the grammar, then common words of job and business asks. */
    private static final Map<String, Integer> ENGLISH_WORDS = weights(List.of(
            "the", "a", "an", "of", "and", "in", "at", "to", "for", "with", "from", "by", "my", "our", "your",
            "their", "his", "her", "its", "we", "is", "are", "was", "were", "have", "has", "had", "who", "which",
            "that", "this", "these", "those", "or", "not", "be", "been", "can", "could", "would", "will", "into",
            "over", "than", "since", "after", "before", "about", "up", "out", "without", "through", "between",
            "some", "any", "all", "each", "every", "more", "most", "such", "very", "also", "just", "where",
            "when", "while"),
            List.of("years", "year", "months", "month", "weeks", "days", "role", "looking", "built", "led", "ran",
                    "grew", "shipped", "founded", "designed", "managed", "sold", "took", "won", "signed", "small",
                    "businesses", "companies", "company", "customers", "people", "new", "first", "head", "growth",
                    "sales", "engineer", "developer", "developers", "software", "healthcare", "banking",
                    "insurance", "logistics", "sector", "industry", "market", "world", "one", "two", "three",
                    "four", "five", "seven", "eight", "nine", "ten", "twelve", "fifteen", "twenty", "hundred",
                    "thousand", "work", "help", "advice", "someone", "anyone", "anything", "something",
                    "everything", "whatever", "stuff", "things", "various", "opportunities", "opportunity",
                    "motivated", "passionate", "hard-working", "reliable", "team", "player", "skills", "good",
                    "great", "big", "based", "using", "used", "building", "designing", "selling", "working",
                    "hiring", "funding", "raise", "investor", "investors", "partner", "partners", "tools",
                    "payment", "payments", "contract", "contracts", "research", "government", "online",
                    "accounting", "stores", "revenue", "schools", "teacher", "doctor", "doctors", "nurse",
                    "nurses", "former", "certified", "systems", "hospital", "hospitals", "law", "firms", "legal",
                    "remote", "technical", "co-founder", "cofounder", "offer", "food", "learning",
                    "other", "others", "right", "next", "own", "side", "job", "jobs"));
}
