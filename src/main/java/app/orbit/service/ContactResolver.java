package app.orbit.service;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.OrbitException;
import app.orbit.domain.Text;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the one contact a person means by a name or an id, as typed on the command line:
 * an id, else the only contact whose name and details contain every word, else the only one
 * whose full name is exactly that. Anything else is an error that lists who matched.
 */
public final class ContactResolver {

    private static final int SHOWN = 10;
    private final ContactService contacts;

    public ContactResolver(ContactService contacts) {
        this.contacts = contacts;
    }

    /** The id of the contact meant by {@code nameOrId}. */
    public long resolve(String nameOrId) {
        String s = Text.clean(nameOrId);
        if (s.isEmpty()) {
            throw new OrbitException("cli.with.none", nameOrId);
        }
        if (s.chars().allMatch(Character::isDigit) && s.length() < 19) {
            return contacts.get(Long.parseLong(s)).id();
        }
        List<ContactSummary> found = contacts.search(s, false, 200);
        if (found.size() == 1) {
            return found.get(0).id();
        }
        if (found.isEmpty()) {
            throw new OrbitException("cli.with.none", s);
        }
        List<ContactSummary> exact = found.stream()
                .filter(c -> Text.fold(c.displayName()).equals(Text.fold(s))).toList();
        if (exact.size() == 1) {
            return exact.get(0).id();
        }
        List<ContactSummary> listed = exact.isEmpty() ? found : exact;
        String names = listed.stream().limit(SHOWN)
                .map(c -> c.displayName() + " (id " + c.id() + ")")
                .collect(Collectors.joining(", "));
        if (listed.size() > SHOWN) {
            names += ", \u2026";
        }
        throw new OrbitException("cli.with.ambiguous", s, listed.size(), names);
    }
}
