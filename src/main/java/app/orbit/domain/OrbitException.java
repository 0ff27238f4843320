package app.orbit.domain;

import java.util.Arrays;

/**
 * The one exception type that carries a user-facing message: a key into the message bundles
 * and its arguments. Front ends render it; it is logged once where it is finally handled.
 */
public class OrbitException extends RuntimeException {

    private final String key;
    private final transient Object[] args;

    public OrbitException(String key, Object... args) {
        this(null, key, args);
    }

    public OrbitException(Throwable cause, String key, Object... args) {
        super(key + " " + Arrays.toString(args), cause);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }
}
