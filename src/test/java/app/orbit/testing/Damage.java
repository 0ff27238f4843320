package app.orbit.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Damage done to a closed database file where it holds a given text (every copy of it: H2 writes
 * at the end of its file, so older copies of a page stay until it compacts), as a disk or a
 * cosmic ray would: one bit inside the text, or random bytes over the page's structure before it.
 */
public final class Damage {

    private Damage() {
    }

    /** Flips one bit of the {@code at}-th character of every copy of the text; returns how many copies. */
    public static int flipBitInside(Path file, String text, int at) throws IOException {
        return damage(file, text, (b, i) -> b[i + at] ^= 0x40);
    }

    /** Overwrites 32 bytes starting {@code before} bytes ahead of every copy of the text with noise (seeded). */
    public static int noiseBefore(Path file, String text, int before) throws IOException {
        Random random = new Random(5);
        return damage(file, text, (b, i) -> {
            byte[] noise = new byte[32];
            random.nextBytes(noise);
            System.arraycopy(noise, 0, b, i - before, noise.length);
        });
    }

    private interface Change {
        void at(byte[] bytes, int index);
    }

    private static int damage(Path file, String text, Change change) throws IOException {
        byte[] b = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        int copies = 0;
        for (int i = 0; i + needle.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + needle.length, needle, 0, needle.length)) {
                change.at(b, i);
                copies++;
                i += needle.length;
            }
        }
        if (copies == 0) {
            throw new AssertionError("\"" + text + "\" is not in " + file.getFileName());
        }
        Files.write(file, b);
        return copies;
    }
}
