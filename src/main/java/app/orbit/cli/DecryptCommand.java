package app.orbit.cli;

import app.orbit.service.EncryptionChange;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code orbit decrypt}: the database and its backups back to plain files, with the current passphrase. */
@Command(name = "decrypt", mixinStandardHelpOptions = true,
        description = "Remove the encryption of the database and its backups (asks the current passphrase).")
final class DecryptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OrbitCommand root = OrbitCommand.root(spec);
        char[] passphrase = root.passphrases.current();
        try {
            EncryptionChange change = root.opener.decrypt(root.dataDirectory, passphrase);
            root.println(root.text("cli.decrypt.done", change.backupsRewritten()));
            EncryptCommand.tellLeftAsTheyWere(root, change);
        } finally {
            Arrays.fill(passphrase, '\0');
        }
        return 0;
    }
}
