package app.orbit.service;

import app.orbit.domain.Ask;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Text;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample network of 40 people, French and English names, every circle and a history written out
 * in full (no randomness), so that a first look at Orbit shows the whole method at work: this
 * week's plan holds an introduction that makes sense, news to congratulate on, a promise falling
 * due to the one person it was made to, a birthday, something to share on what someone needs and a
 * call to make just to hear how someone is; one person the user has helped enough to ask, with one
 * of the user's two asks; and "give first" for the others. Dates are relative to today. The user
 * of the sample is a freelance product designer. Each summary agrees with its interaction's kind.
 */
public final class SampleNetwork {

    /**
     * One person: names, organisation, title, circle, days since the last touch (-1: never), tags,
     * needs, offers, city.
     */
    private record Person(String first, String last, String org, String title, Circle circle, int daysAgo,
            String tags, String needs, String offers, String city) {
    }

    /**
     * The people. The first seven are the most overdue for their circle, so they make up this
     * week's plan; everyone else is fresh enough, or far enough out, to stay below them.
     */
    private static final List<Person> PEOPLE = List.of(
            // This week's plan, by priority (staleness ratio x circle weight).
            new Person("Isabelle", "Mercier", "Lycée Victor Hugo", "Teacher", Circle.INNER, 40, "",
                    "", "", "Bordeaux"),
            new Person("Chloé", "Petit", "Danone", "Marketing manager", Circle.INNER, 30, "friends,marketing",
                    "a flat to rent in Lyon from March", "consumer marketing", "Paris"),
            new Person("Nadia", "Kader", "Lydia", "Engineering director", Circle.CLOSE, 75, "fintech,paris",
                    "hiring a senior Kotlin payments engineer", "engineering management", "Paris"),
            new Person("James", "Whitaker", "Monzo", "Product lead", Circle.CLOSE, 70, "fintech,product",
                    "", "product strategy, introductions to fintech product teams", "London"),
            new Person("Amélie", "Girard", "BNP Paribas", "Risk analyst", Circle.NETWORK, 270, "finance",
                    "a good secondary school for her daughter in Bordeaux", "credit risk models", "Paris"),
            new Person("Thomas", "Bernard", "Doctolib", "Engineering manager", Circle.CLOSE, 55, "tech,paris",
                    "engineering managers to interview for his new team", "hiring advice", "Paris"),
            new Person("Lucas", "Roux", "Mistral AI", "Research engineer", Circle.CLOSE, 50, "ai,tech",
                    "datasets of French legal text", "machine learning advice", "Paris"),
            // Time-bound this week: a promise (Camille) and a birthday (Léa).
            new Person("Camille", "Bonnet", "Airbus", "Project manager", Circle.CLOSE, 12, "aerospace",
                    "", "project management", "Toulouse"),
            new Person("Léa", "Dubois", "Station F", "Programme manager", Circle.CLOSE, 20, "startups,events",
                    "", "startup events", "Paris"),
            // Everyone else.
            new Person("Tom", "Price", "Freelance", "Backend engineer", Circle.NETWORK, 20, "tech,fintech",
                    "", "Kotlin payments engineering, hiring referrals", "London"),
            new Person("Cécile", "Moreau", "Atelier Lumière", "Founder", Circle.INNER, 6, "design,friends",
                    "a freelance illustrator for a children's book", "brand identity, design critique", "Lyon"),
            new Person("Sophie", "Lefèvre", "Freelance", "UX researcher", Circle.NETWORK, 95, "design,research",
                    "clients in healthcare", "user interviews, usability testing", "Nantes"),
            new Person("Oliver", "Hughes", "Stripe", "Solutions engineer", Circle.OUTER, 300, "payments",
                    "", "payments integration", "Dublin"),
            new Person("Hugo", "Martin", "Renault", "Purchasing director", Circle.OUTER, 190, "automotive",
                    "suppliers in battery recycling", "automotive industry contacts", "Boulogne"),
            new Person("Emma", "Clarke", "BBC", "Producer", Circle.NETWORK, 60, "media",
                    "stories about startups", "media training, podcast production", "Manchester"),
            new Person("Charlotte", "Evans", "Deloitte", "Senior manager", Circle.NETWORK, 130, "consulting",
                    "speakers for a conference on AI ethics", "public sector contacts", "London"),
            new Person("Antoine", "Fournier", "BPI France", "Investment manager", Circle.NETWORK, 30, "investors",
                    "deep tech startups to fund", "seed funding, grant applications", "Paris"),
            new Person("George", "Mitchell", "Rolls-Royce", "Engineer", Circle.OUTER, 365, "engineering",
                    "", "aerospace engineering", "Derby"),
            new Person("Manon", "Lambert", "Ubisoft", "Game designer", Circle.NETWORK, 85, "games",
                    "sound designers", "game design, playtesting", "Montpellier"),
            new Person("Henry", "Walker", "Freelance", "Copywriter", Circle.OUTER, 50, "writing",
                    "clients in B2B software", "copywriting, editing", "Bristol"),
            new Person("Jack", "Robinson", "Google", "Developer advocate", Circle.NETWORK, 150, "tech,speaking",
                    "conference speakers", "developer relations, public speaking", "London"),
            new Person("Inès", "Chevalier", "Hôpital Necker", "Paediatrician", Circle.CLOSE, 25, "health,friends",
                    "health apps for children", "medical advice", "Paris"),
            new Person("Nathan", "Garnier", "Qonto", "Sales lead", Circle.NETWORK, 100, "fintech,sales",
                    "leads in SMB accounting", "sales coaching", "Paris"),
            new Person("Grace", "Turner", "University of Oxford", "Lecturer", Circle.OUTER, 220, "research",
                    "industry partners for research", "grant writing", "Oxford"),
            new Person("Julien", "Faure", "Back Market", "CTO", Circle.CLOSE, 35, "tech,startups",
                    "a head of data", "scaling engineering teams", "Paris"),
            new Person("Zoé", "André", "Freelance", "Photographer", Circle.NETWORK, 12, "photography,design",
                    "clients for corporate portraits", "photography", "Marseille"),
            new Person("William", "Harris", "HSBC", "Relationship manager", Circle.DORMANT, 900, "finance",
                    "", "business banking", "London"),
            new Person("Louise", "Rousseau", "Le Monde", "Journalist", Circle.NETWORK, 91, "media,tech",
                    "experts on AI regulation", "press contacts", "Paris"),
            new Person("Harry", "Cooper", "Arup", "Architect", Circle.OUTER, 30, "architecture",
                    "", "sustainable building", "Leeds"),
            new Person("Clara", "Vincent", "Alan", "Head of people", Circle.CLOSE, 40, "hr,startups",
                    "a payroll tool for 200 people", "recruiting, people operations", "Paris"),
            new Person("Paul", "Muller", "Schneider Electric", "Energy consultant", Circle.NETWORK, 170, "energy",
                    "startups in energy efficiency", "energy transition contacts", "Grenoble"),
            new Person("Olivia", "Wright", "Wise", "Compliance officer", Circle.OUTER, 100, "fintech,compliance",
                    "", "regulatory compliance", "London"),
            new Person("Maxime", "Blanc", "Freelance", "Data engineer", Circle.NETWORK, -1, "data,tech",
                    "freelance missions in data engineering", "data pipelines, Spark", "Lille"),
            new Person("Élodie", "Guérin", "L'Oréal", "Brand manager", Circle.CLOSE, 10, "marketing",
                    "influencers in skincare", "brand strategy", "Clichy"),
            new Person("Margaux", "Perrin", "Sciences Po", "Career advisor", Circle.NETWORK, 75, "education",
                    "employers for graduates", "career advice, student contacts", "Paris"),
            new Person("Benjamin", "Morel", "OVHcloud", "Cloud architect", Circle.OUTER, 500, "cloud,tech",
                    "", "cloud hosting", "Roubaix"),
            new Person("Sarah", "Thompson", "Founders Forum", "Community manager", Circle.CLOSE, 31,
                    "events,startups", "sponsors for a founders' dinner", "founder community, events", "London"),
            new Person("Victor", "Lemaire", "Leboncoin", "Data scientist", Circle.NETWORK, 40, "data,ai",
                    "a mentor in product management", "recommendation systems", "Paris"),
            new Person("Lucy", "Green", "Freelance", "Translator", Circle.OUTER, 10, "languages",
                    "clients in legal translation", "French-English translation", "Brighton"),
            new Person("Alice", "Baker", "Canva", "Designer", Circle.NETWORK, -1, "design",
                    "", "visual design", "Sydney"));

    /** The user's own asks: what a freelance product designer would ask their network for. */
    private static final List<Ask> ASKS = List.of(
            Ask.draft("freelance missions as a product designer", "fintech", "onboarding of payment apps",
                    "a neobank onboarding redesign that lifted activation by 18% in 3 months",
                    HelpWanted.INTRODUCTION),
            Ask.draft("a speaking slot at a design conference in 2027", "UX design",
                    "talks on onboarding and activation", "6 years of onboarding work in fintech and two published case studies",
                    HelpWanted.LEAD));

    private final ContactService contacts;
    private final InteractionService interactions;
    private final AskService asks;
    private final Transactions transactions;
    private final Clock clock;

    public SampleNetwork(ContactService contacts, InteractionService interactions, AskService asks,
            Transactions transactions, Clock clock) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.asks = asks;
        this.transactions = transactions;
        this.clock = clock;
    }

    public int size() {
        return PEOPLE.size();
    }

    /** Loads the sample network, its history and the user's asks in one transaction; returns how many contacts it added. */
    public int load() {
        LocalDate today = LocalDate.now(clock);
        return transactions.inTransaction(() -> {
            Map<String, Long> id = new HashMap<>();
            for (int i = 0; i < PEOPLE.size(); i++) {
                Person p = PEOPLE.get(i);
                Contact.Builder b = Contact.builder()
                        .firstName(p.first).lastName(p.last).organisation(p.org).title(p.title).city(p.city)
                        .circle(p.circle)
                        .tags(p.tags.isEmpty() ? List.of() : List.of(p.tags.split(",")))
                        .needs(p.needs).offers(p.offers)
                        .email(asciiEmail(p.first, p.last, p.org))
                        .knownSince(today.minusDays(p.daysAgo < 0 ? 20 + i : p.daysAgo + 300 + 7 * i));
                if (p.first.equals("Léa")) {
                    b.birthday(new Birthday(MonthDay.from(today.plusDays(2)), 1991));
                } else if (i % 5 == 3) {
                    b.birthday(new Birthday(MonthDay.from(today.plusDays(40 + 9 * i)), null));
                }
                id.put(p.first, contacts.create(b.build()).id());
            }
            for (int i = 0; i < PEOPLE.size(); i++) {
                history(PEOPLE.get(i), i, id, today);
            }
            scripted(id, today);
            ASKS.forEach(asks::create);
            return PEOPLE.size();
        });
    }

    /** An ordinary history: an older touch, then the latest one, each summary fitting its kind. */
    private void history(Person p, int i, Map<String, Long> id, LocalDate today) {
        if (p.daysAgo < 0 || SCRIPTED.contains(p.first)) {
            return;
        }
        long who = id.get(p.first);
        InteractionKind older = KINDS[(i + 2) % KINDS.length];
        log(today.minusDays(p.daysAgo + 60 + 11 * (i % 7)), older, List.of(who), summary(older, p), "",
                i % 4 == 0 ? Exchange.RECEIVED : Exchange.NONE, null);
        InteractionKind latest = KINDS[i % KINDS.length];
        log(today.minusDays(p.daysAgo), latest, List.of(who), summary(latest, p), "",
                i % 3 == 0 ? Exchange.GAVE : Exchange.NONE, null);
    }

    /** The people whose history is written out by {@link #scripted}. */
    private static final List<String> SCRIPTED = List.of("Chloé", "James", "Camille", "Zoé", "Nadia", "Thomas");

    /** The histories that make this week's cards say something worth doing. */
    private void scripted(Map<String, Long> id, LocalDate today) {
        // News to congratulate on, in the notes of the latest meeting.
        log(today.minusDays(90), InteractionKind.CALL, List.of(id.get("Chloé")), "Call about her move to Lyon", "",
                Exchange.NONE, null);
        log(today.minusDays(30), InteractionKind.MEETING, List.of(id.get("Chloé")), "Dinner at her place",
                "She got engaged to Karim in the summer; the wedding is planned for June.", Exchange.NONE, null);
        // Helped James twice and asked once: the plan may suggest an ask of him.
        log(today.minusDays(200), InteractionKind.VIDEO, List.of(id.get("James")),
                "Video call: feedback on his onboarding screens", "", Exchange.GAVE, null);
        log(today.minusDays(140), InteractionKind.EMAIL, List.of(id.get("James")),
                "Email: sent him two designer portfolios for his team", "", Exchange.GAVE, null);
        log(today.minusDays(70), InteractionKind.MEETING, List.of(id.get("James")),
                "Coffee near Old Street: asked how Monzo hires freelancers", "", Exchange.ASKED, null);
        // A promise made at a lunch with Camille and Zoé, to Camille alone, due in two days.
        log(today.minusDays(60), InteractionKind.EVENT, List.of(id.get("Camille")),
                "Met at the Toulouse product meetup", "", Exchange.NONE, null);
        log(today.minusDays(12), InteractionKind.MEETING, List.of(id.get("Camille"), id.get("Zoé")),
                "Lunch with Camille and Zoé", "Camille is looking for a CTO for her side project.", Exchange.NONE,
                new FollowUp(today.plusDays(2), "send Camille the list of three CTO candidates", false)
                        .to(List.of(id.get("Camille"))));
        // Nadia: a long silence since a call where she helped.
        log(today.minusDays(75), InteractionKind.CALL, List.of(id.get("Nadia")),
                "Call about her payments team", "", Exchange.RECEIVED, null);
        // Thomas: asked him a favour, never gave: give first.
        log(today.minusDays(55), InteractionKind.MESSAGE, List.of(id.get("Thomas")),
                "Message: asked for a reference for a Doctolib mission", "", Exchange.ASKED, null);
    }

    private static final InteractionKind[] KINDS = {InteractionKind.MEETING, InteractionKind.CALL,
        InteractionKind.VIDEO, InteractionKind.EMAIL, InteractionKind.MESSAGE, InteractionKind.EVENT};

    /** A summary that says what the kind of touch was. */
    private static String summary(InteractionKind kind, Person p) {
        return switch (kind) {
            case MEETING -> "Coffee with " + p.first + " near " + (p.city.isEmpty() ? "the office" : p.city + " station");
            case CALL -> "Call about " + (p.needs.isEmpty() ? "work at " + p.org : p.needs);
            case VIDEO -> "Video call: catching up on " + p.org;
            case EMAIL -> "Email: news from " + p.org;
            case MESSAGE -> "Message: a link about " + (p.tags.isEmpty() ? p.org : p.tags.split(",")[0]);
            case EVENT -> "Met at a " + (p.tags.isEmpty() ? "conference" : p.tags.split(",")[0] + " meetup");
            default -> "Catch-up";
        };
    }

    private void log(LocalDate date, InteractionKind kind, List<Long> with, String summary, String notes,
            Exchange exchange, FollowUp followUp) {
        interactions.log(Interaction.of(date, kind, new ArrayList<>(with), summary, notes, exchange, followUp));
    }

    private static String asciiEmail(String first, String last, String org) {
        String domain = Text.fold(org).replaceAll("[^a-z0-9]", "");
        return Text.fold(first).replaceAll("[^a-z]", "") + "." + Text.fold(last).replaceAll("[^a-z]", "") + "@"
                + (domain.isEmpty() ? "example" : domain) + ".example";
    }
}
