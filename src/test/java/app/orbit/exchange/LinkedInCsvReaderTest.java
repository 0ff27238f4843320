package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkedInCsvReaderTest {

    @Test
    void fromLine_anyLineEndings_linesEndedByALineFeedAsStringLinesGives() {
        String[] pieces = {"a", "Notes:", ",", "\"", "\n", "\r\n", "\r", "\r\r\n", "", "é"};
        Random random = new Random(21);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder preamble = new StringBuilder();
            int line = 1 + random.nextInt(3);
            for (int l = 1; l < line; l++) {
                preamble.append("note ").append(l).append(random.nextBoolean() ? "\n" : "\r\n");
            }
            StringBuilder rest = new StringBuilder();
            for (int k = random.nextInt(10); k > 0; k--) {
                rest.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = preamble.append(rest).toString();
            String expected = text.lines().skip(line - 1L)
                    .reduce(new StringBuilder(), (sb, l) -> sb.append(l).append('\n'), StringBuilder::append).toString();
            assertThat(LinkedInCsvReader.fromLine(text, line)).as("[%s] from line %d", text, line).isEqualTo(expected);
        }
    }
}
