package app.orbit.service;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A sample network of 40 people, French and English names, every circle and a varied history,
 * so a first look at Orbit shows a real due list. Dates are relative to today; the content is
 * fixed (seeded), so two loads on the same day give the same network.
 */
public final class SampleNetwork {

    /** name, organisation, title, circle, days since last touch (-1 = never), tags, needs, offers, city. */
    private record Person(String first, String last, String org, String title, Circle circle, int daysAgo,
            String tags, String needs, String offers, String city) {
    }

    private static final List<Person> PEOPLE = List.of(
            new Person("Cécile", "Moreau", "Atelier Lumière", "Founder", Circle.INNER, 20, "design,friends",
                    "a freelance illustrator for a children's book", "brand identity, design critique", "Lyon"),
            new Person("Thomas", "Bernard", "Doctolib", "Engineering manager", Circle.CLOSE, 45, "tech,paris",
                    "senior Java developers", "hiring advice, engineering management", "Paris"),
            new Person("Amélie", "Girard", "BNP Paribas", "Risk analyst", Circle.NETWORK, 200, "finance",
                    "a mentor in data science", "credit risk, banking contacts", "Paris"),
            new Person("James", "Whitaker", "Monzo", "Product lead", Circle.CLOSE, 12, "fintech,london",
                    "product designers in fintech", "product strategy, fintech contacts", "London"),
            new Person("Sophie", "Lefèvre", "Freelance", "UX researcher", Circle.NETWORK, 95, "design,research",
                    "clients in healthcare", "user interviews, usability testing", "Nantes"),
            new Person("Oliver", "Hughes", "Stripe", "Solutions engineer", Circle.OUTER, 400, "payments",
                    "", "payments integration", "Dublin"),
            new Person("Léa", "Dubois", "Station F", "Programme manager", Circle.CLOSE, 33, "startups,events",
                    "mentors for founders", "startup events, founder introductions", "Paris"),
            new Person("Hugo", "Martin", "Renault", "Purchasing director", Circle.OUTER, 190, "automotive",
                    "suppliers in battery recycling", "automotive industry contacts", "Boulogne"),
            new Person("Emma", "Clarke", "BBC", "Producer", Circle.NETWORK, 60, "media",
                    "stories about startups", "media training, podcast production", "Manchester"),
            new Person("Chloé", "Petit", "Danone", "Marketing manager", Circle.INNER, 3, "friends,marketing",
                    "a new flat in Lyon", "consumer marketing", "Paris"),
            new Person("Lucas", "Roux", "Mistral AI", "Research engineer", Circle.CLOSE, 70, "ai,tech",
                    "datasets in French legal text", "machine learning advice", "Paris"),
            new Person("Charlotte", "Evans", "Deloitte", "Senior manager", Circle.NETWORK, 130, "consulting",
                    "speakers for a conference on AI ethics", "consulting, public sector contacts", "London"),
            new Person("Antoine", "Fournier", "BPI France", "Investment manager", Circle.NETWORK, 30, "investors",
                    "deep tech startups to fund", "seed funding, grant applications", "Paris"),
            new Person("Isabelle", "Mercier", "Lycée Victor Hugo", "Teacher", Circle.INNER, 40, "family",
                    "an internship for her son in software", "", "Bordeaux"),
            new Person("George", "Mitchell", "Rolls-Royce", "Engineer", Circle.OUTER, 365, "engineering",
                    "", "aerospace engineering", "Derby"),
            new Person("Manon", "Lambert", "Ubisoft", "Game designer", Circle.NETWORK, 85, "games",
                    "sound designers", "game design, playtesting", "Montpellier"),
            new Person("Henry", "Walker", "Freelance", "Copywriter", Circle.OUTER, 50, "writing",
                    "clients in B2B software", "copywriting, editing", "Bristol"),
            new Person("Camille", "Bonnet", "Airbus", "Project manager", Circle.CLOSE, 95, "aerospace",
                    "a coach for a career change", "project management, aerospace contacts", "Toulouse"),
            new Person("Jack", "Robinson", "Google", "Developer advocate", Circle.NETWORK, 180, "tech,speaking",
                    "conference speakers", "developer relations, public speaking", "London"),
            new Person("Inès", "Chevalier", "Hôpital Necker", "Paediatrician", Circle.CLOSE, 25, "health,friends",
                    "health apps for children", "medical advice", "Paris"),
            new Person("Nathan", "Garnier", "Qonto", "Sales lead", Circle.NETWORK, 100, "fintech,sales",
                    "leads in SMB accounting", "sales coaching", "Paris"),
            new Person("Grace", "Turner", "University of Oxford", "Lecturer", Circle.OUTER, 220, "research",
                    "industry partners for research", "academic contacts, grant writing", "Oxford"),
            new Person("Julien", "Faure", "Back Market", "CTO", Circle.CLOSE, 35, "tech,startups",
                    "a head of data", "scaling engineering teams", "Paris"),
            new Person("Zoé", "André", "Freelance", "Photographer", Circle.NETWORK, 15, "photography,design",
                    "clients for corporate portraits", "photography", "Marseille"),
            new Person("William", "Harris", "HSBC", "Relationship manager", Circle.DORMANT, 900, "finance",
                    "", "business banking", "London"),
            new Person("Louise", "Rousseau", "Le Monde", "Journalist", Circle.NETWORK, 91, "media,tech",
                    "experts on AI regulation", "press contacts", "Paris"),
            new Person("Harry", "Cooper", "Arup", "Architect", Circle.OUTER, 30, "architecture",
                    "", "sustainable building", "Leeds"),
            new Person("Clara", "Vincent", "Alan", "Head of people", Circle.CLOSE, 62, "hr,startups",
                    "engineering managers", "recruiting, people operations", "Paris"),
            new Person("Paul", "Muller", "Schneider Electric", "Energy consultant", Circle.NETWORK, 270, "energy",
                    "startups in energy efficiency", "energy transition contacts", "Grenoble"),
            new Person("Olivia", "Wright", "Wise", "Compliance officer", Circle.OUTER, 100, "fintech,compliance",
                    "", "regulatory compliance", "London"),
            new Person("Maxime", "Blanc", "Freelance", "Data engineer", Circle.NETWORK, -1, "data,tech",
                    "freelance missions in data engineering", "data pipelines, Spark", "Lille"),
            new Person("Élodie", "Guérin", "L'Oréal", "Brand manager", Circle.CLOSE, 10, "marketing",
                    "influencers in skincare", "brand strategy", "Clichy"),
            new Person("Daniel", "Scott", "Revolut", "Backend engineer", Circle.NETWORK, 140, "tech,fintech",
                    "a job in Paris", "Kotlin, backend architecture", "London"),
            new Person("Margaux", "Perrin", "Sciences Po", "Career advisor", Circle.NETWORK, 75, "education",
                    "employers for graduates", "career advice, student contacts", "Paris"),
            new Person("Benjamin", "Morel", "OVHcloud", "Cloud architect", Circle.OUTER, 500, "cloud,tech",
                    "", "cloud hosting, sovereignty", "Roubaix"),
            new Person("Sarah", "Thompson", "Founders Forum", "Community manager", Circle.CLOSE, 31, "events,startups",
                    "sponsors for a founders' dinner", "founder community, events", "London"),
            new Person("Victor", "Lemaire", "Leboncoin", "Data scientist", Circle.NETWORK, 40, "data,ai",
                    "a mentor in product management", "recommendation systems", "Paris"),
            new Person("Lucy", "Green", "Freelance", "Translator", Circle.OUTER, 10, "languages",
                    "clients in legal translation", "French-English translation", "Brighton"),
            new Person("Raphaël", "Simon", "Ledger", "Security engineer", Circle.INNER, 16, "security,friends",
                    "a climbing partner", "security reviews", "Paris"),
            new Person("Alice", "Baker", "Canva", "Designer", Circle.NETWORK, -1, "design",
                    "", "visual design", "Sydney"));

    private static final List<String> PROMISES = List.of(
            "Send the article we discussed",
            "Share the slides of my talk",
            "Introduce them to someone in my network",
            "Send the name of the accountant",
            "Review their CV",
            "Forward the job offer");

    private static final List<String> NEWS = List.of(
            "Just started a new job; very happy with the team.",
            "Got a promotion to head of the department.",
            "They launched the new product last month.",
            "Their baby was born in the summer.",
            "Got engaged in the spring; the wedding is next year.",
            "Vient de lancer son podcast.");

    private final ContactService contacts;
    private final InteractionService interactions;
    private final Transactions transactions;
    private final Clock clock;

    public SampleNetwork(ContactService contacts, InteractionService interactions, Transactions transactions,
            Clock clock) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public int size() {
        return PEOPLE.size();
    }

    /** Loads the sample network in one transaction; returns how many contacts it added. */
    public int load() {
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(20_26_11_26L);
        return transactions.inTransaction(() -> {
            List<Contact> added = new ArrayList<>();
            for (Person p : PEOPLE) {
                int since = p.daysAgo < 0 ? 20 + random.nextInt(40) : p.daysAgo + 200 + random.nextInt(600);
                Contact.Builder b = Contact.builder()
                        .firstName(p.first).lastName(p.last).organisation(p.org).title(p.title).city(p.city)
                        .circle(p.circle)
                        .tags(List.of(p.tags.split(",")))
                        .needs(p.needs).offers(p.offers)
                        .email(asciiEmail(p.first, p.last, p.org))
                        .knownSince(today.minusDays(since));
                if (random.nextInt(3) == 0) {
                    b.birthday(new Birthday(MonthDay.from(today.plusDays(random.nextInt(60))),
                            random.nextBoolean() ? 1970 + random.nextInt(30) : null));
                }
                if (p.circle == Circle.INNER && random.nextBoolean()) {
                    b.cadenceOverride(21);
                }
                added.add(contacts.create(b.build()));
            }
            InteractionKind[] kinds = {InteractionKind.MEETING, InteractionKind.CALL, InteractionKind.VIDEO,
                InteractionKind.EMAIL, InteractionKind.MESSAGE, InteractionKind.EVENT};
            for (int i = 0; i < PEOPLE.size(); i++) {
                Person p = PEOPLE.get(i);
                if (p.daysAgo < 0) {
                    continue;
                }
                Contact c = added.get(i);
                int history = 1 + random.nextInt(4);
                for (int h = history - 1; h >= 0; h--) {
                    int ago = p.daysAgo + h * (30 + random.nextInt(90));
                    List<Long> with = new ArrayList<>(List.of(c.id()));
                    if (random.nextInt(5) == 0) {
                        Contact other = added.get(random.nextInt(added.size()));
                        if (PEOPLE.get(added.indexOf(other)).daysAgo > ago) {
                            with.add(other.id());
                        }
                    }
                    Exchange exchange = Exchange.values()[random.nextInt(Exchange.values().length)];
                    FollowUp followUp = h == 0 && random.nextInt(6) == 0
                            ? new FollowUp(today.minusDays(ago).plusDays(14),
                                    PROMISES.get(random.nextInt(PROMISES.size())), false, List.of(c.id()))
                            : null;
                    String notes = h == 0 && random.nextInt(5) == 0 ? NEWS.get(random.nextInt(NEWS.size())) : "";
                    interactions.log(Interaction.of(today.minusDays(ago), kinds[random.nextInt(kinds.length)], with,
                            summary(p, h), notes, exchange, followUp));
                }
            }
            return added.size();
        });
    }

    private static String summary(Person p, int h) {
        return switch (h % 4) {
            case 0 -> "Coffee with " + p.first + " — news from " + p.org;
            case 1 -> "Call about " + (p.needs.isEmpty() ? "work" : p.needs);
            case 2 -> "Met at an event";
            default -> "Catch-up";
        };
    }

    private static String asciiEmail(String first, String last, String org) {
        String domain = app.orbit.domain.Text.fold(org).replaceAll("[^a-z0-9]", "");
        return app.orbit.domain.Text.fold(first).replaceAll("[^a-z]", "") + "."
                + app.orbit.domain.Text.fold(last).replaceAll("[^a-z]", "") + "@"
                + (domain.isEmpty() ? "example" : domain) + ".example";
    }
}
