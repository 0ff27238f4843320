package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    /** Well-formed UTF-8 and every kind of malformed byte run, U+FFFD itself among them. */
    private static final int[][] PIECES = {
        {'a'}, {'\n'}, {' '}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC}, {0xF0, 0x9F, 0x8E, 0x89}, {0xEF, 0xBF, 0xBD},
        {0xEF, 0xBF, 0xBE}, {0x80}, {0xC3}, {0xE2, 0x82}, {0xC0, 0x80}, {0xED, 0xA0, 0x80}, {0xF8, 0x88, 0x80},
        {0xFF}, {0xE9}};

    @Test
    void decode_randomBytes_readAsTheStrictDecoderReadsThem() {
        Random random = new Random(31);
        for (int i = 0; i < 20_000; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write('x');
            for (int k = random.nextInt(8); k > 0; k--) {
                for (int b : PIECES[random.nextInt(PIECES.length)]) {
                    out.write(b);
                }
            }
            byte[] bytes = out.toByteArray();
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
            } else {
                assertThat(read.legacyCharset()).as("not UTF-8: read in a legacy encoding").isNotNull();
                assertThat(read.guessed()).isTrue();
            }
        }
    }
}
