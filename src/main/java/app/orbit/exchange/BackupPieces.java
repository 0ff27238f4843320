package app.orbit.exchange;

import app.orbit.exchange.BackupDtos.BackupDto;
import app.orbit.exchange.BackupDtos.ContactDto;
import app.orbit.exchange.BackupDtos.InteractionDto;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a large backup laid out as Orbit writes it on several threads: its contacts and
 * interactions are cut into pieces between two entries, each piece read as an array of its own,
 * and the rest of the file read with those two arrays left empty. Reading the 74 MB backup of
 * 30,000 contacts took one thread 1.1 s, most of the preview (docs/benchmarks.md).
 *
 * <p>The cuts are found in the text: Orbit's indented layout puts each top-level key on a line
 * that begins with two spaces and a quote, and the end of one top-level entry and the start of the
 * next on a line of their own, {@code "  }, {"}. A raw line break cannot be inside a JSON string, so
 * such a line is never inside a note. When the file is laid out otherwise, or any piece fails to
 * read, this gives up ({@code null}) and the caller reads the whole text in one go, which gives the
 * same data or the same error, with its line, as before. The pieces hold every character of the
 * file, and their brackets close only where an entry ends, so they read as the whole text does.
 * A key found deeper in the file than the root, by a hand-edited layout, cannot be taken for the
 * root's: its array is cut up to the next top-level line, past the brackets that close around
 * it, and a piece with brackets left over fails to read.
 */
final class BackupPieces {

    /** Under this the file is read in one go: a phone's backup takes a few tens of milliseconds. */
    static final int SMALLEST = 4 * 1024 * 1024;
    private static final String BETWEEN_ENTRIES = "\n  }, {";
    private static final String EMPTY = "[ ]";

    private BackupPieces() {
    }

    /** The backup read in pieces on {@code threads} threads, or null when it must be read in one go. */
    static BackupDto read(String text, ObjectMapper mapper, int threads) {
        return read(text, mapper, threads, SMALLEST, 0);
    }

    /** The same from {@code smallest} characters on, in pieces of about {@code size} (0: as many as threads allow). */
    static BackupDto read(String text, ObjectMapper mapper, int threads, int smallest, int size) {
        if (threads < 2 || text.length() < smallest) {
            return null;
        }
        Span contacts = Span.contacts(text);
        Span interactions = contacts == null ? null : Span.interactions(text, contacts);
        if (interactions == null) {
            return null;
        }
        String rest = text.substring(0, contacts.start) + EMPTY + text.substring(contacts.end, interactions.start)
                + EMPTY + text.substring(interactions.end);
        int each = size > 0 ? size : Math.max(SMALLEST / 4, (contacts.length() + interactions.length()) / (threads * 3));
        List<String> contactPieces = pieces(text, contacts, each);
        List<String> interactionPieces = pieces(text, interactions, each);
        ObjectReader contactReader = mapper.readerFor(new TypeReference<List<ContactDto>>() { });
        ObjectReader interactionReader = mapper.readerFor(new TypeReference<List<InteractionDto>>() { });
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 8), task -> {
            Thread t = new Thread(task, "orbit-import-parse");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<ContactDto>>> readContacts = new ArrayList<>();
            List<Future<List<InteractionDto>>> readInteractions = new ArrayList<>();
            // The largest first, so that no thread is left with a long piece at the end.
            for (String piece : interactionPieces) {
                readInteractions.add(pool.submit(() -> interactionReader.<List<InteractionDto>>readValue(piece)));
            }
            for (String piece : contactPieces) {
                readContacts.add(pool.submit(() -> contactReader.<List<ContactDto>>readValue(piece)));
            }
            BackupDto others = mapper.readValue(rest, BackupDto.class);
            List<ContactDto> allContacts = new ArrayList<>();
            for (Future<List<ContactDto>> f : readContacts) {
                allContacts.addAll(f.get());
            }
            List<InteractionDto> allInteractions = new ArrayList<>();
            for (Future<List<InteractionDto>> f : readInteractions) {
                allInteractions.addAll(f.get());
            }
            return new BackupDto(others.formatVersion(), others.application(), allContacts, allInteractions,
                    others.asks(), others.plans(), others.snoozes(), others.introductions(),
                    others.introductionVerdicts(), others.settings());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            // Read again in one go, which says what is wrong and where.
            return null;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The pieces of one array, each an array of its own: cut before a line {@code "  }, {"}, the
     * left piece closed after its {@code }} and the right one opened before its {@code {}.
     */
    private static List<String> pieces(String text, Span array, int size) {
        List<String> pieces = new ArrayList<>();
        int from = array.start;
        int search = from + size;
        while (array.end - from > size) {
            int cut = text.indexOf(BETWEEN_ENTRIES, search);
            if (cut < 0 || cut >= array.end) {
                break;
            }
            int after = cut + BETWEEN_ENTRIES.length();
            if (after >= array.end || text.charAt(after) != '\n' && text.charAt(after) != '\r') {
                search = after; // Not a line of its own: looked for further on, nothing left out.
                continue;
            }
            String head = from == array.start ? "" : "[ ";
            pieces.add(head + text.substring(from, cut) + "\n  } ]");
            from = after - 1; // at the '{' that opens the next entry
            search = from + size;
        }
        pieces.add((from == array.start ? "" : "[ ") + text.substring(from, array.end));
        return pieces;
    }

    /**
     * Where a top-level array's value is in the text: from its '[' to its ']' included. Orbit
     * writes the interactions right after the contacts, and only short lists after them (asks,
     * plans, settings), so both are found without reading through the long ones: the contacts from
     * the start, the interactions from the end. A second key of the same name is refused by the
     * reading of the rest (duplicate keys).
     */
    private record Span(int start, int end) {

        private static final String TOP_LEVEL_KEY = "\n  \"";

        int length() {
            return end - start;
        }

        static Span contacts(String text) {
            String line = TOP_LEVEL_KEY + "contacts\" : [";
            int at = text.indexOf(line);
            if (at < 0 || at > 4096) {
                return null;
            }
            int interactions = text.lastIndexOf(TOP_LEVEL_KEY + "interactions\" : [");
            return interactions < at ? null : of(text, at + line.length() - 1, interactions);
        }

        /** The interactions, from their key to the next top-level key or the end of the root object. */
        static Span interactions(String text, Span contacts) {
            String line = TOP_LEVEL_KEY + "interactions\" : [";
            int at = text.lastIndexOf(line);
            int next = text.length();
            for (int key = text.lastIndexOf(TOP_LEVEL_KEY); key > at; key = text.lastIndexOf(TOP_LEVEL_KEY, key - 1)) {
                next = key;
            }
            if (next == text.length()) {
                next = text.lastIndexOf("\n}");
            }
            return at < contacts.end || next < at ? null : of(text, at + line.length() - 1, next);
        }

        /** The array from {@code start}, ended before {@code next}: its ']', a comma and blanks left out. */
        private static Span of(String text, int start, int next) {
            int end = next;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (end > start && text.charAt(end - 1) == ',') {
                end--;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end <= start || text.charAt(end - 1) != ']' ? null : new Span(start, end);
        }
    }
}
