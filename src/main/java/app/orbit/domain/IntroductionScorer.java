package app.orbit.domain;

import app.orbit.domain.IntroductionLexicon.Concept;
import app.orbit.domain.IntroductionLexicon.NeedKind;
import app.orbit.domain.IntroductionLexicon.OfferKind;
import app.orbit.domain.IntroductionLexicon.Type;
import app.orbit.domain.IntroductionReader.Clause;
import app.orbit.domain.IntroductionReader.Literal;
import app.orbit.domain.IntroductionReader.Mention;
import app.orbit.domain.IntroductionReader.NeedClause;
import app.orbit.domain.IntroductionReader.Offer;
import app.orbit.domain.IntroductionReader.OfferClause;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How well one need clause is answered by an offers text, in [0, 1]: the fit of the kinds (a
 * person to hire is answered by a skill or a candidate, not by a training course) times how much
 * of the need's topics the offer covers, on their heads (see {@link IntroductionLexicon#similarity}),
 * times the constraints (another city, another language, a beginner for a senior post).
 */
final class IntroductionScorer {

    /** A scored pair of clauses, with the words of the need that met the offer. */
    record Scored(double confidence, NeedClause need, OfferClause offer, List<String> why) {
    }

    /** Coverage when the kinds meet but the need names no topic ("looking for investors" and an angel). */
    static final double KIND_ONLY = 0.85;
    /** An offer's other clauses count for less than the clause itself. */
    static final double CONTEXT = 0.8;
    static final double OTHER_PLACE = 0.2;
    static final double OTHER_LANGUAGE = 0.3;
    static final double OTHER_LEVEL = 0.35;
    static final double OTHER_STAGE = 0.3;
    static final double UNAVAILABLE = 0.2;
    static final double LITERAL_WEIGHT = 0.5;
    /** How well an offer that names no sector covers the need's sector when its kind answers the need. */
    static final double GENERALIST = 0.7;

    private static final Map<NeedKind, Map<OfferKind, Double>> FIT = new EnumMap<>(NeedKind.class);

    private static void fit(NeedKind need, Object... pairs) {
        Map<OfferKind, Double> row = new EnumMap<>(OfferKind.class);
        for (int i = 0; i < pairs.length; i += 2) {
            row.put((OfferKind) pairs[i], (Double) pairs[i + 1]);
        }
        FIT.put(need, row);
    }

    static {
        // Rows: what is needed; the kinds of offer that can answer it and how well. Missing is 0.
        fit(NeedKind.PERSON, OfferKind.CANDIDATE, 0.95, OfferKind.SKILL, 0.85, OfferKind.RECRUITING, 0.8,
                OfferKind.NETWORK, 0.6, OfferKind.ADVICE, 0.6, OfferKind.COMMUNITY, 0.4, OfferKind.PRODUCT, 0.3,
                OfferKind.SPEAKING, 0.3, OfferKind.COACHING, 0.15, OfferKind.TEACHING, 0.1, OfferKind.TESTING, 0.1);
        fit(NeedKind.ADVICE, OfferKind.ADVICE, 0.95, OfferKind.SKILL, 0.85, OfferKind.COACHING, 0.8,
                OfferKind.CANDIDATE, 0.7, OfferKind.FUNDING_HELP, 0.6, OfferKind.TEACHING, 0.5,
                OfferKind.INVESTING, 0.5, OfferKind.NETWORK, 0.5, OfferKind.SPEAKING, 0.5,
                OfferKind.COMMUNITY, 0.3, OfferKind.RECRUITING, 0.2, OfferKind.TESTING, 0.2,
                OfferKind.PRODUCT, 0.15, OfferKind.BUYER, 0.1, OfferKind.DATA, 0.1, OfferKind.HIRING, 0.05);
        fit(NeedKind.MENTOR, OfferKind.COACHING, 0.95, OfferKind.ADVICE, 0.85, OfferKind.SKILL, 0.75,
                OfferKind.CANDIDATE, 0.5, OfferKind.TEACHING, 0.5, OfferKind.INVESTING, 0.4,
                OfferKind.SPEAKING, 0.4, OfferKind.NETWORK, 0.3, OfferKind.FUNDING_HELP, 0.3,
                OfferKind.COMMUNITY, 0.2, OfferKind.RECRUITING, 0.1);
        fit(NeedKind.JOB, OfferKind.HIRING, 0.95, OfferKind.RECRUITING, 0.8, OfferKind.BUYER, 0.7,
                OfferKind.NETWORK, 0.6, OfferKind.COMMUNITY, 0.4, OfferKind.ADVICE, 0.3, OfferKind.COACHING, 0.3,
                OfferKind.SKILL, 0.1, OfferKind.TEACHING, 0.1);
        fit(NeedKind.CLIENTS, OfferKind.BUYER, 0.95, OfferKind.NETWORK, 0.85, OfferKind.COMMUNITY, 0.8,
                OfferKind.HIRING, 0.6, OfferKind.TESTING, 0.2, OfferKind.ADVICE, 0.15, OfferKind.SKILL, 0.1,
                OfferKind.COACHING, 0.1, OfferKind.RECRUITING, 0.1, OfferKind.PRODUCT, 0.05);
        fit(NeedKind.FUNDING, OfferKind.INVESTING, 0.95, OfferKind.FUNDING_HELP, 0.8, OfferKind.NETWORK, 0.75,
                OfferKind.ADVICE, 0.35, OfferKind.COACHING, 0.3, OfferKind.COMMUNITY, 0.3, OfferKind.SKILL, 0.1,
                OfferKind.BUYER, 0.1);
        fit(NeedKind.PLACE, OfferKind.SPACE, 0.95, OfferKind.NETWORK, 0.4, OfferKind.COMMUNITY, 0.2,
                OfferKind.SKILL, 0.1, OfferKind.ADVICE, 0.1);
        fit(NeedKind.PARTNER, OfferKind.CANDIDATE, 0.95, OfferKind.SKILL, 0.6, OfferKind.NETWORK, 0.4,
                OfferKind.COMMUNITY, 0.3, OfferKind.ADVICE, 0.2, OfferKind.COACHING, 0.1);
        fit(NeedKind.DATA, OfferKind.DATA, 0.95, OfferKind.SKILL, 0.5, OfferKind.NETWORK, 0.4,
                OfferKind.ADVICE, 0.3, OfferKind.PRODUCT, 0.3, OfferKind.COMMUNITY, 0.2);
        fit(NeedKind.CONTACT, OfferKind.NETWORK, 0.9, OfferKind.SKILL, 0.85, OfferKind.CANDIDATE, 0.7,
                OfferKind.ADVICE, 0.5, OfferKind.COMMUNITY, 0.5, OfferKind.BUYER, 0.5, OfferKind.INVESTING, 0.5,
                OfferKind.SPEAKING, 0.5, OfferKind.TESTING, 0.5, OfferKind.HIRING, 0.4, OfferKind.COACHING, 0.3,
                OfferKind.RECRUITING, 0.3, OfferKind.DATA, 0.3, OfferKind.SPACE, 0.2, OfferKind.PRODUCT, 0.2);
        fit(NeedKind.TESTERS, OfferKind.TESTING, 0.95, OfferKind.COMMUNITY, 0.85, OfferKind.NETWORK, 0.6,
                OfferKind.SKILL, 0.5, OfferKind.CANDIDATE, 0.3);
        fit(NeedKind.SPEAKERS, OfferKind.SPEAKING, 0.95, OfferKind.SKILL, 0.6, OfferKind.ADVICE, 0.5,
                OfferKind.NETWORK, 0.5, OfferKind.COMMUNITY, 0.4, OfferKind.TEACHING, 0.3,
                OfferKind.COACHING, 0.2);
        fit(NeedKind.ANY, OfferKind.SKILL, 0.6, OfferKind.ADVICE, 0.6, OfferKind.COACHING, 0.5,
                OfferKind.NETWORK, 0.5, OfferKind.CANDIDATE, 0.5, OfferKind.TEACHING, 0.3,
                OfferKind.COMMUNITY, 0.3);
    }

    private final IntroductionLexicon lexicon;

    IntroductionScorer(IntroductionLexicon lexicon) {
        this.lexicon = lexicon;
    }

    static double fit(NeedKind need, OfferKind offer) {
        return FIT.get(need).getOrDefault(offer, 0.0);
    }

    /** The best pair of one of the need clauses with one of the offer's clauses, or null when none scores. */
    Scored best(List<NeedClause> needs, Offer offer) {
        Scored best = null;
        for (NeedClause n : needs) {
            for (int i = 0; i < offer.clauses().size(); i++) {
                Scored s = score(n, offer, i);
                if (s != null && (best == null || s.confidence() > best.confidence())) {
                    best = s;
                }
            }
        }
        return best;
    }

    private Scored score(NeedClause need, Offer offer, int index) {
        OfferClause oc = offer.clauses().get(index);
        Set<OfferKind> offered = EnumSet.copyOf(oc.kinds().isEmpty() ? EnumSet.of(OfferKind.SKILL) : oc.kinds());
        if (offer.status().contains(OfferKind.CANDIDATE) && hasSkill(oc)) {
            offered.add(OfferKind.CANDIDATE);
        }
        Scored best = null;
        for (NeedKind nk : need.kinds()) {
            for (OfferKind ok : offered) {
                double fit = fit(nk, ok);
                if (fit == 0) {
                    continue;
                }
                Coverage c = coverage(need, nk, offer, index, ok);
                if (c.value() == 0) {
                    continue;
                }
                double conf = fit * c.value() * constraints(need, nk, offer, oc, ok, c.why());
                conf = Math.round(Math.min(1.0, conf) * 1000) / 1000.0;
                if (conf > 0 && (best == null || conf > best.confidence())) {
                    best = new Scored(conf, need, oc, IntroductionReader.surfaces(c.why()));
                }
            }
        }
        return best;
    }

    private static boolean hasSkill(OfferClause oc) {
        return oc.kinds().contains(OfferKind.SKILL) || oc.kinds().isEmpty();
    }

    private record Coverage(double value, List<Mention> why) {
    }

    /**
     * The weighted share of the need's topics that the offer covers. Frames the offer's kind
     * answers ("investors" against an angel) need no topic; of two topics where one is broader
     * ("lawyer", "trademark") only the narrower counts, on both sides, so "lawyer, family law" does
     * not cover "a lawyer for a trademark".
     */
    private Coverage coverage(NeedClause need, NeedKind kind, Offer offer, int index, OfferKind offered) {
        Clause clause = offer.clauses().get(index).clause();
        List<Mention> why = new ArrayList<>();
        List<Mention> topics = new ArrayList<>();
        boolean satisfied = false;
        for (Mention m : need.clause().topics()) {
            Concept c = m.concept();
            if (c.frame() && c.need() == kind && answers(c, offered, clause)) {
                satisfied = true;
                why.add(m);
            } else {
                topics.add(m);
            }
        }
        List<Mention> needTopics = narrowest(topics);
        List<Concept> own = narrowestConcepts(clause.topics());
        List<Concept> context = new ArrayList<>();
        for (int i = 0; i < offer.clauses().size(); i++) {
            if (i != index) {
                context.addAll(narrowestConcepts(offer.clauses().get(i).clause().topics()));
            }
        }
        double sum = 0;
        double weights = 0;
        for (Mention m : needTopics) {
            Concept c = m.concept();
            double s = 0;
            for (Concept o : own) {
                s = Math.max(s, lexicon.similarity(c, o));
            }
            for (Concept o : context) {
                s = Math.max(s, CONTEXT * lexicon.similarity(c, o));
            }
            if (s == 0 && satisfied && c.type() == Type.SECTOR && noneOfType(offer, Type.SECTOR)) {
                // An investor or a network that names no sector takes any: "prêts d'amorçage" for a farm.
                s = GENERALIST;
            }
            if (c.type() == Type.AUDIENCE && s == 0) {
                continue;
            }
            if (s > 0) {
                why.add(m);
                for (Mention t : topics) {
                    if (t != m && lexicon.covers(t.concept(), c)) {
                        why.add(t);
                    }
                }
            }
            sum += c.weight() * s;
            weights += c.weight();
        }
        Set<String> ownWords = literalWords(clause);
        Set<String> otherWords = new HashSet<>();
        for (OfferClause o : offer.clauses()) {
            otherWords.addAll(literalWords(o.clause()));
        }
        for (Literal l : need.clause().literals()) {
            double s = ownWords.contains(l.norm()) ? 1 : otherWords.contains(l.norm()) ? CONTEXT : 0;
            if (s > 0) {
                why.add(new Mention(null, l.start(), l.start() + l.surface().length(), l.surface()));
            }
            sum += LITERAL_WEIGHT * s;
            weights += LITERAL_WEIGHT;
        }
        if (weights == 0) {
            return new Coverage(satisfied ? KIND_ONLY : 0, why);
        }
        return new Coverage(sum / weights, why);
    }

    /**
     * Whether an offer of this kind answers a frame without naming it. A network or a community
     * answers "clients" only when it is not a network of something else (investors, say).
     */
    private static boolean answers(Concept frame, OfferKind offered, Clause clause) {
        if (!frame.satisfiedBy().contains(offered)) {
            return false;
        }
        if (offered != OfferKind.NETWORK && offered != OfferKind.COMMUNITY) {
            return true;
        }
        return clause.mentions().stream().noneMatch(m -> m.concept().frame() && m.concept().need() != null
                && m.concept().need() != frame.need());
    }

    private List<Mention> narrowest(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            boolean broader = false;
            for (Mention o : mentions) {
                if (o.concept() != m.concept() && lexicon.covers(m.concept(), o.concept())) {
                    broader = true;
                    break;
                }
            }
            if (!broader && out.stream().noneMatch(x -> x.concept() == m.concept())) {
                out.add(m);
            }
        }
        return out;
    }

    private List<Concept> narrowestConcepts(List<Mention> mentions) {
        return narrowest(mentions).stream().map(Mention::concept).toList();
    }

    private static boolean noneOfType(Offer offer, Type type) {
        return offer.clauses().stream().allMatch(c -> c.clause().of(type).isEmpty());
    }

    private static Set<String> literalWords(Clause c) {
        Set<String> out = new HashSet<>();
        for (Literal l : c.literals()) {
            out.add(l.norm());
        }
        return out;
    }

    /** Places, languages, seniority, funding stage and availability that rule a pair out or in. */
    private double constraints(NeedClause need, NeedKind kind, Offer offer, OfferClause oc, OfferKind offered,
            List<Mention> why) {
        double f = 1;
        List<Mention> needPlaces = need.clause().of(Type.PLACE);
        List<Mention> offerPlaces = all(offer, Type.PLACE);
        if (!needPlaces.isEmpty()) {
            if (offerPlaces.isEmpty()) {
                f *= kind == NeedKind.PLACE ? 0.7 : 1;
            } else {
                List<Mention> agree = agreeing(needPlaces, offerPlaces);
                if (agree.isEmpty()) {
                    f *= OTHER_PLACE;
                } else {
                    why.addAll(agree);
                }
            }
        }
        List<Mention> needLangs = need.clause().of(Type.LANG);
        List<Mention> offerLangs = all(offer, Type.LANG);
        if (!needLangs.isEmpty() && !offerLangs.isEmpty()) {
            List<Mention> agree = agreeing(needLangs, offerLangs);
            if (agree.isEmpty()) {
                f *= OTHER_LANGUAGE;
            } else {
                why.addAll(agree);
            }
        }
        List<Mention> needStages = need.clause().of(Type.STAGE);
        List<Mention> offerStages = all(offer, Type.STAGE);
        if (!needStages.isEmpty() && !offerStages.isEmpty()) {
            if (agreeing(needStages, offerStages).isEmpty()) {
                f *= OTHER_STAGE;
            }
        }
        f *= levels(need, kind, offer, offered);
        if (offer.status().contains(OfferKind.LEARNER)
                && (kind == NeedKind.ADVICE || kind == NeedKind.MENTOR || kind == NeedKind.SPEAKERS)) {
            // A fan or a learner of a subject is not the one to advise on it.
            f *= OTHER_LEVEL;
        }
        if (offer.status().contains(OfferKind.UNAVAILABLE)
                && (kind == NeedKind.PERSON || kind == NeedKind.PARTNER)) {
            f *= UNAVAILABLE;
        }
        return f;
    }

    /**
     * Seniority: a senior post is not for a beginner, nor an internship for someone hiring seniors
     * only. A person needed without a level is taken as a professional, so a beginner counts half.
     */
    private double levels(NeedClause need, NeedKind kind, Offer offer, OfferKind offered) {
        if (kind != NeedKind.PERSON && kind != NeedKind.JOB && kind != NeedKind.PARTNER) {
            return 1;
        }
        if (offered != OfferKind.SKILL && offered != OfferKind.CANDIDATE && offered != OfferKind.HIRING) {
            return 1;
        }
        int need0 = level(need.clause().mentions());
        int offer0 = level(allMentions(offer));
        if (offer.status().contains(OfferKind.LEARNER)) {
            offer0 = offer0 < 0 ? 0 : Math.min(offer0, 0);
        }
        if (need0 < 0 || offer0 < 0) {
            return need0 < 0 && offer0 == 0 && kind != NeedKind.JOB ? 0.5 : 1;
        }
        return Math.abs(need0 - offer0) >= 2 ? OTHER_LEVEL : 1;
    }

    /** 0 for interns, internships, students and beginners, 1 junior, 2 confirmed, 3 senior; -1 when not said. */
    private static int level(List<Mention> mentions) {
        int out = -1;
        for (Mention m : mentions) {
            int l = switch (m.concept().id()) {
                case "intern", "beginner", "internship", "seeking_internship" -> 0;
                case "junior" -> 1;
                case "confirmed" -> 2;
                case "senior", "expert_level" -> 3;
                default -> -1;
            };
            out = Math.max(out, l);
        }
        return out;
    }

    private static List<Mention> allMentions(Offer offer) {
        List<Mention> out = new ArrayList<>();
        for (OfferClause c : offer.clauses()) {
            out.addAll(c.clause().mentions());
        }
        return out;
    }

    private static List<Mention> all(Offer offer, Type type) {
        List<Mention> out = new ArrayList<>();
        for (OfferClause c : offer.clauses()) {
            out.addAll(c.clause().of(type));
        }
        return out;
    }

    private List<Mention> agreeing(List<Mention> need, List<Mention> offer) {
        List<Mention> out = new ArrayList<>();
        for (Mention n : need) {
            for (Mention o : offer) {
                if (lexicon.covers(n.concept(), o.concept()) || lexicon.covers(o.concept(), n.concept())) {
                    out.add(n);
                    break;
                }
            }
        }
        return out;
    }
}
