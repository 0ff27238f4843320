package app.orbit.domain;

import java.time.Instant;

/**
 * One of the user's own current goals, to be asked of the right people: what they look for, in
 * which domain, the niche, what sets them apart, and the help wanted. {@code id} is null until
 * stored. Blank fields are allowed here so the editor can check and compose a draft while it is
 * typed; the service insists on {@code lookingFor} when saving. An ask is personal: {@code owner}
 * is whoever will make it (decision 0016), null for one stored before Orbit asked.
 */
public record Ask(
        Long id,
        String lookingFor,
        String domain,
        String niche,
        String differentiator,
        HelpWanted helpWanted,
        boolean active,
        Instant createdAt,
        Instant updatedAt,
        String owner) {

    public static final int MAX_SHORT = 300;
    public static final int MAX_DIFFERENTIATOR = 1000;

    public Ask {
        lookingFor = check("lookingFor", lookingFor, MAX_SHORT);
        domain = check("domain", domain, MAX_SHORT);
        niche = check("niche", niche, MAX_SHORT);
        differentiator = check("differentiator", differentiator, MAX_DIFFERENTIATOR);
        helpWanted = helpWanted == null ? HelpWanted.ADVICE : helpWanted;
        owner = Person.name(owner);
    }

    /** An ask nobody is named as owning. */
    public Ask(Long id, String lookingFor, String domain, String niche, String differentiator, HelpWanted helpWanted,
            boolean active, Instant createdAt, Instant updatedAt) {
        this(id, lookingFor, domain, niche, differentiator, helpWanted, active, createdAt, updatedAt, null);
    }

    /** A new, unstored, active ask. */
    public static Ask draft(String lookingFor, String domain, String niche, String differentiator,
            HelpWanted helpWanted) {
        return new Ask(null, lookingFor, domain, niche, differentiator, helpWanted, true, null, null);
    }

    public Ask withId(Long newId) {
        return new Ask(newId, lookingFor, domain, niche, differentiator, helpWanted, active, createdAt, updatedAt, owner);
    }

    public Ask withActive(boolean a) {
        return new Ask(id, lookingFor, domain, niche, differentiator, helpWanted, a, createdAt, updatedAt, owner);
    }

    public Ask stamped(Instant created, Instant updated) {
        return new Ask(id, lookingFor, domain, niche, differentiator, helpWanted, active, created, updated, owner);
    }

    /** The same ask, belonging to {@code name}. */
    public Ask ownedBy(String name) {
        return new Ask(id, lookingFor, domain, niche, differentiator, helpWanted, active, createdAt, updatedAt, name);
    }

    /** Every word of the ask a contact could be relevant to: what, domain, niche. */
    public String topicText() {
        return lookingFor + " " + domain + " " + niche;
    }

    private static String check(String field, String value, int max) {
        String s = Text.clean(value).replaceAll("\\s+", " ");
        if (s.length() > max) {
            throw new ValidationException(field, "error.tooLong", max);
        }
        if (s.chars().anyMatch(c -> c < 0x20)) {
            throw new ValidationException(field, "error.controlCharacters");
        }
        return s;
    }
}
