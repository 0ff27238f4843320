package app.orbit.cli;

import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Where a command gets a passphrase, never from an argument (which other users of the computer
 * see in the process list, and the shell keeps in its history): the file named by
 * {@code ORBIT_PASSPHRASE_FILE} (its content, without a final line break), else a prompt on the
 * terminal that does not echo; with neither, a message saying how.
 */
public final class PassphrasePrompt {

    /** The file holding the passphrase of the encrypted database (or the one to encrypt with). */
    public static final String FILE_VARIABLE = "ORBIT_PASSPHRASE_FILE";
    /** The file holding the new passphrase, for {@code orbit passphrase}. */
    public static final String NEW_FILE_VARIABLE = "ORBIT_NEW_PASSPHRASE_FILE";

    private final Map<String, String> environment;
    private final Console console;
    private final Messages messages;

    PassphrasePrompt(Map<String, String> environment, Console console, Messages messages) {
        this.environment = environment;
        this.console = console;
        this.messages = messages;
    }

    /** The passphrase of the encrypted database. */
    public char[] current() {
        String file = environment.get(FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return read(Path.of(file));
        }
        char[] typed = terminal().readPassword("%s ", messages.get("cli.passphrase.prompt"));
        if (typed == null) {
            throw new OrbitException("cli.passphrase.none");
        }
        return typed;
    }

    /** A new passphrase: from the file in {@code variable}, else typed twice on the terminal. */
    char[] chosen(String variable) {
        String file = environment.get(variable);
        if (file != null && !file.isBlank()) {
            return read(Path.of(file));
        }
        Console terminal = terminal();
        char[] first = terminal.readPassword("%s ", messages.get("cli.passphrase.new"));
        char[] again = terminal.readPassword("%s ", messages.get("cli.passphrase.again"));
        if (first == null || again == null) {
            throw new OrbitException("cli.passphrase.none");
        }
        boolean same = Arrays.equals(first, again);
        Arrays.fill(again, '\0');
        if (!same) {
            Arrays.fill(first, '\0');
            throw new OrbitException("cli.passphrase.mismatch");
        }
        return first;
    }

    private Console terminal() {
        if (console == null) {
            throw new OrbitException("cli.passphrase.none");
        }
        return console;
    }

    /** Whether {@code ORBIT_PASSPHRASE_FILE} names a file: the passphrase is then known without asking anyone. */
    public static boolean fileNamed() {
        String file = System.getenv(FILE_VARIABLE);
        return file != null && !file.isBlank();
    }

    /**
     * The passphrase in the file {@code ORBIT_PASSPHRASE_FILE} names, when it names one (the window
     * reads it too, so a scripted start needs no dialog); null otherwise.
     */
    public static char[] fromEnvironment() {
        String file = System.getenv(FILE_VARIABLE);
        return file == null || file.isBlank() ? null : read(Path.of(file));
    }

    /** The file's text (UTF-8) without one final line break; the bytes read are wiped. */
    private static char[] read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new OrbitException(e, "cli.passphrase.file", file.toAbsolutePath());
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            int end = chars.limit();
            if (end > 0 && chars.get(end - 1) == '\n') {
                end--;
                if (end > 0 && chars.get(end - 1) == '\r') {
                    end--;
                }
            }
            char[] out = new char[end];
            chars.get(out, 0, end);
            Arrays.fill(chars.array(), '\0');
            return out;
        } catch (CharacterCodingException e) {
            throw new OrbitException(e, "cli.passphrase.file", file.toAbsolutePath());
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
