package app.orbit.exchange;

import app.orbit.domain.Contact;

/**
 * One person read from an imported file, validated, not yet stored: the draft contact and where
 * it came from. {@code sourceId} is the id the person had in a JSON backup (0 elsewhere), so that
 * the backup's interactions can find their participants; {@code uid} is the file's own id for
 * the person (vCard UID), "" when it has none: two cards with different UIDs are two people.
 */
public record Candidate(Contact contact, Place place, long sourceId, String uid) {

    public Candidate {
        uid = uid == null ? "" : uid.strip();
    }

    public Candidate(Contact contact, Place place, long sourceId) {
        this(contact, place, sourceId, "");
    }

    public Candidate(Contact contact, Place place) {
        this(contact, place, 0, "");
    }
}
