package app.orbit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * One ended occurrence of a calendar event, as a calendar app would show it: not cancelled, not
 * declined by the user, on the user's day. {@code recurrenceId} names the occurrence of a
 * recurring event (its original start, as RECURRENCE-ID would), empty for a single event.
 * {@code attendees} are the other people who did not decline, the user left out.
 */
public record CalendarEvent(String uid, String recurrenceId, LocalDate day, String title,
        List<Attendee> attendees, boolean video) {

    public CalendarEvent {
        uid = uid == null ? "" : uid;
        recurrenceId = recurrenceId == null ? "" : recurrenceId;
        title = Text.clean(title);
        attendees = List.copyOf(attendees);
    }

    /** Someone invited: an email (lower case, may be empty) and the name the calendar gave (may be empty). */
    public record Attendee(String email, String name) {
        public Attendee {
            email = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
            name = Text.clean(name);
        }
    }

    /**
     * The occurrence's key as Orbit remembers it once accepted or dismissed: a SHA-256 of the UID
     * and recurrence id, so that nothing of the event is readable from it.
     */
    public String key() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((uid + "\u001f" + recurrenceId).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
