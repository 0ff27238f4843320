package app.orbit.domain;

/**
 * What the user gave a contact versus what they asked of or received from them, counted from the
 * exchanges of their interactions over the last 12 months and over all time.
 *
 * <p>Give before you ask: an ask is suggested only when the user has given at least once and at
 * least as often as they have asked, all time counted (help given two years ago still counts).
 */
public record Reciprocity(int gaveLastYear, int askedLastYear, int receivedLastYear, int gave, int asked,
        int received) {

    public static final Reciprocity NONE = new Reciprocity(0, 0, 0, 0, 0, 0);

    public Reciprocity {
        if (gaveLastYear < 0 || askedLastYear < 0 || receivedLastYear < 0 || gave < gaveLastYear
                || asked < askedLastYear || received < receivedLastYear) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    /** Given minus taken (asked and received), all time: positive when the user is ahead. */
    public int balance() {
        return gave - asked - received;
    }

    /** The same balance over the last 12 months. */
    public int balanceLastYear() {
        return gaveLastYear - askedLastYear - receivedLastYear;
    }

    /** Give before you ask: true when an ask may be suggested. */
    public boolean canAsk() {
        return gave > 0 && gave >= asked;
    }

    /** Adds one exchange; a {@code recent} one (last 12 months) counts in both windows. */
    public Reciprocity plus(Exchange exchange, boolean recent) {
        int r = recent ? 1 : 0;
        return switch (exchange) {
            case GAVE -> new Reciprocity(gaveLastYear + r, askedLastYear, receivedLastYear, gave + 1, asked, received);
            case ASKED -> new Reciprocity(gaveLastYear, askedLastYear + r, receivedLastYear, gave, asked + 1, received);
            case RECEIVED -> new Reciprocity(gaveLastYear, askedLastYear, receivedLastYear + r, gave, asked,
                    received + 1);
            case NONE -> this;
        };
    }
}
