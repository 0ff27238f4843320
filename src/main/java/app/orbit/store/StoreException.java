package app.orbit.store;

import app.orbit.domain.OrbitException;

/** A database failure, wrapped with a user-facing message; the SQLException stays as the cause for the log. */
public class StoreException extends OrbitException {

    public StoreException(Throwable cause) {
        super(cause, "error.store");
    }

    public StoreException(Throwable cause, String key, Object... args) {
        super(cause, key, args);
    }
}
