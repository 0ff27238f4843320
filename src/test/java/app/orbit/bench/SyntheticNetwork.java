package app.orbit.bench;

import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic synthetic network for the benchmark: French and English names, a Dunbar-like
 * mix of circles (few inner, most outer or dormant), tags, needs and offers from a shared
 * vocabulary, and about ten interactions per contact, some with several participants.
 * The same seed and size always give the same network, ids included (contacts 1..n).
 */
public record SyntheticNetwork(List<Contact> contacts, List<Interaction> interactions) {

    static final String[] FIRST = {"Adèle", "Amélie", "Antoine", "Benoît", "Camille", "Céline", "Chloé", "Clément",
        "Élodie", "Émile", "François", "Gaëlle", "Hélène", "Jérôme", "Joël", "Léa", "Léon", "Loïc", "Maëlle",
        "Manon", "Mathéo", "Noémie", "Océane", "Raphaël", "Sébastien", "Thérèse", "Zoé", "Anaïs", "Margaux",
        "Thibault", "Alice", "Amelia", "Arthur", "Charlotte", "Daniel", "Eleanor", "Emily", "George", "Grace",
        "Harry", "Isla", "Jack", "James", "Lily", "Lucy", "Martin", "Mia", "Noah", "Oliver", "Olivia", "Oscar",
        "Poppy", "Rose", "Samuel", "Sophie", "Thomas", "William", "Zara", "Freddie", "Ivy"};
    static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand",
        "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
        "Vincent", "Fournier", "Morel", "Girard", "André", "Lefèbvre", "Mercier", "Dupont", "Lambert", "Bonnet",
        "François", "Martínez", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood",
        "Jackson", "Clarke", "O'Brien", "McCarthy", "Nguyen", "Kowalski", "Müller", "Øster", "Łukasz", "Cœur",
        "Hughes", "Edwards"};
    static final String[] ORG = {"Société Générale", "BNP Paribas", "Doctolib", "BlaBlaCar", "Criteo", "Dassault",
        "Ubisoft", "Capgemini", "Sopra Steria", "Alan", "Qonto", "Mirakl", "Back Market", "Contentsquare",
        "Deezer", "OVHcloud", "Thales", "Orange", "Airbus", "L'Oréal", "Monzo", "Revolut", "Deliveroo", "Arm",
        "DeepMind", "BBC", "Ocado", "Wise", "Sage", "Rolls-Royce", "Atelier Dupont", "Cabinet Moreau",
        "Freelance", "Université de Lyon", "Imperial College", "Station F", "La Poste", "SNCF", "Renault",
        "Michelin"};
    static final String[] TITLE = {"CTO", "CEO", "Product Manager", "Designer UX", "Développeur", "Data Scientist",
        "Ingénieure cloud", "Head of Sales", "Recruteur", "Consultant", "Directrice marketing", "Founder",
        "Investor", "Engineering Manager", "Chercheuse", "Journalist", "Avocat", "Comptable", "Coach",
        "Office Manager"};
    static final String[] CITY = {"Paris", "Lyon", "Marseille", "Bordeaux", "Nantes", "Lille", "Toulouse",
        "Montréal", "Genève", "Bruxelles", "London", "Manchester", "Bristol", "Edinburgh", "Dublin", "Berlin",
        "Barcelona", "New York", "Québec", "Rennes"};
    static final String[] TAGS = {"fintech", "santé", "climat", "ia", "data", "design", "recrutement", "levée",
        "startup", "alumni", "conférence", "voisin", "famille", "sport", "musique", "cloud", "sécurité",
        "marketing", "ventes", "juridique", "mentor", "investor", "press", "open-source", "remote"};
    static final String[] TOPICS = {"recrutement data", "levée de fonds", "introduction à un VC", "conseils UX",
        "migration cloud", "premier client B2B", "stage en alternance", "avocat droit du travail",
        "cloud migration", "a technical cofounder", "seed investors", "a UX designer", "speaking slots",
        "a mentor in sales", "pricing advice", "hiring engineers", "press contacts", "a flat in Lyon",
        "feedback on a pitch deck", "open-source maintainers"};
    static final String[] NOTES = {"Parlé de son nouveau poste", "Wants an intro to someone in fintech",
        "A promis de relire mon deck", "Kids starting school", "Cherche un associé", "Moving to London soon",
        "Très bon contact chez eux", "Asked about pricing", "Rencontré au salon VivaTech", "Sent the article"};
    static final InteractionKind[] KINDS = InteractionKind.values();
    static final Exchange[] EXCHANGES = Exchange.values();

    /** Today for every benchmark: interactions are never after it. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    public static SyntheticNetwork generate(int size, long seed) {
        return generate(size, seed, 20);
    }

    /** The same with 0 to {@code mostPerContact} interactions started by each contact (20: ten on average). */
    public static SyntheticNetwork generate(int size, long seed, int mostPerContact) {
        Random r = new Random(seed ^ size);
        Instant created = TODAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        List<Contact> contacts = new ArrayList<>(size);
        for (int i = 1; i <= size; i++) {
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            String org = ORG[r.nextInt(ORG.length)];
            Contact.Builder b = Contact.builder().id((long) i).firstName(first).lastName(last).organisation(org)
                    .title(TITLE[r.nextInt(TITLE.length)]).city(CITY[r.nextInt(CITY.length)])
                    .circle(circle(r)).knownSince(TODAY.minusDays(30 + r.nextInt(3000)))
                    .createdAt(created).updatedAt(created);
            if (r.nextInt(5) != 0) {
                b.email(ascii(first) + "." + ascii(last) + i + "@" + ascii(org) + ".example");
            }
            for (int t = r.nextInt(4); t > 0; t--) {
                b.tag(TAGS[r.nextInt(TAGS.length)]);
            }
            if (r.nextInt(3) == 0) {
                b.needs(TOPICS[r.nextInt(TOPICS.length)]);
            }
            if (r.nextInt(3) == 0) {
                b.offers(TOPICS[r.nextInt(TOPICS.length)]);
            }
            if (r.nextInt(4) == 0) {
                b.birthday(new Birthday(MonthDay.of(1 + r.nextInt(12), 1 + r.nextInt(28)), null));
            }
            if (r.nextInt(20) == 0) {
                b.cadenceOverride(7 + r.nextInt(120));
            }
            if (r.nextInt(50) == 0) {
                b.archived(true);
            }
            contacts.add(b.build());
        }
        List<Interaction> interactions = new ArrayList<>(size * 10);
        long id = 1;
        for (Contact c : contacts) {
            int count = r.nextInt(mostPerContact + 1);
            for (int k = 0; k < count; k++) {
                List<Long> with = new ArrayList<>(4);
                with.add(c.id());
                if (r.nextInt(7) == 0) {
                    for (int extra = 1 + r.nextInt(3); extra > 0; extra--) {
                        with.add(1L + r.nextInt(size));
                    }
                }
                long span = Math.max(1, java.time.temporal.ChronoUnit.DAYS.between(c.knownSince(), TODAY) + 1);
                LocalDate date = TODAY.minusDays(r.nextInt((int) Math.min(span, 3000)));
                FollowUp followUp = r.nextInt(20) == 0
                        ? new FollowUp(date.plusDays(7 + r.nextInt(30)), "Envoyer " + TOPICS[r.nextInt(TOPICS.length)],
                        r.nextBoolean(), List.of(c.id())) : null;
                interactions.add(new Interaction(id++, date, KINDS[r.nextInt(KINDS.length)], with,
                        "Échange " + k, NOTES[r.nextInt(NOTES.length)], EXCHANGES[r.nextInt(EXCHANGES.length)],
                        followUp, created, created));
            }
        }
        return new SyntheticNetwork(List.copyOf(contacts), List.copyOf(interactions));
    }

    /** Dunbar-like layers in a large network: a handful close, most further out or dormant. */
    private static Circle circle(Random r) {
        int p = r.nextInt(1000);
        if (p < 10) {
            return Circle.INNER;
        }
        if (p < 40) {
            return Circle.CLOSE;
        }
        if (p < 160) {
            return Circle.NETWORK;
        }
        return p < 500 ? Circle.OUTER : Circle.DORMANT;
    }

    private static String ascii(String s) {
        String a = Text.fold(s).replaceAll("[^a-z0-9]", "");
        return a.isEmpty() ? "x" : a;
    }
}
