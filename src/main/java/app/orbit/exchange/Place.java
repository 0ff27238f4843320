package app.orbit.exchange;

import app.orbit.domain.OrbitException;

/**
 * Where in an imported file something is: a line (CSV, JSON), a card (vCard, with the line it
 * starts on), or an entry of a JSON backup. Used to name the place in every error and skip reason.
 */
public record Place(String file, Unit unit, int number, int line) {

    /** The kind of place; each has a message key {@code import.at.<unit>}. */
    public enum Unit { FILE, LINE, CARD, CONTACT, INTERACTION, ASK }

    public static Place file(String file) {
        return new Place(file, Unit.FILE, 0, 0);
    }

    public static Place line(String file, int line) {
        return new Place(file, Unit.LINE, line, line);
    }

    public static Place card(String file, int card, int line) {
        return new Place(file, Unit.CARD, card, line);
    }

    public static Place entry(String file, Unit unit, int index) {
        return new Place(file, unit, index, 0);
    }

    /** A user-facing error: "Connections.csv, line 12: “31 Feb 2024” is not a date." */
    public OrbitException error(OrbitException reason) {
        return new OrbitException(reason, "import.at." + unit.name().toLowerCase(java.util.Locale.ROOT), file, number,
                line, reason);
    }

    /** The same, for a reason that is only a message key and its arguments. */
    public OrbitException error(String reasonKey, Object... args) {
        return error(new OrbitException(reasonKey, args));
    }
}
