package app.orbit.domain;

import java.util.Arrays;

/**
 * Raised when a value breaks a domain rule. Carries the field at fault and a message key
 * (resolved in messages_en / messages_fr) so every front end can say it in the user's language.
 */
public class ValidationException extends OrbitException {

    private final String field;

    public ValidationException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    /** The field at fault, e.g. {@code email}; matches the form's field names. */
    public String field() {
        return field;
    }

    @Override
    public String toString() {
        return "ValidationException[" + field + ": " + key() + " " + Arrays.toString(args()) + "]";
    }
}
