package app.orbit.service;

import app.orbit.domain.BirthdayWindow;
import app.orbit.domain.Contact;
import app.orbit.domain.Gesture;
import app.orbit.domain.GestureFacts;
import app.orbit.domain.GesturePicker;
import app.orbit.domain.Interaction;
import app.orbit.domain.IntroductionMatch;
import app.orbit.domain.IntroductionPair;
import app.orbit.domain.MatchProfile;
import app.orbit.domain.News;
import app.orbit.domain.PendingFollowUp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Picks the most fitting gesture for a contact and says why ({@link GesturePicker}), from what
 * Orbit knows: promises in recent interactions, the birthday, whom they could be introduced to,
 * news in recent interactions or freshly edited notes, and their needs and tags.
 */
public final class GestureAdvisor {

    /** How recent an interaction (or an edit of the contact's notes) must be for its news to count. */
    public static final int NEWS_DAYS = 90;
    /** How many of the latest interactions are read for promises and news. */
    static final int RECENT = 20;

    private final ContactRepository contacts;
    private final InteractionRepository interactions;
    private final IntroductionRepository introductions;
    private final IntroductionSuggestions suggestions;
    private final Clock clock;

    public GestureAdvisor(ContactRepository contacts, InteractionRepository interactions,
            IntroductionRepository introductions, IntroductionSuggestions suggestions, Clock clock) {
        this.contacts = contacts;
        this.interactions = interactions;
        this.introductions = introductions;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    /** The gesture for one contact today. */
    public Gesture advise(long contactId) {
        Contact c = contacts.find(contactId).orElseThrow(() -> new NotFoundException("contact", contactId));
        return adviseAll(List.of(c), LocalDate.now(clock)).get(contactId);
    }

    /** Starts reading who offers what on another thread, for gestures asked soon after. */
    void prepare() {
        suggestions.prepare();
    }

    /** Gestures for several contacts on a day; reads who offers what only once. */
    Map<Long, Gesture> adviseAll(Collection<Contact> people, LocalDate today) {
        Map<Long, Gesture> out = new LinkedHashMap<>();
        if (people.isEmpty()) {
            return out;
        }
        Set<IntroductionPair> introduced = introductions.involving(people.stream().map(Contact::id).toList());
        IntroductionSuggestions.Verdicts verdicts = suggestions.verdicts(today);
        // Everything else first: a week's first plan reads the network's offers on another thread
        // meanwhile (prepare), and only the introductions wait for it.
        Map<Long, List<Interaction>> recent = new HashMap<>();
        for (Contact c : people) {
            recent.put(c.id(), interactions.forContact(c.id(), RECENT));
        }
        for (Contact c : people) {
            IntroductionMatch match = suggestions.forPlan(MatchProfile.of(c), introduced, verdicts).orElse(null);
            out.put(c.id(), GesturePicker.pick(facts(c, recent.get(c.id()), match, today)));
        }
        return out;
    }

    static GestureFacts facts(Contact c, List<Interaction> recent, IntroductionMatch match, LocalDate today) {
        PendingFollowUp promise = recent.stream()
                .filter(i -> i.followUp() != null && !i.followUp().done() && i.followUp().isTo(c.id()))
                .map(i -> new PendingFollowUp(c.id(), i.date(), i.followUp().due(), i.followUp().promise()))
                .filter(p -> p.isPending(c.lastTouch(), today))
                .min(Comparator.comparing(PendingFollowUp::due))
                .orElse(null);
        LocalDate birthday = c.circle().isReminded() ? BirthdayWindow.next(c.birthday(), today).orElse(null) : null;
        String news = news(c, recent, today).orElse(null);
        return new GestureFacts(c.displayName(), promise, birthday,
                match, news, c.tags(), c.needs());
    }

    private static Optional<String> news(Contact c, List<Interaction> recent, LocalDate today) {
        LocalDate from = today.minusDays(NEWS_DAYS);
        for (Interaction i : recent) {
            if (i.date().isBefore(from)) {
                break;
            }
            if (i.isOneToMany()) {
                // The user's own newsletter or post: its news is the user's, not the contact's.
                continue;
            }
            Optional<String> found = News.find(i.summary() + " \n " + i.notes());
            if (found.isPresent()) {
                return found;
            }
        }
        boolean notesFresh = c.updatedAt() != null
                && !LocalDate.ofInstant(c.updatedAt(), ZoneOffset.UTC).isBefore(from);
        return notesFresh ? News.find(c.notes()) : Optional.empty();
    }
}
