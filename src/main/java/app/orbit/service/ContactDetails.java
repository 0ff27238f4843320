package app.orbit.service;

import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Interaction;
import app.orbit.domain.Staleness;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A contact as its detail pane shows it. {@code introducer} may be null. */
public record ContactDetails(Contact contact, Staleness staleness, List<Interaction> timeline,
        List<ContactSummary> people, Contact introducer) {

    public ContactDetails {
        timeline = List.copyOf(timeline);
        people = List.copyOf(people);
    }

    /** Participants of the timeline by id, to name the others who were there. */
    public Map<Long, ContactSummary> peopleById() {
        return people.stream().collect(Collectors.toMap(ContactSummary::id, Function.identity(), (a, b) -> a));
    }
}
