package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.store.Database;
import java.nio.file.Files;
import java.util.Arrays;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;

/** An encrypted Orbit at start-up: the passphrase dialog, a wrong passphrase said in it, the right one opens. */
class EncryptionJourneyTest extends OrbitUiTest {

    private static final String PASSPHRASE = "ma phrase très secrète";
    private byte[] encrypted;

    @Override
    void prepare(Orbit orbit) {
        orbit.contacts().create(person("Hélène", "Garnier").notes("met at the conference").build());
    }

    @Override
    void prepareFiles() throws Exception {
        Orbit.encrypt(dataDir, PASSPHRASE.toCharArray());
        encrypted = Files.readAllBytes(Database.databaseFile(dataDir));
    }

    @Test
    void start_encrypted_asksThePassphrase_refusesAWrongOne_opensWithTheRightOne() throws Exception {
        await(() -> showing("#passphraseDialog"));
        assertThat(app.orbit()).as("nothing opened before the passphrase").isNull();

        clickOn("#passphraseCurrent").write("not the passphrase");
        clickOn("#passphraseOk");
        await(() -> !text("#passphraseProblem").isEmpty());

        assertThat(text("#passphraseProblem")).startsWith("That is not the passphrase");
        assertThat(showing("#passphraseDialog")).isTrue();
        assertThat(Arrays.equals(Files.readAllBytes(Database.databaseFile(dataDir)), encrypted))
                .as("the encrypted file untouched by the wrong passphrase").isTrue();

        interact(() -> ((PasswordField) lookup("#passphraseCurrent").query()).setText(PASSPHRASE));
        clickOn("#passphraseOk");

        await(() -> orbit() != null && showing("#weekView"));
        assertThat(orbit().encrypted()).isTrue();
        assertThat(orbit().contacts().count()).isEqualTo(1);
        clickOn("#navSettings");
        await(() -> showing("#encryptionState"));
        assertThat(text("#encryptionState")).startsWith("Your data is encrypted");
        assertThat(showing("#changePassphrase")).isTrue();
    }
}
