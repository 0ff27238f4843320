package app.orbit.domain;

/**
 * A person's name as Orbit records it beside what they logged, generated or own on a network
 * several people keep (decision 0016): trimmed, at most {@link #MAX} characters.
 */
public final class Person {

    public static final int MAX = 200;

    private Person() {
    }

    /** The name cleaned up, or null when there is none. */
    public static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String clean = Text.clean(raw);
        if (clean.isEmpty()) {
            return null;
        }
        if (clean.length() > MAX) {
            throw new ValidationException("name", "error.tooLong", MAX);
        }
        return clean;
    }
}
