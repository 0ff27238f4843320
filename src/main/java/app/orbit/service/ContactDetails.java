package app.orbit.service;

import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.domain.Staleness;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A contact as its detail pane shows it. {@code introducer} may be null. {@code severalLoggers}:
 * more than one person logged touches on this network, so each says who logged it (decision 0016).
 */
public record ContactDetails(Contact contact, Staleness staleness, List<Interaction> timeline,
        List<ContactSummary> people, Contact introducer, boolean severalLoggers) {

    public ContactDetails {
        timeline = List.copyOf(timeline);
        people = List.copyOf(people);
    }

    /** Details on a network one person logs. */
    public ContactDetails(Contact contact, Staleness staleness, List<Interaction> timeline,
            List<ContactSummary> people, Contact introducer) {
        this(contact, staleness, timeline, people, introducer, false);
    }

    /** Who logged the interaction, when the pane should say it: several people log, and it names one. */
    public java.util.Optional<String> loggedBy(Interaction i) {
        return severalLoggers ? java.util.Optional.ofNullable(i.loggedBy()) : java.util.Optional.empty();
    }

    /** Participants of the timeline by id, to name the others who were there. */
    public Map<Long, ContactSummary> peopleById() {
        return people.stream().collect(Collectors.toMap(ContactSummary::id, Function.identity(), (a, b) -> a));
    }
}
