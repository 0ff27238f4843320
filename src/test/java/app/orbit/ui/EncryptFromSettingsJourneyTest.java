package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import javafx.scene.control.PasswordField;
import org.junit.jupiter.api.Test;

/** Settings > Encryption > Encrypt my data…: two different passphrases said in the dialog, then encrypted. */
class EncryptFromSettingsJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.contacts().create(person("Hélène", "Garnier").build());
    }

    private void type(String id, String text) {
        interact(() -> ((PasswordField) lookup(id).query()).setText(text));
    }

    @Test
    void encrypt_fromSettings_refusesTwoDifferentPassphrases_thenEncryptsAndReopens() {
        await(() -> showing("#weekView"));
        clickOn("#navSettings");
        await(() -> showing("#encryptionState"));
        assertThat(text("#encryptionState")).startsWith("Your data is not encrypted");
        reveal("#encryptData");
        clickOn("#encryptData");
        await(() -> showing("#passphraseDialog"));

        type("#passphraseNew", "ma phrase très secrète");
        type("#passphraseAgain", "ma phrase tres secrete");
        clickOn("#passphraseOk");
        assertThat(text("#passphraseProblem")).isEqualTo("The two new passphrases differ.");
        type("#passphraseAgain", "ma phrase très secrète");
        clickOn("#passphraseOk");

        await(() -> orbit() != null && orbit().encrypted() && showing("#encryptionState"));
        assertThat(Orbit.encrypted(dataDir)).isTrue();
        assertThat(text("#encryptionState")).startsWith("Your data is encrypted");
        assertThat(orbit().contacts().count()).isEqualTo(1);
        assertThat(text("#fileNotice")).startsWith("Your data is encrypted");
    }
}
