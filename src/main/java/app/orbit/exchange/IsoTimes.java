package app.orbit.exchange;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the dates and instants a backup writes ({@code 2026-11-26}, {@code 2026-11-26T10:00:00Z},
 * with up to nine digits of fraction) without {@link java.time.format.DateTimeFormatter}, which
 * took a quarter of the preview of a 300,000-interaction backup (docs/benchmarks.md). Anything
 * else, and anything out of range, goes to Jackson's own deserializers, which read or refuse it
 * as before.
 */
final class IsoTimes {

    private IsoTimes() {
    }

    /** A module to register after Jackson's JavaTimeModule: its deserializers for the two types are then these. */
    static SimpleModule module() {
        SimpleModule m = new SimpleModule("orbit-iso-times");
        m.addDeserializer(Instant.class, new Fast<>(Instant.class, IsoTimes::instant, InstantDeserializer.INSTANT));
        m.addDeserializer(LocalDate.class, new Fast<>(LocalDate.class, IsoTimes::date, LocalDateDeserializer.INSTANCE));
        return m;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} as written by {@link Instant#toString}, or null. */
    static Instant instant(String s) {
        int n = s.length();
        if (n < 20 || n > 30 || s.charAt(n - 1) != 'Z' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        LocalDate date = date(s.substring(0, 10));
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n == 21) {
                return null;
            }
            int fraction = digits(s, 20, n - 1);
            if (fraction < 0) {
                return null;
            }
            nanos = fraction;
            for (int k = n - 1 - 20; k < 9; k++) {
                nanos *= 10;
            }
        }
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        return LocalDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second,
                nanos).toInstant(ZoneOffset.UTC);
    }

    /** {@code yyyy-MM-dd} with a valid day, or null. */
    static LocalDate date(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // 30 February: Jackson's own reader says so.
        }
    }

    /** The decimal number in {@code s[from, to)}, or -1 when any of them is not an ASCII digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** Reads a string through {@code fast}, and what it leaves (null) through Jackson's own reader. */
    private static final class Fast<T> extends StdDeserializer<T> {
        private final transient java.util.function.Function<String, T> fast;
        private final transient JsonDeserializer<T> fallback;

        Fast(Class<T> type, java.util.function.Function<String, T> fast, JsonDeserializer<T> fallback) {
            super(type);
            this.fast = fast;
            this.fallback = fallback;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                T read = fast.apply(p.getText());
                if (read != null) {
                    return read;
                }
            }
            return fallback.deserialize(p, ctxt);
        }
    }
}
