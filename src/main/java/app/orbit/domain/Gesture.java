package app.orbit.domain;

import java.util.Objects;

/**
 * One suggested gesture: what to do ({@code sentence}) and why the advisor chose it
 * ({@code reason}). {@code otherContactId} is the second person of an INTRODUCE (null for any
 * other kind, or when that person has since been deleted).
 */
public record Gesture(GestureKind kind, Phrase sentence, Phrase reason, Long otherContactId) {

    public Gesture {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(reason, "reason");
        if (kind != GestureKind.INTRODUCE && otherContactId != null) {
            throw new IllegalArgumentException("only an introduction names another contact");
        }
    }

    /**
     * Who takes part in a touch made for this gesture with {@code contactId}: that person, and for
     * an introduction the other person too (the touch is then logged as the introduction).
     */
    public java.util.List<Long> participantIds(long contactId) {
        return introducesSomeone() ? java.util.List.of(contactId, otherContactId) : java.util.List.of(contactId);
    }

    /** Whether this gesture puts the contact in touch with another contact who is still there. */
    public boolean introducesSomeone() {
        return kind == GestureKind.INTRODUCE && otherContactId != null;
    }
}
