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
 * decoded strictly (UTF-8, or UTF-16 when a mark says so). Binary files and bytes that are not
 * text in that encoding are refused with the line where the trouble is.
 */
public record SourceText(String name, String text) {

    /** Files over this are refused: 30,000 LinkedIn rows take about 4 MB, a phone's vCards with photos a few tens. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    public static SourceText read(Path file, long maxBytes) {
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
            return decode(name, bytes);
        } catch (IOException e) {
            throw new app.orbit.domain.OrbitException(e, "import.error.unreadable", name, e.getMessage());
        }
    }

    /** Decodes bytes already in memory (tests, drag-and-drop of content). */
    public static SourceText decode(String name, byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
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
        if (charset == StandardCharsets.UTF_8) {
            for (int i = skip; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    throw Place.line(name, lineAt(bytes, skip, i)).error("import.error.binary");
                }
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - skip) * (double) decoder.maxCharsPerByte()) + 1);
        var result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            throw Place.line(name, lineAt(bytes, skip, at)).error("import.error.encoding", charset.name());
        }
        out.flip();
        String text = out.toString();
        if (text.isBlank()) {
            throw Place.file(name).error("import.error.empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            int at = text.indexOf('\u0000');
            throw Place.line(name, lineOf(text, at)).error("import.error.binary");
        }
        return new SourceText(name, text);
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
