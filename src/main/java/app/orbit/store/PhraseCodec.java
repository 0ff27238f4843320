package app.orbit.store;

import app.orbit.domain.Phrase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a phrase's arguments in one text column: each typed by a prefix (s: text, n: number,
 * d: date) and separated by U+001F, which {@link Phrase} never lets into a text argument.
 */
final class PhraseCodec {

    private static final String SEPARATOR = "\u001F";

    private PhraseCodec() {
    }

    static String encode(List<Object> args) {
        List<String> parts = new ArrayList<>(args.size());
        for (Object a : args) {
            if (a instanceof Long n) {
                parts.add("n" + n);
            } else if (a instanceof LocalDate d) {
                parts.add("d" + d);
            } else {
                parts.add("s" + a);
            }
        }
        return String.join(SEPARATOR, parts);
    }

    static Phrase decode(String key, String encoded) {
        List<Object> args = new ArrayList<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String part : encoded.split(SEPARATOR, -1)) {
                String value = part.substring(1);
                switch (part.charAt(0)) {
                    case 'n' -> args.add(Long.parseLong(value));
                    case 'd' -> args.add(LocalDate.parse(value));
                    case 's' -> args.add(value);
                    default -> throw new IllegalStateException("unknown argument type in " + key);
                }
            }
        }
        return new Phrase(key, args);
    }
}
