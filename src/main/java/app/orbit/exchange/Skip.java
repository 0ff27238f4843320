package app.orbit.exchange;

import app.orbit.domain.OrbitException;

/** A person in an imported file that will not be imported, and why. */
public record Skip(Place place, OrbitException reason) {

    public static Skip of(Place place, String reasonKey, Object... args) {
        return new Skip(place, new OrbitException(reasonKey, args));
    }

    /** The user-facing sentence: the place, then the reason. */
    public OrbitException message() {
        return place.error(reason);
    }
}
