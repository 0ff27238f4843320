package app.orbit.domain;

import java.util.Locale;

/**
 * Who a one-to-many touch went to (a newsletter, a post, a talk at an event): how the people were
 * chosen, which tag or circle, and how many it reached when it was logged. Such a touch keeps
 * the outer circles in mind but never makes an INNER or CLOSE person look in touch by itself
 * ({@link #countsFor}, decision 0010).
 */
public record Audience(Kind kind, String name, int size) {

    /** How the people of a one-to-many touch were chosen. */
    public enum Kind {
        /** Everyone with a tag. */
        TAG,
        /** Everyone in a circle. */
        CIRCLE,
        /** People picked one by one. */
        SELECTION
    }

    public Audience {
        if (kind == null) {
            throw new ValidationException("audience", "error.audience.required");
        }
        name = nameFor(kind, name);
        if (size < 1) {
            throw new ValidationException("audience", "error.audience.nobody");
        }
    }

    /**
     * Whether a one-to-many touch counts as a touch for a contact of this circle: not for INNER
     * and CLOSE, whom a newsletter or a post does not keep close; for everyone else (NETWORK,
     * OUTER, DORMANT, and anyone not in those two, such as people not sorted yet), it does.
     */
    public static boolean countsFor(Circle circle) {
        return circle != Circle.INNER && circle != Circle.CLOSE;
    }

    /**
     * The name as an audience of this kind holds it: a tag as contacts store it, a circle's
     * constant, nothing for a selection. Validates: a blank tag, an unknown circle.
     */
    public static String nameFor(Kind kind, String raw) {
        return switch (kind) {
            case TAG -> tagName(raw);
            case CIRCLE -> circleName(raw);
            case SELECTION -> "";
        };
    }

    /** The circle of a CIRCLE audience; null for the others. */
    public Circle circle() {
        return kind == Kind.CIRCLE ? Circle.valueOf(name) : null;
    }

    private static String tagName(String raw) {
        String tag = Contact.normaliseTag(raw);
        if (tag.isEmpty()) {
            throw new ValidationException("audience", "error.audience.tag.required");
        }
        if (tag.length() > Contact.MAX_TAG) {
            throw new ValidationException("audience", "error.contact.tag.tooLong", Contact.MAX_TAG);
        }
        return tag;
    }

    private static String circleName(String raw) {
        String s = Text.clean(raw).toUpperCase(Locale.ROOT);
        for (Circle c : Circle.values()) {
            if (c.name().equals(s)) {
                return s;
            }
        }
        throw new ValidationException("audience", "error.audience.circle.unknown", Text.clean(raw));
    }
}
