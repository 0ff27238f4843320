package app.orbit.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file to import: read whole (under a size bound), its byte-order mark removed,
 * decoded strictly (UTF-8, or UTF-16 when a mark says so). A file that is not UTF-8 is read in the
 * legacy encoding it most likely has (old Outlook and Excel exports are Windows-1252 without
 * saying so), and {@code legacyCharset} says which, so that the preview can show it before the
 * user confirms ({@code guessed}); an encoding named by the user is used as it is. Binary files and bytes that are
 * not text in the named encoding are refused with the line where the trouble is.
 */
public record SourceText(String name, String text, Charset legacyCharset, boolean guessed) {

    public SourceText(String name, String text) {
        this(name, text, null, false);
    }

    /** Files over this are refused: 30,000 LinkedIn rows take about 4 MB, a phone's vCards with photos a few tens. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public static SourceText read(Path file, long maxBytes) {
        return read(file, maxBytes, null);
    }

    /** The same, decoded from {@code charset} when it is not null (the user named it). */
    public static SourceText read(Path file, long maxBytes, Charset charset) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Place whole = Place.file(name);
        try {
            if (!Files.isRegularFile(file)) {
                throw whole.error("import.error.notAFile");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw whole.error("import.error.tooBig", size / (1024 * 1024), maxBytes / (1024 * 1024));
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Read at most one byte over the bound: the file may have grown since size() was asked.
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            }
            if (bytes.length > maxBytes) {
                throw whole.error("import.error.tooBig", bytes.length / (1024 * 1024), maxBytes / (1024 * 1024));
            }
            return decode(name, bytes, charset);
        } catch (IOException e) {
            throw new app.orbit.domain.OrbitException(e, "import.error.unreadable", name, e.getMessage());
        }
    }

    /** Decodes bytes already in memory (tests, drag-and-drop of content). */
    public static SourceText decode(String name, byte[] bytes) {
        return decode(name, bytes, null);
    }

    /** The same, from {@code named} when not null, else as the class comment says. */
    public static SourceText decode(String name, byte[] bytes, Charset named) {
        Charset charset = named == null ? StandardCharsets.UTF_8 : named;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        if (bytes.length == skip) {
            throw Place.file(name).error("import.error.empty");
        }
        boolean utf8 = charset.equals(StandardCharsets.UTF_8);
        if (utf8) {
            // Most files are valid UTF-8: decoded in one pass, the way String does (every fault becomes
            // U+FFFD). Without U+FFFD the bytes were valid, so the strict decoding below would give
            // the same text (a fold split inside a character is not valid UTF-8, nor is it mended in
            // valid text), and a NUL is still found by checked(). 0.3 s of a 74 MB backup's 0.7 s.
            String text = new String(bytes, skip, bytes.length - skip, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return checked(name, text, null, false);
            }
        }
        if (!charset.name().startsWith("UTF-16")) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw Place.line(name, lineAt(bytes, skip, i)).error("import.error.binary");
                }
            }
        }
        if (utf8) {
            bytes = mendSplitFolds(bytes, skip);
        }
        // Decoded once: text that is not UTF-8 fails below as it failed isUtf8 (100 MB took 0.3 s a pass).
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError() && utf8 && named == null) {
            Charset legacy = guessLegacy(bytes, skip);
            return checked(name, new String(bytes, skip, bytes.length - skip, legacy), legacy, true);
        }
        if (result.isError()) {
            int at = in.position();
            throw Place.line(name, lineAt(bytes, skip, at)).error("import.error.encoding", charset.name());
        }
        out.flip();
        return checked(name, out.toString(), utf8 || charset.name().startsWith("UTF-16") ? null : charset, false);
    }

    private static SourceText checked(String name, String text, Charset legacy, boolean guessed) {
        if (text.isBlank()) {
            throw Place.file(name).error("import.error.empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            int at = text.indexOf('\u0000');
            throw Place.line(name, lineOf(text, at)).error("import.error.binary");
        }
        return new SourceText(name, text, legacy, guessed);
    }

    /** Windows-1252, ISO-8859-1 and MacRoman: what address books wrote before UTF-8. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");

    /**
     * The legacy encoding under which the bytes read most like words. Windows-1252 is the usual
     * one (Outlook, Excel); it differs from ISO-8859-1 only in 0x80–0x9F, where ISO-8859-1 has
     * invisible control codes no text holds, so ISO-8859-1 wins only when Windows-1252 leaves a
     * byte undefined. MacRoman puts accented letters where Windows-1252 has punctuation (0x8E é,
     * 0x88 à): whichever turns more of the non-ASCII bytes into letters next to letters wins, a tie
     * going to Windows-1252.
     */
    static Charset guessLegacy(byte[] bytes, int skip) {
        boolean cp1252Defined = true;
        for (int i = skip; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                cp1252Defined = false;
                break;
            }
        }
        Charset western = cp1252Defined ? WINDOWS_1252 : StandardCharsets.ISO_8859_1;
        String w = new String(bytes, skip, bytes.length - skip, western);
        String m = new String(bytes, skip, bytes.length - skip, MAC_ROMAN);
        return wordLikeness(m) > wordLikeness(w) ? MAC_ROMAN : western;
    }

    /** Non-ASCII letters with a letter on either side, less non-ASCII symbols: how much it reads as words. */
    private static int wordLikeness(String s) {
        int score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                continue;
            }
            boolean letterNear = i > 0 && Character.isLetter(s.charAt(i - 1))
                    || i + 1 < s.length() && Character.isLetter(s.charAt(i + 1));
            if (Character.isLetter(c)) {
                score += letterNear ? 2 : 1;
            } else if (letterNear) {
                score -= 2;
            }
        }
        return score;
    }

    /**
     * A folded line may be cut inside a multi-byte UTF-8 character (ownCloud cuts at 75 bytes,
     * not characters): the CR LF and space land between a character's bytes, and the text no
     * longer decodes. Unfolding must happen on the bytes, before decoding; here the fold is moved
     * after the character it split, which unfolds to the same text and keeps every line where it
     * was, so later errors still cite the right line.
     */
    static byte[] mendSplitFolds(byte[] bytes, int from) {
        byte[] buf = bytes;
        for (int i = from + 1; i < buf.length; i++) {
            int b = buf[i] & 0xFF;
            if (b != '\r' && b != '\n' || !isContinuationOrLead(buf[i - 1])) {
                continue;
            }
            int fold = b == '\r' && i + 1 < buf.length && buf[i + 1] == '\n' ? 2 : 1;
            int ws = i + fold;
            if (ws + 1 >= buf.length || buf[ws] != ' ' && buf[ws] != '\t' || (buf[ws + 1] & 0xC0) != 0x80) {
                continue;
            }
            int end = ws + 1;
            while (end < buf.length && (buf[end] & 0xC0) == 0x80 && end - ws <= 3) {
                end++;
            }
            if (buf == bytes) {
                buf = bytes.clone();
            }
            // [..lead][CR LF SP][cont cont] becomes [..lead][cont cont][CR LF SP]
            byte[] moved = java.util.Arrays.copyOfRange(buf, i, end);
            int foldLength = fold + 1;
            System.arraycopy(moved, foldLength, buf, i, moved.length - foldLength);
            System.arraycopy(moved, 0, buf, i + moved.length - foldLength, foldLength);
            i = end - 1;
        }
        return buf;
    }

    private static boolean isContinuationOrLead(byte b) {
        return (b & 0x80) != 0;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int lineAt(byte[] bytes, int from, int index) {
        int line = 1;
        for (int i = from; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 1-based line of a character index in text. */
    static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
