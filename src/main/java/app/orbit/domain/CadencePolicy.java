package app.orbit.domain;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;

/** The cadence of each circle (a setting), and the rule that a contact's override wins. */
public record CadencePolicy(Map<Circle, Integer> days) {

    public CadencePolicy {
        EnumMap<Circle, Integer> copy = new EnumMap<>(Circle.class);
        for (Circle c : Circle.values()) {
            Integer d = days.get(c);
            if (!c.isReminded()) {
                copy.put(c, 0);
            } else {
                int v = d == null ? c.defaultCadenceDays() : d;
                if (v < 1 || v > Contact.MAX_CADENCE) {
                    throw new ValidationException("cadence." + c.name(), "error.contact.cadence.range",
                            Contact.MAX_CADENCE);
                }
                copy.put(c, v);
            }
        }
        days = Map.copyOf(copy);
    }

    public static CadencePolicy defaults() {
        return new CadencePolicy(Map.of());
    }

    /** The circle's cadence from this policy; empty for DORMANT and UNSORTED. */
    public OptionalInt forCircle(Circle circle) {
        return circle.isReminded() ? OptionalInt.of(days.get(circle)) : OptionalInt.empty();
    }

    /**
     * The cadence that applies: a DORMANT or UNSORTED contact is never reminded, even with an override;
     * otherwise the override, else the circle's.
     */
    public OptionalInt cadenceFor(Circle circle, Integer override) {
        if (!circle.isReminded()) {
            return OptionalInt.empty();
        }
        return override != null ? OptionalInt.of(override) : forCircle(circle);
    }
}
