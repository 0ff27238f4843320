package app.orbit.service;

import app.orbit.domain.CalendarEvent;
import app.orbit.domain.CalendarEvent.Attendee;
import app.orbit.domain.CalendarSource;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Proposal;
import app.orbit.domain.Proposal.MatchedBy;
import app.orbit.domain.Text;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Meetings from the user's calendars, proposed as interactions to log (issue 14,
 * docs/decisions/0014-calendar-proposals.md). Reading a calendar ({@link #fetch}) is file or
 * network work; proposing ({@link #propose}) matches the ended events of the last
 * {@value #LOOK_BACK_DAYS} days against contacts (email first, then name) and leaves out what was
 * accepted or dismissed. Pending proposals live in memory only; only an accepted event's day,
 * title and people are kept, as the interaction it became.
 */
public final class CalendarService {

    private static final Log LOG = Log.of(CalendarService.class);
    /** How far back events are proposed: an old calendar must not flood the list. */
    public static final int LOOK_BACK_DAYS = 30;

    private final CalendarRepository calendars;
    private final ContactRepository contacts;
    private final InteractionService interactions;
    private final CalendarFeed feed;
    private final Transactions transactions;
    private final ChangeNotifier notifier;
    private final Clock clock;
    /** Whose calendars these are: each person reads their own. */
    private final Identity identity;
    /** The events last read from each source, kept when a later read fails. */
    private final Map<Long, List<CalendarEvent>> read = new ConcurrentHashMap<>();
    private final Map<Long, OrbitException> problems = new ConcurrentHashMap<>();
    private volatile List<Proposal> current = List.of();

    public CalendarService(CalendarRepository calendars, ContactRepository contacts, InteractionService interactions,
            CalendarFeed feed, Transactions transactions, ChangeNotifier notifier, Identity identity, Clock clock) {
        this.identity = identity;
        this.calendars = calendars;
        this.contacts = contacts;
        this.interactions = interactions;
        this.feed = feed;
        this.transactions = transactions;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** Adds a calendar: an .ics file (which must exist) or a subscription address. */
    public CalendarSource add(String location, String owner) {
        CalendarSource draft = new CalendarSource(null, location, owner, clock.instant());
        if (!draft.isAddress()) {
            // A relative path means nothing to the window, started from elsewhere: the file is kept by its whole path.
            java.nio.file.Path file = java.nio.file.Path.of(draft.location()).toAbsolutePath().normalize();
            if (!java.nio.file.Files.isRegularFile(file)) {
                throw new app.orbit.domain.ValidationException("location", "calendar.error.file.missing", file);
            }
            draft = new CalendarSource(null, file.toString(), owner, draft.addedAt());
        }
        CalendarSource toStore = draft;
        CalendarSource stored = transactions.inTransaction(() -> calendars.insert(toStore, identity.me()));
        LOG.info("Calendar source {} added ({})", stored.id(), stored.isAddress() ? "address" : "file");
        notifier.changed();
        return stored;
    }

    /** The calendars of the person at this computer (decision 0016). */
    public List<CalendarSource> sources() {
        return calendars.sources(identity.me());
    }

    /** Removes a calendar; what it proposed goes with it. */
    public void remove(long id) {
        boolean mine = sources().stream().anyMatch(s -> s.id() == id);
        if (!mine || !transactions.inTransaction(() -> calendars.delete(id))) {
            throw new OrbitException("calendar.error.source.unknown", id);
        }
        read.remove(id);
        problems.remove(id);
        Set<String> stillRead = new HashSet<>();
        read.values().forEach(list -> list.forEach(e -> stillRead.add(e.key())));
        current = current.stream().filter(p -> stillRead.contains(p.eventKey())).toList();
        notifier.changed();
    }

    /**
     * Reads these calendars (no database work): each source's events replace what it gave before;
     * a source that cannot be read keeps its earlier events, and its problem is kept for
     * {@link #problems()}.
     */
    public void fetch(List<CalendarSource> sources) {
        Instant now = clock.instant();
        LocalDate from = LocalDate.ofInstant(now, clock.getZone()).minusDays(LOOK_BACK_DAYS);
        Set<Long> listed = new HashSet<>();
        for (CalendarSource s : sources) {
            listed.add(s.id());
            try {
                read.put(s.id(), feed.read(s, from, now, clock.getZone()));
                problems.remove(s.id());
            } catch (OrbitException e) {
                // The message names the source masked; the address itself never reaches the log.
                LOG.info("Calendar source {} not read: {}", s.id(), e.key());
                problems.put(s.id(), e);
            }
        }
        read.keySet().retainAll(listed);
        problems.keySet().retainAll(listed);
    }

    /** The problems of the last reads, one per source that could not be read. */
    public List<OrbitException> problems() {
        return List.copyOf(problems.values());
    }

    /** Reads every calendar and proposes: what the command line does before listing or deciding. */
    public List<Proposal> refresh() {
        fetch(sources());
        return propose();
    }

    /** The proposals of the last {@link #propose}, newest first. */
    public List<Proposal> proposals() {
        return current;
    }

    /** Matches the events read against contacts, leaving out what was decided; newest first. */
    public List<Proposal> propose() {
        Map<String, CalendarEvent> events = new LinkedHashMap<>();
        LocalDate from = LocalDate.now(clock).minusDays(LOOK_BACK_DAYS);
        for (List<CalendarEvent> list : read.values()) {
            for (CalendarEvent e : list) {
                if (!e.day().isBefore(from)) {
                    events.putIfAbsent(e.key(), e);
                }
            }
        }
        List<Proposal> out = transactions.inTransaction(() -> {
            Set<String> decided = calendars.decided(events.keySet());
            List<CalendarEvent> pending = events.values().stream().filter(e -> !decided.contains(e.key())).toList();
            return match(pending);
        });
        out = out.stream().sorted(Comparator.comparing(Proposal::day).reversed().thenComparing(Proposal::title))
                .toList();
        current = out;
        return out;
    }

    private List<Proposal> match(List<CalendarEvent> events) {
        Set<String> emails = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (CalendarEvent e : events) {
            for (Attendee a : e.attendees()) {
                if (!a.email().isEmpty()) {
                    emails.add(a.email());
                }
                if (!a.name().isEmpty()) {
                    names.add(Text.fold(a.name()));
                }
            }
            if (e.attendees().isEmpty()) {
                names.addAll(titleNames(e.title()));
            }
        }
        Map<String, List<Long>> byEmail = calendars.contactsByEmail(emails);
        Map<String, List<Long>> byName = calendars.contactsByName(names);
        Set<Long> found = new HashSet<>();
        byEmail.values().forEach(found::addAll);
        byName.values().forEach(found::addAll);
        Map<Long, String> shown = new HashMap<>();
        contacts.summaries(found).forEach(c -> shown.put(c.id(), c.displayName()));
        List<Proposal> out = new ArrayList<>();
        for (CalendarEvent e : events) {
            Map<Long, Proposal.Person> people = new LinkedHashMap<>();
            List<Attendee> unknown = new ArrayList<>();
            for (Attendee a : e.attendees()) {
                List<Long> mailed = byEmail.getOrDefault(a.email(), List.of());
                if (!mailed.isEmpty() && shown.containsKey(mailed.get(0))) {
                    long id = mailed.get(0);
                    people.putIfAbsent(id, new Proposal.Person(id, shown.get(id), MatchedBy.EMAIL));
                    continue;
                }
                List<Long> named = a.name().isEmpty() ? List.of() : byName.getOrDefault(Text.fold(a.name()),
                        List.of());
                if (!named.isEmpty() && shown.containsKey(named.get(0))) {
                    long id = named.get(0);
                    people.putIfAbsent(id, new Proposal.Person(id, shown.get(id),
                            named.size() == 1 ? MatchedBy.NAME : MatchedBy.AMBIGUOUS_NAME));
                } else if (!a.email().isEmpty()) {
                    unknown.add(a);
                }
            }
            if (e.attendees().isEmpty()) {
                for (String n : titleNames(e.title())) {
                    List<Long> named = byName.getOrDefault(n, List.of());
                    if (!named.isEmpty() && shown.containsKey(named.get(0))) {
                        long id = named.get(0);
                        people.putIfAbsent(id, new Proposal.Person(id, shown.get(id),
                                named.size() == 1 ? MatchedBy.TITLE : MatchedBy.AMBIGUOUS_NAME));
                    }
                }
            }
            if (!people.isEmpty()) {
                String key = e.key();
                out.add(new Proposal(key.substring(0, Proposal.ID_LENGTH), key, e.day(), e.title(),
                        e.video() ? InteractionKind.VIDEO : InteractionKind.MEETING, new ArrayList<>(people.values()),
                        unknown));
            }
        }
        return out;
    }

    /**
     * The runs of two to four words of a title, folded: where a full name may hide ("Lunch with
     * Marie Dupont"). One word alone is never taken for a person: too many titles hold a first name.
     */
    static Set<String> titleNames(String title) {
        String[] words = Text.fold(title).split("[^\\p{L}\\p{N}'-]+");
        List<String> w = new ArrayList<>();
        for (String s : words) {
            if (!s.isBlank()) {
                w.add(s);
            }
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < w.size(); i++) {
            for (int n = 2; n <= 4 && i + n <= w.size(); n++) {
                out.add(String.join(" ", w.subList(i, i + n)));
            }
        }
        return out;
    }

    /** Finds a proposal of the last reading by its id. */
    public Proposal get(String id) {
        return current.stream().filter(p -> p.id().equalsIgnoreCase(id.strip())).findFirst()
                .orElseThrow(() -> new OrbitException("calendar.error.proposal.unknown", id));
    }

    /**
     * Accepts a proposal: logs a meeting (or a video call) with its people, on the event's day,
     * its title as summary, through {@link InteractionService} (last touches, plans follow), and
     * remembers the event so it is never proposed again. Both in one transaction.
     */
    public Interaction accept(String id) {
        Proposal p = get(id);
        Instant now = clock.instant();
        String summary = p.title().length() > Interaction.MAX_SUMMARY ? p.title().substring(0,
                Interaction.MAX_SUMMARY) : p.title();
        Interaction logged = transactions.inTransaction(() -> {
            if (!calendars.decide(p.eventKey(), CalendarRepository.Outcome.ACCEPTED, now)) {
                throw new OrbitException("calendar.error.proposal.decided", p.id());
            }
            return interactions.log(new Interaction(null, p.day(), p.kind(), p.contactIds(), summary, "", null, null,
                    now, now));
        });
        forget(p);
        return logged;
    }

    /** The proposal was logged another way (edited in the log dialog first): remembers it as accepted. */
    public void accepted(String id) {
        decide(get(id), CalendarRepository.Outcome.ACCEPTED);
    }

    /** Dismisses a proposal: it is never proposed again, and nothing of it is kept but its key's hash. */
    public void dismiss(String id) {
        decide(get(id), CalendarRepository.Outcome.DISMISSED);
    }

    private void decide(Proposal p, CalendarRepository.Outcome outcome) {
        transactions.inTransaction(() -> calendars.decide(p.eventKey(), outcome, clock.instant()));
        forget(p);
        notifier.changed();
    }

    private void forget(Proposal p) {
        current = current.stream().filter(q -> !q.eventKey().equals(p.eventKey())).toList();
    }

    /** The attendees of the pending proposals who are not contacts yet, each once (by email). */
    public List<Attendee> unknownPeople() {
        Map<String, Attendee> out = new LinkedHashMap<>();
        for (Proposal p : current) {
            p.unknown().forEach(a -> out.putIfAbsent(a.email(), a));
        }
        return List.copyOf(out.values());
    }

    /**
     * Adds the unknown attendees of the pending proposals as contacts, in one transaction, not
     * sorted yet (like imported people, decision 0009), known since the first meeting; then
     * proposes again, with them among the people. Returns how many were added.
     */
    public int addUnknownPeople() {
        Map<String, LocalDate> firstMet = new HashMap<>();
        for (Proposal p : current) {
            for (Attendee a : p.unknown()) {
                firstMet.merge(a.email(), p.day(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        List<Attendee> people = unknownPeople();
        if (people.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Contact> drafts = new ArrayList<>();
        for (Attendee a : people) {
            String name = a.name().isEmpty() || a.name().contains("@") ? nameFromEmail(a.email()) : a.name();
            int space = name.indexOf(' ');
            drafts.add(Contact.builder()
                    .firstName(space < 0 ? name : name.substring(0, space))
                    .lastName(space < 0 ? "" : name.substring(space + 1))
                    .emails(List.of(a.email()))
                    .circle(Circle.UNSORTED)
                    .knownSince(firstMet.get(a.email()))
                    .createdAt(now)
                    .updatedAt(now)
                    .build());
        }
        int added = transactions.inTransaction(() -> {
            // Someone may have been added meanwhile (the same address in another proposal, a save elsewhere).
            Set<String> already = new HashSet<>();
            contacts.findByEmails(people.stream().map(Attendee::email).toList())
                    .forEach(c -> c.emails().forEach(e -> already.add(e.toLowerCase(java.util.Locale.ROOT))));
            return contacts.insertAll(drafts.stream().filter(c -> !already.contains(c.emails().get(0))).toList())
                    .size();
        });
        notifier.changed();
        propose();
        return added;
    }

    /** "marie.dupont@x.org" is "Marie Dupont" until the user says otherwise. */
    static String nameFromEmail(String email) {
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        StringBuilder sb = new StringBuilder();
        for (String part : local.split("[._+-]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.length() == 0 ? email : sb.toString();
    }
}
