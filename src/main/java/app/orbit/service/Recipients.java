package app.orbit.service;

import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.ValidationException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Whom a one-to-many touch is for, as the user chose them: everyone with a tag, everyone in a
 * circle, or people picked one by one. Archived contacts are never among them. The tag or circle
 * is checked and written as an {@link Audience} holds it.
 */
public record Recipients(Audience.Kind kind, String name, List<Long> ids) {

    public Recipients {
        Objects.requireNonNull(kind, "kind");
        name = Audience.nameFor(kind, name);
        ids = ids == null ? List.of() : List.copyOf(ids);
    }

    /** Everyone with this tag. */
    public static Recipients tag(String tag) {
        return new Recipients(Audience.Kind.TAG, tag, List.of());
    }

    /** Everyone in this circle. */
    public static Recipients circle(Circle circle) {
        if (circle == null) {
            throw new ValidationException("audience", "error.audience.circle.required");
        }
        return new Recipients(Audience.Kind.CIRCLE, circle.name(), List.of());
    }

    /** These people. */
    public static Recipients among(Collection<Long> ids) {
        return new Recipients(Audience.Kind.SELECTION, "", List.copyOf(ids));
    }
}
