package app.orbit.ui.settings;

import app.orbit.service.Messages;
import app.orbit.ui.common.Dialogs;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import java.util.function.Supplier;

/**
 * The Encryption part of the settings screen: whether the data is encrypted on this computer,
 * and "Encrypt my data…", or "Change passphrase…" and "Remove encryption…".
 */
public final class EncryptionSection extends VBox {

    public EncryptionSection(Messages messages, Dialogs dialogs, Encryptor encryptor, Supplier<Window> owner) {
        super(10);
        setId("encryptionSection");
        boolean encrypted = encryptor.encrypted();
        Label state = new Label(messages.get(encrypted ? "encryption.state.on" : "encryption.state.off"));
        state.setId("encryptionState");
        state.setWrapText(true);
        Label keychain = new Label(messages.get("encryption.noKeychain"));
        keychain.getStyleClass().add(Styles.TEXT_MUTED);
        keychain.setWrapText(true);
        HBox buttons = new HBox(8);
        buttons.setAlignment(Pos.CENTER_LEFT);
        if (encrypted) {
            Button change = new Button(messages.get("encryption.change"));
            change.setId("changePassphrase");
            change.setOnAction(e -> open(messages, PassphraseDialog.Purpose.CHANGE, owner.get(),
                    (cur, next, refuse, accept) -> encryptor.changePassphrase(cur, next,
                            ex -> refuse.accept(dialogs.describe(ex)), accept)));
            Button remove = new Button(messages.get("encryption.remove"));
            remove.setId("removeEncryption");
            remove.setOnAction(e -> open(messages, PassphraseDialog.Purpose.DECRYPT, owner.get(),
                    (cur, next, refuse, accept) -> encryptor.decrypt(cur, ex -> refuse.accept(dialogs.describe(ex)),
                            accept)));
            buttons.getChildren().addAll(change, remove);
        } else {
            Button encrypt = new Button(messages.get("encryption.encrypt"));
            encrypt.setId("encryptData");
            encrypt.getStyleClass().add(Styles.ACCENT);
            encrypt.setOnAction(e -> askToEncrypt(messages, dialogs, encryptor, owner.get()));
            buttons.getChildren().add(encrypt);
        }
        getChildren().addAll(state, buttons, keychain);
    }

    /** Asks a new passphrase and encrypts with it (Settings, and the welcome screen at first launch). */
    public static void askToEncrypt(Messages messages, Dialogs dialogs, Encryptor encryptor, Window owner) {
        open(messages, PassphraseDialog.Purpose.ENCRYPT, owner, (cur, next, refuse, accept) -> encryptor.encrypt(next,
                ex -> refuse.accept(dialogs.describe(ex)), accept));
    }

    private static void open(Messages messages, PassphraseDialog.Purpose purpose, Window owner,
                             PassphraseDialog.Submit submit) {
        new PassphraseDialog(messages, purpose, owner, submit).show();
    }
}
