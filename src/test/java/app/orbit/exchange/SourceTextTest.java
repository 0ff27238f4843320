package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** Well-formed UTF-8 and every kind of malformed byte run, U+FFFD and NUL among them. */
    private static final int[][] PIECES = {
        {'a'}, {'\n'}, {' '}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x8E, 0x89}, {0xEF, 0xBF, 0xBD},
        {0xEF, 0xBF, 0xBE}, {0x80}, {0xC3}, {0xE2, 0x82}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF8, 0x88, 0x80},
        {0xFF}, {0xE9}, {0x00}};

    @Test
    void decode_randomBytes_readAsTheStrictDecoderReadsThem() {
        Random random = new Random(31);
        int binary = 0;
        int valid = 0;
        for (int i = 0; i < 20_000; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write('x');
            for (int k = random.nextInt(8); k > 0; k--) {
                for (int b : PIECES[random.nextInt(PIECES.length)]) {
                    out.write(b);
                }
            }
            byte[] bytes = out.toByteArray();
            int nul = indexOfNul(bytes);
            if (nul >= 0) {
                // A NUL is told as binary, at its line, whether the rest decodes or not.
                int lines = 1;
                for (int b = 0; b < nul; b++) {
                    lines += bytes[b] == '\n' ? 1 : 0;
                }
                int line = lines;
                assertThatThrownBy(() -> SourceText.decode("f.txt", bytes)).isInstanceOfSatisfying(OrbitException.class,
                        e -> {
                            assertThat(e.args()).containsExactly("f.txt", line, line, e.args()[3]);
                            assertThat(((OrbitException) e.args()[3]).key()).isEqualTo("import.error.binary");
                        });
                binary++;
                continue;
            }
            SourceText read = SourceText.decode("f.txt", bytes);
            String strict;
            try {
                strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(SourceText.mendSplitFolds(bytes, 0))).toString();
            } catch (CharacterCodingException e) {
                strict = null;
            }
            if (strict != null) {
                assertThat(read.text()).isEqualTo(strict);
                assertThat(read.legacyCharset()).isNull();
                valid++;
            } else {
                assertThat(read.legacyCharset()).as("not UTF-8: read in a legacy encoding").isNotNull();
                assertThat(read.guessed()).isTrue();
            }
        }
        assertThat(binary).as("texts with a NUL").isGreaterThan(1_000);
        assertThat(valid).as("valid texts").isGreaterThan(1_000);
    }

    private static int indexOfNul(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return i;
            }
        }
        return -1;
    }
}
