package app.orbit.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of what a person types in an ask, French or English: split into tokens that keep
 * their place and case (so "Qonto" can still be told from "qonto"), with elisions ("d'irrigation")
 * and possessives ("Carrefour's") taken apart, and the small word lists both the precision check
 * and the composer need.
 */
public final class AskWords {

    /** One word as typed, where it stands in the text, and its folded form for the word lists. */
    public record Token(String text, int start, int end, String folded) {

        public Token(String text, int start, int end) {
            this(text, start, end, Text.fold(text));
        }

        public String lower() {
            return text.toLowerCase(Locale.ROOT);
        }

        /** "CTO", "RGPD", "B2B", "SaaS", "iOS", "BigQuery": capitals inside, or all capitals. */
        public boolean acronymLike() {
            long upper = text.chars().filter(Character::isUpperCase).count();
            long letters = text.chars().filter(Character::isLetter).count();
            if (letters == 0) {
                return false;
            }
            boolean inner = text.length() > 1 && text.substring(1).chars().anyMatch(Character::isUpperCase)
                    && text.chars().anyMatch(Character::isLowerCase);
            return upper >= 2 && upper == letters || inner;
        }

        public boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        public boolean hasDigit() {
            return text.chars().anyMatch(Character::isDigit);
        }

        public boolean hasLetter() {
            return text.chars().anyMatch(Character::isLetter);
        }

        /** "12", "2000", "40k", "2M", "4e": a quantity, written with digits. */
        public boolean number() {
            return NUMBER.matcher(SEPARATORS.matcher(folded).replaceAll("")).matches();
        }
    }

    private static final Pattern WORD = Pattern.compile(
            "[\\p{L}\\p{N}]+(?:[-'’./&][\\p{L}\\p{N}]+)*(?:\\+\\+|#)?");
    /** Thousands and decimal separators between digits: "2,000", "300 000", "4.8" are one number. */
    private static final Pattern DIGIT_GROUPS = Pattern.compile("(?<=\\d)[ ,.\\u00a0\\u202f](?=\\d)");
    private static final Pattern SEPARATORS = Pattern.compile("[ ,.\u00a0\u202f]");
    private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]");
    private static final Pattern TRIPLE = Pattern.compile("(.)\\1\\1");
    private static final Pattern VOWEL = Pattern.compile("[aeiouy]");
    private static final Pattern CONSONANT_RUN = Pattern.compile("[^aeiouy]{6,}");
    private static final Pattern NUMBER = Pattern.compile("\\d+(k|m|bn|b|x|h|e|er|eme|st|nd|rd|th)?");
    private static final Pattern ELISION = Pattern.compile(
            "(?i)^(l|d|j|qu|n|s|c|m|t|jusqu|lorsqu|puisqu|quoiqu)['’](?=\\p{L})");
    private static final Pattern POSSESSIVE = Pattern.compile("(?i)['’]s$");

    private AskWords() {
    }

    /** The words of a text, in order; numbers written with separators count as one word. */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        // Same length as the text, so positions still point into what the user typed.
        String joined = DIGIT_GROUPS.matcher(text).replaceAll("\u0000");
        Matcher m = WORD.matcher(joined.replace('\u0000', '0'));
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String word = text.substring(start, end);
            Matcher elision = ELISION.matcher(word);
            if (elision.find()) {
                out.add(new Token(word.substring(0, elision.end()), start, start + elision.end()));
                start += elision.end();
                word = text.substring(start, end);
            }
            Matcher possessive = POSSESSIVE.matcher(word);
            if (possessive.find() && possessive.start() > 0) {
                end = start + possessive.start();
                word = text.substring(start, end);
            }
            out.add(new Token(word, start, end));
        }
        return out;
    }

    /**
     * Whether a word is an ordinary word of either language rather than a name: "Senior" or "Un"
     * typed with a capital at the start of a field can be written in lower case inside a sentence,
     * "Qonto" or "Kotlin" cannot.
     */
    public static boolean common(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        String bare = bare(Text.fold(word));
        return STOP.contains(bare) || GENERIC.contains(bare) || SOFT.contains(bare) || TextLanguage.known(lower);
    }

    /** The folded words of a text joined by single spaces, for phrase patterns. */
    static String foldedWords(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        for (Token t : tokens) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(bare(t.folded()));
        }
        return b.toString();
    }

    /** A folded word without its elision mark: "d'" reads as "d". */
    static String bare(String folded) {
        return folded.replace("'", "").replace("’", "");
    }

    /**
     * Grammatical words of both languages, and the verbs of asking: they hold a sentence together
     * but say nothing about what is wanted.
     */
    static final Set<String> STOP = Set.copyOf(List.of(
            // English
            "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "with", "without",
            "by", "about", "as", "into", "onto", "over", "under", "up", "out", "off", "than", "then", "this",
            "that", "these", "those", "my", "your", "his", "her", "its", "our", "their", "me", "you", "him", "she",
            "he", "it", "we", "they", "them", "us", "i", "im", "ive", "id", "is", "am", "are", "was", "were", "be",
            "been", "being", "have", "has", "had", "do", "does", "did", "will", "would", "can", "could", "should",
            "may", "might", "must", "not", "no", "yes", "so", "very", "too", "also", "just", "some", "each",
            "every", "other", "another", "more", "most", "less", "few", "many", "much", "such", "own", "same",
            "who", "whom", "what", "which", "where", "when", "why", "how", "looking", "look", "seeking", "seek",
            "searching", "need", "needs", "want", "wants", "like", "really", "quite", "please", "via", "per",
            "s", "m", "ve", "ll", "re", "t", "d", "since", "after", "before", "between", "through", "while",
            "all", "both", "one", "am",
            // French
            "le", "la", "les", "l", "un", "une", "des", "du", "de", "et", "ou", "mais", "donc", "car", "ni",
            "en", "dans", "sur", "sous", "avec", "sans", "pour", "par", "chez", "vers", "entre", "au", "aux",
            "ce", "cet", "cette", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre",
            "nos", "votre", "vos", "leur", "leurs", "je", "j", "tu", "il", "elle", "nous", "vous", "ils",
            "elles", "se", "qui", "que", "qu", "quoi", "dont", "est", "sont", "suis", "etre", "avoir", "ai",
            "ont", "fait", "faire", "pas", "ne", "n", "plus", "moins", "tres", "aussi", "tout", "tous", "toute",
            "toutes", "meme", "y", "c", "cherche", "recherche", "cherchons", "recherchons", "souhaite",
            "voudrais", "aimerais", "besoin", "quelqu", "quelque", "quelques", "autre", "autres", "deja",
            "depuis", "pendant", "comme", "pres", "aupres", "apres", "avant", "chaque", "plusieurs", "certains",
            "certaines", "dont", "ca", "cela", "ceci", "si"));

    /**
     * Words that say nothing on their own, whatever the field: a job, a role, clients, business,
     * tech, a company, experience. Next to a word that does say something ("a CTO role", "un poste
     * de juriste") they are the head of a perfectly good phrase; alone they are vague.
     */
    static final Set<String> GENERIC = Set.copyOf(List.of(
            // English
            "job", "jobs", "work", "working", "role", "roles", "position", "positions", "post", "opportunity",
            "opportunities", "opening", "openings", "career", "challenge", "challenges", "project", "projects",
            "mission", "missions", "contract", "contracts", "gig", "gigs", "client", "clients", "customer",
            "customers", "investor", "investors", "funding", "money", "help", "advice", "support", "contact",
            "contacts", "network", "networking", "connection", "connections", "introduction", "introductions",
            "intro", "intros", "lead", "leads", "people", "person", "someone", "somebody", "partner", "partners",
            "partnership", "partnerships", "mentor", "mentors", "company", "companies", "business", "businesses",
            "firm", "firms", "organisation", "organization", "organisations", "organizations", "industry",
            "industries", "sector", "sectors", "field", "fields", "domain", "domains", "area", "areas", "space",
            "market", "markets", "world", "tech", "technology", "technologies", "it", "digital", "internet",
            "online", "software", "services", "service", "startup", "startups", "start-up", "start-ups", "corporate",
            "enterprise", "general", "generalist", "management", "leadership", "experience", "experiences",
            "skills", "skill", "knowledge", "background", "profile", "expertise", "talent", "talents",
            "ability", "abilities", "qualities", "quality", "strengths", "strength", "new", "good", "great",
            "nice", "interesting", "big", "large", "huge", "small", "best", "better", "top", "cool", "exciting",
            "real", "right", "perfect", "ideal", "dream", "different", "stable", "well", "paid", "paying",
            "pays", "thing",
            // French
            "poste", "postes", "emploi", "emplois", "travail", "boulot", "taf", "role", "fonction", "opportunite",
            "opportunites", "offre", "offres", "defi", "defis", "projet", "projets", "contrat", "contrats",
            "clientele", "investisseur", "investisseurs", "financement", "financements", "argent", "aide",
            "conseil", "conseils", "avis", "soutien", "accompagnement", "reseau", "reseaux", "relation",
            "relations", "mise", "piste", "pistes", "partenaire", "partenaires", "partenariat", "partenariats",
            "entreprise", "entreprises", "societe", "societes", "boite", "boites", "structure", "structures",
            "secteur", "secteurs", "domaine", "domaines", "industrie", "industries", "milieu", "monde",
            "marche", "marches", "technologie", "technologies", "informatique", "numerique", "logiciel",
            "logiciels", "general", "generaliste", "experience", "competence", "competences", "savoir",
            "talent", "qualite", "qualites", "atout", "atouts", "nouveau", "nouvelle", "nouveaux", "nouvelles",
            "bon", "bonne", "bons", "bonnes", "grand", "grande", "grands", "grandes", "gros", "grosse",
            "petit", "petite", "petits", "petites", "super", "interessant", "interessante", "interessants",
            "interessantes", "meilleur", "meilleure", "vrai", "vraie", "ideal", "ideale", "gens", "personne",
            "personnes", "truc", "chose"));

    /**
     * Qualities everyone claims: they do not tell a contact why you rather than someone else, and
     * make a differentiator vague unless a fact comes with them.
     */
    static final Set<String> SOFT = Set.copyOf(List.of(
            // English
            "motivated", "motivation", "passionate", "passion", "hard-working", "hardworking", "hard",
            "dynamic", "curious", "curiosity", "rigorous", "autonomous", "independent", "reliable", "creative",
            "creativity", "enthusiastic", "enthusiasm", "determined", "determination", "serious", "fast",
            "quick", "learner", "results-driven", "driven", "detail-oriented", "organized", "organised",
            "adaptable", "flexible", "versatile", "proactive", "ambitious", "hungry", "smart", "talented",
            "committed", "dedicated", "energetic", "energy", "positive", "attitude", "friendly", "open-minded",
            "team", "player", "teamwork", "communication", "communicator", "strong", "excellent", "eager",
            "willing", "honest", "loyal", "punctual", "resilient", "empathetic", "self-starter",
            "self-motivated", "people", "mindset", "spirit", "open",
            // French
            "motive", "motivee", "motives", "passionne", "passionnee", "passionnes", "dynamique", "dynamisme",
            "curieux", "curieuse", "curiosite", "rigoureux", "rigoureuse", "rigueur", "autonome", "autonomie",
            "fiable", "creatif", "creative", "creativite", "enthousiaste", "determine", "determinee",
            "determination", "serieux", "serieuse", "polyvalent", "polyvalente", "polyvalence", "souple",
            "proactif", "proactive", "ambitieux", "ambitieuse", "travailleur", "travailleuse", "organise",
            "organisee", "organisation", "relationnel", "relationnelle", "sens", "esprit", "equipe", "ecoute",
            "bienveillant", "bienveillante", "perseverant", "perseverante", "implique", "impliquee", "investi",
            "investie", "engage", "engagee", "energie", "envie", "volonte", "communicant", "communicante",
            "reactif", "reactive", "efficace", "ponctuel", "ponctuelle", "honnete", "positif", "souriant",
            "souriante", "force", "proposition", "adaptabilite", "flexibilite", "humain", "humaine"));

    /**
     * Words and phrases that are vague wherever they stand: they do not even name a kind of thing.
     * Folded, matched on whole words.
     */
    static final List<Pattern> VAGUE = List.of(
            // Phrases first, so "quelque chose" is found whole rather than as "chose".
            "n importe (quoi|quel|quelle|quels|quelles|ou|qui|lequel|laquelle|comment)", "peu importe",
            "quelque (chose|part)", "autre chose", "un peu de tout", "ce qui se presente",
            "tout (secteur|domaine|type|genre|poste|metier|ce qui)",
            "tous (les )?(secteurs|domaines|types|genres|metiers)",
            "toute (entreprise|structure|societe|industrie|offre)",
            "toutes (les )?(entreprises|structures|societes|industries|offres)",
            "all (sectors|industries|fields|domains|kinds|types|areas|companies)",
            "open to (all|everything|anything)", "and so on",
            "any( (industry|industries|company|companies|field|fields|sector|sectors|domain|domains|job|jobs"
                    + "|role|roles|position|positions|work|kind|type|business|area))?",
            "anything", "something", "whatever", "whichever", "stuff", "everything", "anywhere", "somewhere",
            "anyone", "anybody", "various", "misc", "miscellaneous", "etc", "(?<!of )things",
            "trucs?", "choses?", "divers(es)?", "quelconques?")
            .stream().map(p -> Pattern.compile("(?<=^| )(" + p + ")(?= |$)")).toList();

    /**
     * What people type when they have nothing to say: placeholders, fillers, "I don't know",
     * internet laughter. Folded.
     */
    static final Set<String> FILLER = Set.copyOf(List.of(
            "test", "tests", "testing", "todo", "tbd", "tba", "na", "n/a", "none", "nothing", "nope", "nil",
            "null", "idk", "dunno", "lol", "xd", "ok", "okay", "hello", "hi", "hey", "yo", "foo", "bar", "baz",
            "qux", "blah", "bla", "blabla", "haha", "hehe", "lorem", "ipsum", "dolor", "amet", "consectetur",
            "xyz", "abc", "abcd", "abcdef", "asdf", "qwerty", "azerty", "rien", "aucun", "aucune", "jsp", "nsp",
            "sais", "mdr", "ptdr", "bof", "bref", "toto", "titi", "tata", "tutu", "bonjour", "salut", "coucou",
            "merci", "thanks"));

    /** Acronyms people type in lower case that have no vowel, so they are not read as keyboard mash. */
    static final Set<String> VOWELLESS_TERMS = Set.copyOf(List.of("html", "http", "https", "rgpd", "gdpr", "sncf", "ratp",
            "mpls", "ftth", "scrm", "b2b", "b2c", "b2g", "sql", "crm", "xml", "php", "css", "rh", "pwa"));

    private static final List<String> KEYBOARD_ROWS = List.of("qwertyuiop", "asdfghjkl", "zxcvbnm",
            "azertyuiop", "qsdfghjklm", "wxcvbn");

    /**
     * Whether a word is keyboard mash or filler rather than a word: "asdf", "qsdfgh", "xxx", "jkjkjk",
     * "sdfsdf", a lone letter, "lorem". Acronyms typed in capitals ("KLM", "DSP") are words.
     */
    static boolean junk(Token t) {
        String f = bare(t.folded());
        if (FILLER.contains(f)) {
            return true;
        }
        if (!t.hasLetter() || t.hasDigit()) {
            return false;
        }
        String letters = NON_LETTERS.matcher(f).replaceAll("");
        if (letters.length() == 1) {
            return !STOP.contains(letters);
        }
        if (letters.length() == 2 && letters.charAt(0) == letters.charAt(1)) {
            return true;
        }
        if (TRIPLE.matcher(letters).find()) {
            return true;
        }
        if (repeatedUnit(letters)) {
            return true;
        }
        boolean capitals = t.acronymLike();
        if (!capitals && letters.length() >= 3 && onOneKeyboardRow(letters)) {
            return true;
        }
        if (!capitals && letters.length() >= 4 && !VOWEL.matcher(letters).find()
                && !VOWELLESS_TERMS.contains(letters)) {
            return true;
        }
        return CONSONANT_RUN.matcher(letters).find();
    }

    /** "jkjkjk", "sdfsdf", "azeaze", "asdfasdf": a short run of letters typed again and again. */
    private static boolean repeatedUnit(String letters) {
        int n = letters.length();
        for (int unit = 2; unit <= 4; unit++) {
            int times = n / unit;
            if (n % unit != 0 || times < (unit == 2 ? 3 : 2)) {
                continue;
            }
            if (letters.substring(0, unit).repeat(times).equals(letters)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onOneKeyboardRow(String letters) {
        for (String row : KEYBOARD_ROWS) {
            if (row.contains(letters) || new StringBuilder(row).reverse().toString().contains(letters)) {
                return true;
            }
        }
        return false;
    }
}
