package app.orbit.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Spots news worth congratulating someone on in a text, in English or French: a new job, a
 * promotion, a launch, a birth, a wedding or engagement, a graduation, an award, funding raised, a
 * book, a move. Kept strict, because a false "congratulations" is worse than none: each sentence
 * is read on its own, and one that only hopes or plans ("looking for a new job", "pense à
 * déménager"), denies ("didn't get the job", "pas de promotion"), hires ("interviewing for a new
 * position") or tells the user's own news ("I got a promotion", "mon livre est sorti") says
 * nothing to congratulate them on. Measured on a labelled set (docs/advice.md).
 */
public final class News {

    /** The kinds of news, each with the folded pattern that finds it, checked in this order. */
    private static final List<Kind> KINDS = List.of(
            new Kind("launch", "launched(?! into)|just launched|went live|shipped|released (her|his|their)"
                    + "|est en ligne|sont en ligne|a sorti (son|sa|ses|leur)|opened (her|his|their) own"
                    + "|opened (a|an) (new )?(shop|bakery|restaurant|office|studio|practice|agency|cafe|store)"
                    + "|founded|started (her|his|their) own|a lance|vient de lancer|lance (son|sa|ses|leur)"
                    + "|lancement de (son|sa|ses|leur)|a ouvert (son|sa|un|une)|a cree (sa|son|une|un)|a fonde"),
            new Kind("job", "new (job|role|position)|started (a new|at|as|in)|starts (at|as|a new)"
                    + "|joined \\S+( \\S+)? as|now (working|works) (at|for)|got the (job|role|position|offer)"
                    + "|(took|takes|has taken) (a|the) (new )?(job|role|position)|started as"
                    + "|a pris un poste|travaille (desormais|maintenant) (chez|a|pour)|commence chez|a commence chez"
                    + "|accepted (an|the|a) (job )?offer|landed (a|the|her|his) (new )?(job|role"
                    + "|position)|(was|got|been) hired|nouveau (poste|job|travail)|nouvel emploi"
                    + "|nouvelle (mission|fonction)|a rejoint|embauchee?|(pris|prend) ses fonctions"
                    + "|decroche (un|une|le|la) (poste|job|cdi|contrat|mission)"),
            new Kind("promotion", "promoted|got a promotion|promotion to|(was|been) made (head|director|partner|vp"
                    + "|cto|ceo|cfo|coo|manager|lead|chief)|named (cfo|ceo|cto|coo|head|director|partner|vp|chief)"
                    + "|(was|been) named|promue?|a ete nommee?|nommee? (associee?|directeur|directrice|responsable"
                    + "|pdg|dg)|(obtenu|obtenir) une promotion"),
            new Kind("birth", "was born|is born|had a (baby|girl|boy|son|daughter)|baby (girl|boy)"
                    + "|became a (dad|mum|mom|father|mother|parent)"
                    + "|expecting (a |an |their |her |his )?(first |second |third )?(baby|child)"
                    + "|naissance|a accouche|ont eu (un|une) (petit|petite|bebe|fils|fille|garcon)"
                    + "|est devenue? (maman|papa|mere|pere|parent)|were born|est nee?|sont nees?|est (papa|maman)"
                    + "|welcomed (a|their|her|his) (baby|son|daughter|girl|boy|twins)|attend un (bebe|enfant)|bebe est nee?"),
            new Kind("wedding", "^married|married (last|this|in|on)|vient de se (marier|fiancer)|got married|getting married|get married|wedding (was|is|in|on|next|last|this)"
                    + "|their wedding|got engaged|engaged to|se marie|s est mariee?|mariage (celebre|prevu|en|le|ce|cet)"
                    + "|fiancailles|se sont fiances|s est fiancee?|fiancee? (a|avec)"),
            new Kind("graduation", "graduated|finished (her|his|their) (mba|phd|masters|degree|studies)"
                    + "|a termine (son|sa|ses) (master|mba|doctorat|these|etudes)|defended (her|his|their) (thesis|phd|dissertation)"
                    + "|got (her|his|their) (degree|diploma|phd|masters)|diplomee?"
                    + "|a soutenu (sa|son) (these|memoire)|a obtenu (son|sa) (diplome|master|doctorat)"),
            new Kind("award", "won (a|an|the|first|best)|award (for|from)|received (a|an|the) (\\S+ )?(award|prize)"
                    + "|a recu (le|un) (\\S+ )?prix|awarded"
                    + "|laureate?|laureat|recompensee?|a gagne|ont gagne|a remporte|ont remporte"),
            new Kind("funding", "raised (\\S+ ){0,3}(seed|series|round|funding|million|millions|pre seed)"
                    + "|closed (a |an |their |his |her )?(seed|series|round|funding)|funding round"
                    + "|levee de fonds (bouclee|reussie|finalisee|de [0-9])|a leve|ont leve|leve des fonds"
                    + "|a boucle (sa|son|une) (levee|tour)"),
            new Kind("book", "published (a|her|his|their) (first |new |second )?book"
                    + "|(novel|book|essay|memoir) (was|is) published|vient de paraitre|est paru|new book"
                    + "|book (comes|came|is) out|nouveau livre|a publie|vient de publier|(son|leur) livre sort"
                    + "|livre est sorti"),
            new Kind("move", "moved to|moved into|moved back to|settled in|vit (maintenant|desormais) a"
                    + "|habite (maintenant|desormais) a|relocated|relocating to|just moved"
                    + "|bought a (house|flat|home|place)|a demenage|vient d emmenager|a emmenage|s est installee?"
                    + "|s installe a|vient de s installer|a achete (une|un) (maison|appartement)"));

    /**
     * Words that make a sentence about something hoped for, planned, denied or hired for, not
     * news that happened to the person ("looking for a new job", "n'a pas eu le poste").
     */
    private static final Pattern NOT_NEWS = Pattern.compile("(?:^| )(?:looking for|look for|searching|wants|want"
            + "|hopes|hope|hoping|would like|thinking about|thinking of|considering|might|maybe|plans to|planning"
            + "|if|not|didn t|didn|never|hiring|recruiting|recruit|interviewing|cherche|recherche|aimerait|voudrait"
            + "|veut|espere|pense a|envisage|prepare|pas|jamais|peut etre|si|recrute|recrutement|asked for advice|advice on"
            + "|demande conseil|conseil pour)(?= |$)");

    /** First-person words: the user's own news, told in a note about someone else. */
    private static final Set<String> FIRST_PERSON = Set.of("my", "je", "j", "mon", "ma", "mes");
    /** English "I" as a word, written as people write it: capital, not part of a name like "i-Nov". */
    private static final Pattern I = Pattern.compile("(?<![\\p{L}\\p{N}-])I(?=[\\s'\u2019])");

    /** Where one statement ends and another begins. */
    private static final Pattern SENTENCES = Pattern.compile("[.!?;\\n\\r]+| but | mais |, but |, mais ");

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

    /** The kind of news the text mentions ("job", "birth"…), the first found; empty if none. */
    public static Optional<String> find(String text) {
        if (Text.isBlank(text)) {
            return Optional.empty();
        }
        for (String sentence : SENTENCES.split(text)) {
            String folded = " " + Text.fold(sentence).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            if (NOT_NEWS.matcher(folded).find() || firstPerson(folded) || I.matcher(sentence).find()) {
                continue;
            }
            for (Kind k : KINDS) {
                if (k.pattern().matcher(folded.strip()).find()) {
                    return Optional.of(k.name());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean firstPerson(String folded) {
        for (String w : folded.strip().split(" ")) {
            if (FIRST_PERSON.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
