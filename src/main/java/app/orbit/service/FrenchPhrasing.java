package app.orbit.service;

import app.orbit.domain.AskWords;
import app.orbit.domain.AskWords.Token;
import app.orbit.service.AskComposer.Part;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French grammar for an ask's own words. What the user wrote is kept; what the sentence adds
 * around it must agree: "un" or "une" before a bare noun ("poste de CTO" becomes "un poste de
 * CTO"), "des" or "de" before a plural, "le", "la", "l'" or "les" before a niche, "en" or "dans
 * le" before a domain. The gender comes from a list of the nouns asks are made of, then from
 * endings that do not lie ("-tion", "-ment", "-eur"…); where neither can tell, the sentence
 * uses a form that needs no gender ("Ce que je cherche : …", "(spécialité : …)") rather than guess.
 */
final class FrenchPhrasing {

    /** The grammatical gender of a noun, when it can be told. */
    enum Gender { MASCULINE, FEMININE, UNKNOWN }

    private static final Pattern LOOKING_FOR = Pattern.compile("(?iu)^((je|nous) (re)?cherch(e|ons)|(je suis |nous"
            + " sommes )?(à|a) la recherche( d['’]| de(?=\\s)))\\s*:?\\s*");
    private static final Pattern DURATION = Pattern.compile("(?iu)^(plus de |près de |pres de |presque |environ "
            + "|au moins |bientôt |bientot )?((\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize"
            + "|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt|trente|quarante|une dizaine d['’]|une "
            + "quinzaine d['’]|une vingtaine d['’]) ?(ans|an|années|annees|mois|décennies|decennies)|une (décennie"
            + "|decennie|année|annee))(?![\\p{L}\\p{N}]).*");

    private static final Set<String> DETERMINERS = Set.of("un", "une", "des", "du", "de", "d'", "d’", "l'", "l’", "le",
            "la", "les", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses", "notre", "nos", "votre", "vos",
            "leur", "leurs", "ce", "cet", "cette", "ces", "quelques", "plusieurs", "certains", "certaines", "deux",
            "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "douze", "quinze", "vingt", "cent",
            "mille", "aucun", "aucune", "chaque", "tout", "toute", "tous", "toutes", "quelqu'un", "quelqu’un",
            "quelque", "autant", "davantage", "beaucoup", "n'", "n’");
    /** Words that cannot take an article and are no noun to place: "peu importe", "etc.", "divers". */
    private static final Set<String> NOT_NOUNS = Set.of("peu", "etc", "divers", "diverses", "rien", "aucun", "aucune",
            "plein", "quelconque", "importe");
    /** Words after which a phrase says more than its noun: "un associé | qui code en Python". */
    private static final Set<String> QUALIFIERS = Set.of("qui", "que", "qu'", "qu’", "dont", "en", "à", "au", "aux",
            "dans", "pour", "chez", "avec", "sur", "auprès", "vers", "sans", "entre", "depuis", "par");
    private static final Set<String> PREPOSITIONS = Set.of("pour", "auprès", "aupres", "chez", "dans", "en", "sur",
            "avec", "autour", "vers", "à", "a", "au", "aux", "entre", "côté", "cote", "via", "hors", "sans", "contre",
            "par", "parmi", "sous", "depuis");
    /** Adjectives that come before the noun: the noun after them decides the article. */
    private static final Map<String, Gender> BEFORE_NOUN = Map.ofEntries(
            Map.entry("nouveau", Gender.MASCULINE), Map.entry("nouvel", Gender.MASCULINE),
            Map.entry("nouvelle", Gender.FEMININE), Map.entry("nouveaux", Gender.MASCULINE),
            Map.entry("nouvelles", Gender.FEMININE), Map.entry("premier", Gender.MASCULINE),
            Map.entry("première", Gender.FEMININE), Map.entry("premiers", Gender.MASCULINE),
            Map.entry("premières", Gender.FEMININE), Map.entry("bon", Gender.MASCULINE),
            Map.entry("bonne", Gender.FEMININE), Map.entry("bons", Gender.MASCULINE),
            Map.entry("bonnes", Gender.FEMININE), Map.entry("grand", Gender.MASCULINE),
            Map.entry("grande", Gender.FEMININE), Map.entry("grands", Gender.MASCULINE),
            Map.entry("grandes", Gender.FEMININE), Map.entry("petit", Gender.MASCULINE),
            Map.entry("petite", Gender.FEMININE), Map.entry("petits", Gender.MASCULINE),
            Map.entry("petites", Gender.FEMININE), Map.entry("gros", Gender.MASCULINE),
            Map.entry("grosse", Gender.FEMININE), Map.entry("vrai", Gender.MASCULINE),
            Map.entry("vraie", Gender.FEMININE), Map.entry("beau", Gender.MASCULINE),
            Map.entry("bel", Gender.MASCULINE), Map.entry("belle", Gender.FEMININE),
            Map.entry("jeune", Gender.UNKNOWN), Map.entry("jeunes", Gender.UNKNOWN),
            Map.entry("autre", Gender.UNKNOWN), Map.entry("autres", Gender.UNKNOWN),
            Map.entry("seul", Gender.MASCULINE), Map.entry("seule", Gender.FEMININE),
            Map.entry("meilleur", Gender.MASCULINE), Map.entry("meilleure", Gender.FEMININE),
            Map.entry("meilleurs", Gender.MASCULINE), Map.entry("meilleures", Gender.FEMININE),
            Map.entry("second", Gender.MASCULINE), Map.entry("seconde", Gender.FEMININE),
            Map.entry("deuxième", Gender.UNKNOWN), Map.entry("véritable", Gender.UNKNOWN),
            Map.entry("double", Gender.UNKNOWN), Map.entry("vaste", Gender.UNKNOWN));
    /** Verbs an ask can start with: "recruter un CTO", "lever 2 M€", "me reconvertir". */
    private static final Set<String> VERBS = Set.of("trouver", "recruter", "lever", "rencontrer", "vendre",
            "développer", "developper", "lancer", "rejoindre", "créer", "creer", "changer", "monter", "ouvrir",
            "intégrer", "integrer", "racheter", "reprendre", "embaucher", "signer", "décrocher", "decrocher",
            "obtenir", "financer", "élargir", "agrandir", "céder", "louer", "acheter", "devenir", "passer",
            "travailler", "collaborer", "échanger", "présenter", "tester", "valider", "structurer", "exporter",
            "accélérer", "investir", "diversifier", "déménager", "démarrer", "demarrer", "me", "m'", "m’", "nous",
            "entrer", "revenir", "retrouver", "partir", "s'associer", "convaincre", "former");
    /** Nouns said with "du", "de la", "de l'": "de l'aide", "du travail". */
    private static final Map<String, Gender> MASS = Map.ofEntries(Map.entry("aide", Gender.FEMININE),
            Map.entry("travail", Gender.MASCULINE), Map.entry("argent", Gender.MASCULINE),
            Map.entry("soutien", Gender.MASCULINE), Map.entry("temps", Gender.MASCULINE),
            Map.entry("visibilité", Gender.FEMININE), Map.entry("trésorerie", Gender.FEMININE),
            Map.entry("feedback", Gender.MASCULINE), Map.entry("mentorat", Gender.MASCULINE),
            Map.entry("boulot", Gender.MASCULINE), Map.entry("taf", Gender.MASCULINE),
            Map.entry("réseau", Gender.MASCULINE), Map.entry("expérience", Gender.FEMININE),
            Map.entry("financement", Gender.MASCULINE), Map.entry("capital", Gender.MASCULINE),
            Map.entry("conseil", Gender.MASCULINE), Map.entry("coaching", Gender.MASCULINE),
            Map.entry("accompagnement", Gender.MASCULINE));
    /** Heads of a domain that need an article: "dans le secteur public", "dans l'industrie automobile". */
    private static final Set<String> SECTORS = Set.of("secteur", "domaine", "milieu", "monde", "marché", "marche",
            "univers", "écosystème", "ecosysteme", "segment", "métier", "métiers", "industrie", "filière", "filiere",
            "branche", "sphère", "secteurs", "domaines", "milieux", "marchés", "industries", "filières");
    /** Acronyms for kinds of organisation, read as plural in a niche: "les PME", "les EHPAD". */
    private static final Set<String> COUNTED_ACRONYMS = Set.of("PME", "TPE", "ETI", "ESN", "SSII", "ONG", "EHPAD",
            "CHU", "PMI", "SCI", "GAFAM", "DAF", "DSI", "DRH", "RH");
    private static final Set<String> FEMININE_ACRONYMS = Set.of("PME", "TPE", "ETI", "ESN", "SAS", "SARL", "SCI",
            "API", "IA", "ONG", "SSII", "BU", "DSI", "PMI", "SNCF", "RATP", "CAF", "CPAM", "CNIL", "SA", "EURL");
    private static final Set<String> SINGULAR_S = Set.of("temps", "cours", "pays", "process", "bus", "corps", "fois",
            "prix", "avis", "accès", "succès", "progrès", "procès", "repas", "bras", "dos", "choix", "voix", "poids",
            "mois", "discours", "parcours", "concours", "secours", "recours", "campus", "virus", "bonus", "focus",
            "business", "saas", "fonds", "os", "ios", "chaos", "biais", "relais", "palais", "marais", "jus", "plus",
            "rendez-vous", "sas", "anglais", "français", "francais", "japonais", "chinois", "suédois", "danois");
    /** Words starting with an "h" that does not let "le" become "l'": "le handicap", "le hardware". */
    private static final Set<String> ASPIRATED_H = Set.of("handicap", "hasard", "hausse", "haut", "haute", "hauteur",
            "hockey", "homard", "honte", "hangar", "hall", "hamburger", "hardware", "hacking", "hackathon", "hamac",
            "harpe", "héros", "hibou", "hiérarchie", "hub", "hotline", "holding", "hedge", "handball", "haie",
            "halle", "hameau", "hanche", "harcèlement", "hareng", "haricot", "hâte", "housse", "hublot", "huit",
            "hutte", "hip-hop", "hard", "hardcore", "hype", "hacker", "hackers", "hamster", "hangars");
    /** What someone did, said without "j'ai": "piloté…" becomes "j'ai piloté…". */
    private static final Set<String> DONE = Set.of("piloté", "dirigé", "mené", "lancé", "fondé", "cofondé", "créé",
            "conçu", "développé", "géré", "vendu", "levé", "signé", "ouvert", "réduit", "augmenté", "doublé",
            "triplé", "automatisé", "déployé", "migré", "recruté", "encadré", "livré", "fourni", "publié", "gagné",
            "obtenu", "remporté", "négocié", "accompagné", "construit", "monté", "aidé", "écrit", "enseigné",
            "travaillé", "passé", "managé", "conseillé", "coaché", "redressé", "structuré", "industrialisé",
            "internationalisé", "exporté", "animé", "bâti", "réalisé", "remis", "sauvé", "repris", "transformé");

    private static final Map<String, Gender> NOUNS = nouns();

    private FrenchPhrasing() {
    }

    /** What I am looking for, with the article it needs, or a form that needs none. */
    static Part lookingFor(String typed) {
        String text = LOOKING_FOR.matcher(typed).replaceFirst("");
        if (text.matches("(?iu)^(à|a) .+")) {
            return new Part("ask.compose.lookingTo", text.substring(2).strip());
        }
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.lookingFor", text);
        }
        String first = tokens.get(0).lower();
        String body = AskComposer.lowerFirst(text);
        if (VERBS.contains(first) && tokens.size() > 1) {
            return new Part("ask.compose.lookingTo", body);
        }
        if (DETERMINERS.contains(first) || tokens.get(0).number()) {
            return new Part("ask.compose.lookingFor", body);
        }
        int h = headIndex(tokens);
        if (h >= tokens.size()) {
            return new Part("ask.compose.lookingFor.label", text);
        }
        Token head = tokens.get(h);
        if (h == 0 && MASS.containsKey(head.lower())) {
            return new Part("ask.compose.lookingFor", partitive(MASS.get(head.lower()), body) + body);
        }
        if (plural(head)) {
            return new Part("ask.compose.lookingFor", (h > 0 ? elide("de", body) : "des ") + body);
        }
        Gender g = gender(tokens, h);
        return switch (g) {
            case MASCULINE -> new Part("ask.compose.lookingFor", "un " + body);
            case FEMININE -> new Part("ask.compose.lookingFor", "une " + body);
            case UNKNOWN -> new Part("ask.compose.lookingFor.label", text);
        };
    }

    /**
     * Whether what I look for ends with more than its noun ("un distributeur en Belgique", "un
     * associé qui code en Python"): the domain then needs a comma, or it would read as part of it.
     */
    static boolean qualified(String text) {
        List<Token> tokens = AskWords.tokens(text);
        return text.contains(",") || tokens.stream().skip(1).anyMatch(t -> QUALIFIERS.contains(t.lower()));
    }

    /** The domain: "en fintech", "dans la santé" when the user wrote "la santé", "dans le secteur public". */
    static Part domain(String typed) {
        List<Token> tokens = AskWords.tokens(typed);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.domain", typed);
        }
        String first = tokens.get(0).lower();
        String body = AskComposer.lowerFirst(typed);
        if (NOT_NOUNS.contains(first)) {
            return new Part("ask.compose.domain.label", body);
        }
        if (PREPOSITIONS.contains(first)) {
            return new Part("ask.compose.domain.own", body);
        }
        if ((first.equals("du") || first.equals("des")) && tokens.size() > 1) {
            String rest = typed.substring(tokens.get(1).start());
            return new Part("ask.compose.domain.determined", (first.equals("du") ? "le " : "les ") + rest);
        }
        if (DETERMINERS.contains(first)) {
            return new Part("ask.compose.domain.determined", body);
        }
        int h = headIndex(tokens);
        if (h < tokens.size() && SECTORS.contains(tokens.get(h).lower())) {
            return new Part("ask.compose.domain.determined", definite(tokens, h, body) + body);
        }
        return new Part("ask.compose.domain", body);
    }

    /** The niche after "plus précisément", with the article it needs ("les paiements B2B", "la télémédecine"). */
    static Part niche(String typed) {
        String text = typed.replaceFirst("(?iu)^(plus précisément|plus precisement|notamment|surtout)[,:]?\\s+", "");
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.niche", text);
        }
        String first = tokens.get(0).lower();
        String body = AskComposer.lowerFirst(text);
        if (PREPOSITIONS.contains(first) || DETERMINERS.contains(first) || NOT_NOUNS.contains(first)
                || tokens.get(0).number()) {
            return new Part("ask.compose.niche", body);
        }
        int h = headIndex(tokens);
        if (h >= tokens.size()) {
            return new Part("ask.compose.niche.label", text);
        }
        Token head = tokens.get(h);
        if (plural(head) || COUNTED_ACRONYMS.contains(head.text())) {
            return new Part("ask.compose.niche", "les " + body);
        }
        String article = definite(tokens, h, body);
        return article.isEmpty() ? new Part("ask.compose.niche.label", text) : new Part("ask.compose.niche",
                article + body);
    }

    /**
     * What sets me apart, with the lead-in its first words allow: "j'apporte" before a length of
     * experience, "j'ai" before what was done, the user's own "je…" as it is, else
     * "ce qui me distingue :".
     */
    static Part differentiator(String typed) {
        String text = typed.replaceFirst("(?iu)^j['’]apporte\\s+", "");
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return new Part("ask.compose.apart", text);
        }
        String first = tokens.get(0).lower();
        String body = AskComposer.lowerFirst(text);
        if (Set.of("je", "j'", "j’", "nous", "on").contains(first)) {
            return new Part("ask.compose.clause", body);
        }
        if (DURATION.matcher(text).matches()) {
            return new Part("ask.compose.bring", body);
        }
        if (DONE.contains(first) && tokens.size() > 1) {
            return new Part("ask.compose.did", body);
        }
        return new Part("ask.compose.apart", body);
    }

    /**
     * A word that elides before a vowel sound, with what follows it: "de" + "autres" is "d'",
     * "le" + "hôpital" is "l'", "que" + "il" is "qu'"; otherwise the word and a space.
     */
    static String elide(String word, String next) {
        if (!vowelSound(next)) {
            return word + " ";
        }
        return switch (word) {
            case "de", "le", "la", "je", "me", "te", "se", "ne" -> word.charAt(0) + "'";
            case "que" -> "qu'";
            default -> word + " ";
        };
    }

    /** Whether a text starts with a vowel sound for elision: a vowel, or an "h" that is not aspirated. */
    static boolean vowelSound(String text) {
        List<Token> tokens = AskWords.tokens(text);
        if (tokens.isEmpty()) {
            return false;
        }
        String w = tokens.get(0).lower();
        char c = w.charAt(0);
        if ("aeiouàâäéèêëîïôöùûüœæ".indexOf(c) >= 0) {
            return true;
        }
        return c == 'h' && !ASPIRATED_H.contains(w) && !englishLooking(w) && !tokens.get(0).acronymLike();
    }

    /** The gender of the noun at {@code h}, or of the adjective before it when the noun cannot tell. */
    static Gender gender(List<Token> tokens, int h) {
        Gender g = gender(tokens.get(h));
        for (int i = h - 1; g == Gender.UNKNOWN && i >= 0; i--) {
            g = BEFORE_NOUN.getOrDefault(tokens.get(i).lower(), Gender.UNKNOWN);
        }
        return g;
    }

    /** The gender of one noun: from the list, then acronyms and English words (masculine), then endings. */
    static Gender gender(Token t) {
        String w = t.lower().replace('’', '\'');
        Gender known = NOUNS.get(w);
        if (known != null) {
            return known;
        }
        if (t.acronymLike() || t.hasDigit()) {
            return FEMININE_ACRONYMS.contains(t.text().toUpperCase(Locale.ROOT)) ? Gender.FEMININE
                    : Gender.MASCULINE;
        }
        int dash = w.indexOf('-');
        if (dash > 0 && dash < w.length() - 1) {
            String head = w.substring(0, dash);
            boolean prefix = head.length() <= 2 || Set.of("sous", "sur", "co", "pré", "pre", "post", "multi", "mini",
                    "auto", "bio", "micro", "anti", "néo", "neo", "semi", "non", "après", "avant", "contre", "demi",
                    "e", "mi", "porte", "garde").contains(head);
            String part = prefix ? w.substring(w.lastIndexOf('-') + 1) : head;
            return gender(new Token(part, 0, part.length()));
        }
        if (englishLooking(w)) {
            return Gender.MASCULINE;
        }
        for (String[] rule : ENDINGS) {
            if (w.endsWith(rule[0])) {
                return rule[1].equals("f") ? Gender.FEMININE : Gender.MASCULINE;
            }
        }
        return w.endsWith("e") || w.endsWith("es") ? Gender.UNKNOWN : Gender.MASCULINE;
    }

    /** Endings whose gender holds for the nouns of asks, longest first; exceptions are in the noun list. */
    private static final List<String[]> ENDINGS = List.of(
            new String[] {"aison", "f"}, new String[] {"tion", "f"}, new String[] {"sion", "f"},
            new String[] {"xion", "f"}, new String[] {"trice", "f"}, new String[] {"euse", "f"},
            new String[] {"ière", "f"}, new String[] {"ienne", "f"}, new String[] {"onne", "f"},
            new String[] {"ette", "f"}, new String[] {"elle", "f"}, new String[] {"esse", "f"},
            new String[] {"ance", "f"}, new String[] {"ence", "f"}, new String[] {"ité", "f"},
            new String[] {"té", "f"}, new String[] {"ure", "f"}, new String[] {"ade", "f"},
            new String[] {"ude", "f"}, new String[] {"ise", "f"}, new String[] {"erie", "f"},
            new String[] {"logie", "f"}, new String[] {"ie", "f"}, new String[] {"ée", "f"},
            new String[] {"ante", "f"}, new String[] {"ente", "f"}, new String[] {"ive", "f"},
            new String[] {"ique", "f"}, new String[] {"ine", "f"}, new String[] {"ace", "f"},
            new String[] {"ose", "f"}, new String[] {"isme", "m"}, new String[] {"iste", "m"},
            new String[] {"ment", "m"}, new String[] {"age", "m"}, new String[] {"aire", "m"},
            new String[] {"ème", "m"}, new String[] {"ège", "m"}, new String[] {"ogue", "m"},
            new String[] {"phe", "m"}, new String[] {"ome", "m"}, new String[] {"ôme", "m"},
            new String[] {"eur", "m"}, new String[] {"eau", "m"}, new String[] {"oir", "m"},
            new String[] {"ier", "m"}, new String[] {"ien", "m"}, new String[] {"é", "m"});

    private static final Pattern ENGLISH_ENDING = Pattern.compile("(ing|ship|ware|er|or|ist|th|sh|ck|gh)$");
    private static final Pattern FRENCH_ER = Pattern.compile("(ier|eur|oir)$");

    private static boolean englishLooking(String w) {
        return ENGLISH_ENDING.matcher(w).find() && !FRENCH_ER.matcher(w).find() || w.contains("w")
                || w.contains("k") && !w.startsWith("kilo") || w.contains("oo") || w.contains("ee");
    }

    /** Index of the noun a phrase is about: the first word that is not an adjective placed before nouns. */
    private static int headIndex(List<Token> tokens) {
        int i = 0;
        while (i < tokens.size() && BEFORE_NOUN.containsKey(tokens.get(i).lower())) {
            i++;
        }
        return i;
    }

    private static boolean plural(Token t) {
        String w = t.lower();
        if (t.acronymLike() || t.hasDigit() || w.length() < 3 || SINGULAR_S.contains(w)) {
            return false;
        }
        return w.endsWith("s") && !w.endsWith("ss") || w.endsWith("x") && !w.endsWith("ix") && !w.endsWith("ex");
    }

    /** "le ", "la ", "l'", "les " for the noun at {@code h}, or "" when its gender cannot be told. */
    private static String definite(List<Token> tokens, int h, String body) {
        if (plural(tokens.get(h))) {
            return "les ";
        }
        if (vowelSound(body)) {
            return "l'";
        }
        return switch (gender(tokens, h)) {
            case MASCULINE -> "le ";
            case FEMININE -> "la ";
            case UNKNOWN -> "";
        };
    }

    private static String partitive(Gender g, String body) {
        if (vowelSound(body)) {
            return "de l'";
        }
        return g == Gender.FEMININE ? "de la " : "du ";
    }

    /** French typography: a non-breaking space before ; : ? ! and inside « », single spaces elsewhere. */
    static String typography(String sentence) {
        return sentence.replaceAll("[ \\t\\u00a0\\u202f]*([;:!?])(?=\\s|$)", "\u00a0$1")
                .replaceAll("«[ \\u00a0]*", "«\u00a0").replaceAll("[ \\u00a0]*»", "\u00a0»")
                .replaceAll(" {2,}", " ");
    }

    private static Map<String, Gender> nouns() {
        String feminine = "mission alternance place piste offre aide subvention bourse levée idée entreprise boîte "
                + "boite startup start-up société agence équipe formation école licence maison marque salle "
                + "personne introduction recommandation rencontre mise relation collaboration franchise clinique "
                + "banque boutique structure association fondation collectivité mairie région administration "
                + "direction cause cible clientèle niche santé data tech fintech edtech healthtech proptech agritech "
                + "medtech legaltech biotech foodtech greentech insurtech regtech deeptech cleantech martech adtech "
                + "vente distribution restauration logistique finance assurance industrie filière branche chimie "
                + "énergie mode beauté culture presse musique recherche communication téléphonie robotique "
                + "pharmacie médecine chirurgie justice liste veste peste page image plage cage nage rage affaire "
                + "grammaire catastrophe lettre eau peau façon leçon chanson boisson cuisson moisson cloison prison "
                + "rançon valeur couleur fleur peur douleur humeur odeur saveur rigueur erreur hauteur largeur "
                + "longueur profondeur chaleur faveur lueur vapeur ampleur épaisseur fraîcheur douceur grandeur "
                + "lenteur rumeur tumeur terreur horreur splendeur vigueur histoire victoire crème base vague table "
                + "montre fenêtre semaine fontaine interface surface face glace clé clef forêt nuit mer fin faim "
                + "main voix croix paix loi foi part mort dent radio photo moto auto vidéo météo info démo expo "
                + "promo pub app appli application gamme femme étape zone ligne carte note plateforme plate-forme "
                + "forme norme réforme usine cuisine machine routine discipline marine tâche démarche "
                + "bouche couche poche planche manche tranche fiche affiche friche caisse classe masse adresse "
                + "promesse vitesse jeunesse taxe annexe rue vue revue tribu vertu dette recette vedette salade "
                + "cité qualité agriculture viticulture architecture culture coiffure peinture sculpture "
                + "vaisselle céramique crêperie boulangerie pâtisserie épicerie librairie brasserie ferme cave "
                + "galerie série levée thèse bd bande";
        String masculine = "poste rôle role emploi stage job boulot travail contrat freelance intérim associé "
                + "partenaire mentor coach investisseur financement prêt client fournisseur distributeur local "
                + "bureau atelier espace appartement logement terrain bien emplacement cabinet conseil avis retour "
                + "contact réseau projet partenariat rendez-vous entretien échange graphiste développeur designer "
                + "consultant ingénieur directeur manager responsable chargé chef cofondateur comptable stagiaire "
                + "secteur domaine milieu monde marché univers écosystème segment commerce marketing design "
                + "numérique digital logiciel e-commerce retail luxe tourisme transport bâtiment droit service "
                + "sport jeu cinéma théâtre spectacle journalisme juriste architecte photographe analyste notaire "
                + "libraire médecin pharmacien vétérinaire dentiste infirmier métier groupe modèle module véhicule "
                + "programme centre titre acte meuble câble capitaine laboratoire territoire mémoire répertoire "
                + "musée lycée trophée génie incendie parapluie silence comité été côté traité député collège "
                + "business angel board lead deal pitch mentorat accompagnement crédit capital fonds mécène "
                + "mécénat sponsor parrain binôme cadre membre collègue guide interprète pilote juge élève artiste "
                + "ministre maire volontaire bénévole salarié employé apprenti apprentissage scientifique "
                + "technicien informaticien planning coaching conseiller bilan plan budget rachat repreneur "
                + "commerce artisan restaurant hôtel magasin site produit service outil système problème thème "
                + "public privé agro-alimentaire agroalimentaire immobilier btp cdi cdd saas magazine patrimoine marche";
        java.util.HashMap<String, Gender> m = new java.util.HashMap<>();
        for (String w : feminine.split(" ")) {
            m.put(w, Gender.FEMININE);
        }
        for (String w : masculine.split(" ")) {
            m.put(w, Gender.MASCULINE);
        }
        return Map.copyOf(m);
    }
}
