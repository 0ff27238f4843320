package app.orbit.domain;

/** Two contacts introduced to each other, in a canonical order (smaller id first): A-B is B-A. */
public record IntroductionPair(long first, long second) {

    public IntroductionPair {
        if (first == second) {
            throw new IllegalArgumentException("a contact cannot be introduced to themselves");
        }
        if (first > second) {
            long t = first;
            first = second;
            second = t;
        }
    }

    public static IntroductionPair of(long a, long b) {
        return new IntroductionPair(a, b);
    }

    public boolean involves(long id) {
        return first == id || second == id;
    }

    /** The other contact of the pair, given one of them. */
    public long other(long id) {
        if (!involves(id)) {
            throw new IllegalArgumentException(id + " is not in " + this);
        }
        return first == id ? second : first;
    }
}
