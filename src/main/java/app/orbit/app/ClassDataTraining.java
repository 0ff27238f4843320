package app.orbit.app;

import app.orbit.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * The run that records which classes Orbit loads, for the class-data archive of the installed app
 * (the dist profile runs it once, headless, with {@code -XX:DumpLoadedClassList}): a few commands
 * on a throw-away data directory, then the window on it with a vCard's import preview, until the
 * week's plan and the preview are on screen. Not a user's command.
 */
public final class ClassDataTraining {

    private static final long TIMEOUT_SECONDS = 120;

    private ClassDataTraining() {
    }

    /** {@code ClassDataTraining DATA_DIR}: DATA_DIR must be empty or absent. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dir);
        Path card = dir.resolveSibling(dir.getFileName() + "-card.vcf");
        Files.writeString(card, "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoé Martin\r\nN:Martin;Zoé;;;\r\n"
                + "EMAIL:zoe@example.org\r\nTEL:+33 6 12 34 56 78\r\nORG:Atelier Nord\r\nEND:VCARD\r\n",
                StandardCharsets.UTF_8);
        String d = dir.toString();
        List<List<String>> commands = List.of(
                List.of("contacts", "add", "--name", "Ada Lovelace", "--email", "ada@example.org", "--circle", "close",
                        "--known-since", "2020-01-06", "--tags", "maths", "--needs", "an engineer to hire",
                        "--offers", "advice on analytical engines"),
                List.of("contacts", "add", "--name", "Cécile Durand", "--circle", "inner", "--known-since", "2019-03-01",
                        "--birthday", "--01-15", "--offers", "introductions to engineers"),
                List.of("log", "--with", "Ada Lovelace", "--kind", "call", "--date", "2021-05-04", "--summary", "A call",
                        "--gave"),
                List.of("contacts", "list", "--due"),
                List.of("contacts", "list", "--search", "cecile", "--format", "json"),
                List.of("week"),
                List.of("intros"),
                List.of("import", card.toString(), "--dry-run"));
        for (List<String> command : commands) {
            StringWriter err = new StringWriter();
            String[] line = java.util.stream.Stream.concat(java.util.stream.Stream.of("--data-dir", d),
                    command.stream()).toArray(String[]::new);
            int code = Cli.run(line, Main.commandOpener(), new PrintWriter(StringWriter.nullWriter()),
                    new PrintWriter(err), Locale.getDefault());
            if (code != Cli.OK) {
                throw new IllegalStateException("training command " + command + " failed: " + err);
            }
        }
        encrypted(dir.resolveSibling(dir.getFileName() + "-encrypted"));
        Thread launcher = new Thread(() -> Main.main(new String[] {"--data-dir", d, card.toString()}), "launcher");
        launcher.start();
        if (!waitForPlanAndPreview()) {
            throw new IllegalStateException("the window showed no plan and no import preview in "
                    + TIMEOUT_SECONDS + " s");
        }
        Platform.exit();
        launcher.join(TimeUnit.SECONDS.toMillis(30));
        System.exit(0);
    }

    /**
     * An encrypted data directory made and opened once: the key's derivation (Bouncy Castle's
     * Argon2) and the decrypting file system join the archive, for the encrypted first window.
     */
    private static void encrypted(Path dir) {
        char[] passphrase = "training passphrase, never used again".toCharArray();
        Orbit.open(dir, java.time.Clock.systemDefaultZone()).close();
        Orbit.encrypt(dir, passphrase.clone());
        try (Orbit orbit = Orbit.open(dir, java.time.Clock.systemDefaultZone(), false,
                app.orbit.store.PassphraseSource.of(passphrase))) {
            orbit.contacts().count();
        }
    }

    /** Polls the windows on the JavaFX thread until the plan has an entry and the import preview can confirm. */
    private static boolean waitForPlanAndPreview() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            boolean[] ready = {false};
            CountDownLatch checked = new CountDownLatch(1);
            try {
                Platform.runLater(() -> {
                    List<Parent> roots = Window.getWindows().stream().filter(Window::isShowing)
                            .filter(w -> w.getScene() != null).map(w -> w.getScene().getRoot()).toList();
                    ready[0] = roots.stream().anyMatch(r -> find(r, "entry-") != null)
                            && roots.stream().map(r -> find(r, "importConfirm")).anyMatch(n -> n != null && n.isVisible());
                    checked.countDown();
                });
                checked.await(5, TimeUnit.SECONDS);
            } catch (IllegalStateException toolkitNotStartedYet) {
                // JavaFX is still starting: ask again.
            }
            if (ready[0]) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    private static Node find(Node node, String idPrefix) {
        if (node.getId() != null && node.getId().startsWith(idPrefix)) {
            return node;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Node found = find(child, idPrefix);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
