package app.orbit.cli;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.cli.CliRunner.Run;
import app.orbit.store.BackupFiles;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** orbit encrypt, passphrase and decrypt, and commands on an encrypted database, with ORBIT_PASSPHRASE_FILE. */
class EncryptionCliTest {

    @TempDir
    Path data;
    @TempDir
    Path secrets;

    private Path passphraseFile;
    private Path newPassphraseFile;

    @BeforeEach
    void fill() throws Exception {
        try (Orbit orbit = TestOrbit.open(data)) {
            for (int i = 0; i < 5; i++) {
                orbit.contacts().create(person("Person" + i, "Secret").notes("private note " + i).build());
            }
        }
        passphraseFile = Files.writeString(secrets.resolve("pass.txt"), "ma phrase très secrète\n",
                StandardCharsets.UTF_8);
        newPassphraseFile = Files.writeString(secrets.resolve("new.txt"), "another phrase entirely\r\n");
    }

    private CliRunner withPassphrase(Path file, Locale locale) {
        return new CliRunner(data, locale, Map.of(PassphrasePrompt.FILE_VARIABLE, file.toString()));
    }

    @Test
    void encrypt_thenCommandsWithThePassphraseFile_workAndExportSaysPlainText() throws Exception {
        CliRunner cli = withPassphrase(passphraseFile, Locale.ENGLISH);
        cli.ok("backup");

        Run encrypted = cli.orbit("encrypt");

        assertThat(encrypted.code()).as(encrypted.err()).isZero();
        assertThat(encrypted.out()).startsWith("Encrypted the database and its backup.").contains("Argon2id (64 MiB");
        assertThat(Orbit.encrypted(data)).isTrue();
        byte[] raw = Files.readAllBytes(Database.databaseFile(data));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("private note");
        assertThat(cli.ok("contacts", "list")).contains("Person3");
        Run export = cli.orbit("export", "--format", "json");
        assertThat(export.code()).isZero();
        assertThat(export.out()).contains("private note 2");
        assertThat(export.err()).contains("plain text");
        Run restored = cli.orbit("restore", BackupFiles.listIn(data).get(0).fileName());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(cli.ok("contacts", "list")).contains("Person3");
    }

    @Test
    void encryptedDatabase_withoutAPassphraseOrWithAWrongOne_refusedInOneLineAndUntouched() throws Exception {
        withPassphrase(passphraseFile, Locale.ENGLISH).ok("encrypt");
        byte[] before = Files.readAllBytes(Database.databaseFile(data));
        Path wrong = Files.writeString(secrets.resolve("wrong.txt"), "not the right one at all");

        Run none = new CliRunner(data, Locale.ENGLISH).orbit("contacts", "list");
        Run bad = withPassphrase(wrong, Locale.FRENCH).orbit("contacts", "list");

        assertThat(none.code()).isEqualTo(1);
        assertThat(none.err().lines()).singleElement().asString().contains("ORBIT_PASSPHRASE_FILE", "terminal");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err().lines()).singleElement().asString().startsWith("Ce n'est pas la phrase secrète");
        assertThat(Arrays.equals(Files.readAllBytes(Database.databaseFile(data)), before)).isTrue();
    }

    @Test
    void passphraseThenDecrypt_newOneOpensThenThePlainDatabaseOpensWithout() throws Exception {
        withPassphrase(passphraseFile, Locale.ENGLISH).ok("encrypt");
        CliRunner change = new CliRunner(data, Locale.ENGLISH, Map.of(PassphrasePrompt.FILE_VARIABLE,
                passphraseFile.toString(), PassphrasePrompt.NEW_FILE_VARIABLE, newPassphraseFile.toString()));

        assertThat(change.ok("passphrase")).startsWith("Changed the passphrase");
        assertThat(withPassphrase(passphraseFile, Locale.ENGLISH).orbit("contacts", "list").code()).isEqualTo(1);
        CliRunner next = withPassphrase(newPassphraseFile, Locale.ENGLISH);
        assertThat(next.ok("contacts", "list")).contains("Person1");

        assertThat(next.ok("decrypt")).startsWith("Removed the encryption");
        assertThat(Orbit.encrypted(data)).isFalse();
        assertThat(new CliRunner(data, Locale.ENGLISH).ok("contacts", "list")).contains("Person1");
    }

    @Test
    void encrypt_shortPassphrase_refusedAndNothingChanged() throws Exception {
        Path shortOne = Files.writeString(secrets.resolve("short.txt"), "abc def");

        Run r = withPassphrase(shortOne, Locale.ENGLISH).orbit("encrypt");

        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("at least 8 characters");
        assertThat(Orbit.encrypted(data)).isFalse();
    }
}
