package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsoTimesTest {

    private static final ObjectMapper FAST = JsonMapper.builder().addModule(new JavaTimeModule())
            .addModule(IsoTimes.module()).build();
    private static final ObjectMapper JACKSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    void instant_whatInstantWrites_readsTheSameInstant() {
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            Instant i = Instant.ofEpochSecond(r.nextLong(-62_000_000_000L, 253_000_000_000L),
                    switch (k % 4) {
                        case 0 -> 0;
                        case 1 -> r.nextInt(1000) * 1_000_000;
                        case 2 -> r.nextInt(1_000_000) * 1000;
                        default -> r.nextInt(1_000_000_000);
                    });
            if (i.toString().startsWith("-") || i.toString().startsWith("+")) {
                continue;
            }
            assertThat(IsoTimes.instant(i.toString())).as(i.toString()).isEqualTo(i);
        }
        assertThat(IsoTimes.instant("2026-11-26T10:00:00.5Z")).isEqualTo(Instant.parse("2026-11-26T10:00:00.5Z"));
    }

    @Test
    void date_whatLocalDateWrites_readsTheSameDate() {
        for (LocalDate d = LocalDate.of(1899, 12, 20); d.isBefore(LocalDate.of(2101, 1, 10)); d = d.plusDays(1)) {
            assertThat(IsoTimes.date(d.toString())).isEqualTo(d);
        }
    }

    @Test
    void fastPath_unusualOrInvalidText_leftToJackson() {
        for (String s : List.of("2026-02-30T00:00:00Z", "2026-11-26T24:00:00Z", "2026-11-26T10:00:60Z",
                "2026-11-26T10:00:00.Z", "2026-11-26 10:00:00Z", "2026-11-26T10:00:00+01:00", " 2026-11-26T10:00:00Z",
                "+12026-11-26T10:00:00Z", "2026-11-26T10:00:00.1234567890Z", "２026-11-26T10:00:00Z")) {
            assertThat(IsoTimes.instant(s)).as(s).isNull();
        }
        for (String s : List.of("2026-02-30", "2026-13-01", "2026-00-10", "2026-1-01", "26-11-2026", "2026/11/26",
                "2026-11-26T00:00")) {
            assertThat(IsoTimes.date(s)).as(s).isNull();
        }
    }

    @Test
    void mapper_anyText_readsOrRefusesAsJacksonAlone() throws Exception {
        for (String s : List.of("2026-11-26T10:00:00Z", "2026-11-26T10:00:00.123Z", "2026-11-26T10:00:00+01:00",
                "2026-11-26T10:00Z", "1700000000", "\"2026-11-26T10:00:00.000000001Z\"", "\"2026-02-30T00:00:00Z\"",
                "\"not a date\"", "\"\"")) {
            String json = s.startsWith("\"") || s.matches("\\d+") ? s : "\"" + s + "\"";
            assertSame(json, Instant.class);
        }
        for (String s : List.of("\"2026-11-26\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2026-13-01\"", "\"\"",
                "[2026,11,26]", "\"2026-11-26T10:00:00\"")) {
            assertSame(s, LocalDate.class);
        }
    }

    private static void assertSame(String json, Class<?> type) throws Exception {
        Object expected;
        try {
            expected = JACKSON.readValue(json, type);
        } catch (MismatchedInputException e) {
            assertThatThrownBy(() -> FAST.readValue(json, type)).as(json).isInstanceOf(e.getClass());
            return;
        }
        assertThat(FAST.readValue(json, type)).as(json).isEqualTo(expected);
    }
}
