package app.orbit.domain;

import java.time.LocalDate;
import java.util.List;

/** A person waiting to be sorted into a circle, with what the triage table shows and filters on. */
public record UnsortedContact(
        long id,
        String firstName,
        String lastName,
        String organisation,
        String title,
        List<String> tags,
        LocalDate knownSince) {

    public UnsortedContact {
        tags = List.copyOf(tags);
    }

    public String displayName() {
        return Contact.displayName(firstName, lastName);
    }

    /** Whether the organisation contains this text, accents and case aside ("societe" is in "Société Générale"). */
    public boolean organisationContains(String text) {
        String wanted = Text.fold(text);
        return !wanted.isEmpty() && Text.fold(organisation).contains(wanted);
    }

    /** Whether the person has this tag, written as Orbit stores tags (case and a leading # aside). */
    public boolean hasTag(String tag) {
        String t = Text.clean(tag).replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("#")) {
            t = t.substring(1).strip();
        }
        return tags.contains(t);
    }

    /** The folded text a filter looks in: name, organisation, title and tags. */
    public String filterText() {
        StringBuilder sb = new StringBuilder(displayName()).append(' ').append(organisation).append(' ').append(title);
        tags.forEach(t -> sb.append(" #").append(t));
        return Text.fold(sb.toString());
    }
}
