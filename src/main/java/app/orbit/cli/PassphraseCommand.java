package app.orbit.cli;

import app.orbit.service.EncryptionChange;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code orbit passphrase}: changes the passphrase of the encrypted database (current one from
 * {@code ORBIT_PASSPHRASE_FILE} or the terminal, new one from {@code ORBIT_NEW_PASSPHRASE_FILE}
 * or typed twice); the database and every backup are rewritten under the new key.
 */
@Command(name = "passphrase", mixinStandardHelpOptions = true,
        description = "Change the passphrase of the encrypted database (the new one from ORBIT_NEW_PASSPHRASE_FILE "
                + "or typed twice).")
final class PassphraseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        char[] current = root.passphrases.current();
        char[] next = null;
        try {
            next = root.passphrases.chosen(PassphrasePrompt.NEW_FILE_VARIABLE);
            EncryptionChange change = root.opener.changePassphrase(root.dataDirectory, current, next);
            root.println(root.text("cli.passphrase.done", change.backupsRewritten(), change.memoryKiB() / 1024,
                    change.iterations(), change.deriveMillis()));
            EncryptCommand.tellLeftAsTheyWere(root, change);
        } finally {
            Arrays.fill(current, '\0');
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
        return 0;
    }
}
