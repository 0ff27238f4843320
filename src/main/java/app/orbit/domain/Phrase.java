package app.orbit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A sentence to show the user, kept as a message key and its arguments so that it can be stored
 * and rendered later in either language. Arguments are text, whole numbers or dates only, which
 * is what the bundles format and what the store can keep.
 */
public record Phrase(String key, List<Object> args) {

    /** Longest text argument kept; longer ones are cut with an ellipsis (a sentence, not a document). */
    public static final int MAX_TEXT_ARG = 300;

    public Phrase {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("key");
        }
        List<Object> copy = new ArrayList<>();
        for (Object a : args == null ? List.of() : args) {
            copy.add(normalise(a));
        }
        args = List.copyOf(copy);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }

    private static Object normalise(Object a) {
        if (a == null) {
            return "";
        }
        if (a instanceof Integer || a instanceof Short || a instanceof Byte) {
            return ((Number) a).longValue();
        }
        if (a instanceof Long || a instanceof LocalDate) {
            return a;
        }
        if (a instanceof String s) {
            // Separators of the stored form and other control characters never belong in a sentence.
            String clean = s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
            return clean.length() > MAX_TEXT_ARG ? clean.substring(0, MAX_TEXT_ARG - 1).strip() + "…" : clean;
        }
        throw new IllegalArgumentException("unsupported argument type: " + a.getClass().getName());
    }
}
