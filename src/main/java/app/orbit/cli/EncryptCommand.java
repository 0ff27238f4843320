package app.orbit.cli;

import app.orbit.service.EncryptionChange;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code orbit encrypt}: encrypts the database and every backup with a passphrase (typed twice on
 * the terminal, or read from {@code ORBIT_PASSPHRASE_FILE}); Orbit must be closed.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true,
        description = "Encrypt the database and its backups with a passphrase (from ORBIT_PASSPHRASE_FILE or "
                + "typed on the terminal; never an argument).")
final class EncryptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        char[] passphrase = root.passphrases.chosen(PassphrasePrompt.FILE_VARIABLE);
        try {
            EncryptionChange change = root.opener.encrypt(root.dataDirectory, passphrase);
            root.println(root.text("cli.encrypt.done", change.backupsRewritten(), change.memoryKiB() / 1024,
                    change.iterations(), change.deriveMillis()));
            EncryptCommand.tellLeftAsTheyWere(root, change);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return 0;
    }

    /** Names the backups that could not be read, so could not be rewritten under the new key. */
    static void tellLeftAsTheyWere(OrbitCommand root, EncryptionChange change) {
        if (!change.backupsLeftAsTheyWere().isEmpty()) {
            root.err.println(root.text("cli.encrypt.backupsLeft", String.join(", ", change.backupsLeftAsTheyWere())));
            root.err.flush();
        }
    }
}
