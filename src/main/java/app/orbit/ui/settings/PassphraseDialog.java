package app.orbit.ui.settings;

import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import java.util.Arrays;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks for passphrases: the current one to open an encrypted database or to remove its
 * encryption, a new one typed twice to encrypt, both to change it. The dialog stays open while
 * the passphrases are checked (off the JavaFX thread), and shows why when they are refused.
 */
public final class PassphraseDialog {

    /** What the passphrases are for. */
    public enum Purpose { UNLOCK, ENCRYPT, CHANGE, DECRYPT }

    /** Receives the passphrases; calls {@code refuse} with a message, or {@code accept}, on the JavaFX thread. */
    @FunctionalInterface
    public interface Submit {
        void submit(char[] current, char[] next, java.util.function.Consumer<String> refuse, Runnable accept);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label problem = new Label();

    public PassphraseDialog(Messages messages, Purpose purpose, Window owner, Submit submit) {
        boolean asksCurrent = purpose != Purpose.ENCRYPT;
        boolean asksNew = purpose == Purpose.ENCRYPT || purpose == Purpose.CHANGE;
        String key = "passphrase." + purpose.name().toLowerCase(java.util.Locale.ROOT);
        dialog.setTitle(messages.get("app.name"));
        dialog.setHeaderText(messages.get(key + ".header"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        ButtonType ok = new ButtonType(messages.get(key + ".ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get(purpose == Purpose.UNLOCK ? "passphrase.quit" : "button.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().setId("passphraseDialog");

        PasswordField current = field("passphraseCurrent");
        PasswordField next = field("passphraseNew");
        PasswordField again = field("passphraseAgain");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        int row = 0;
        if (asksCurrent) {
            grid.addRow(row++, new Label(messages.get("passphrase.current")), current);
        }
        if (asksNew) {
            grid.addRow(row++, new Label(messages.get("passphrase.new")), next);
            grid.addRow(row, new Label(messages.get("passphrase.again")), again);
        }
        Label text = new Label(messages.get(key + ".text"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        problem.setId("passphraseProblem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        Label working = new Label(messages.get(purpose == Purpose.UNLOCK ? "passphrase.opening" : "passphrase.working"));
        working.getStyleClass().add(Styles.TEXT_MUTED);
        working.setVisible(false);
        dialog.getDialogPane().setContent(new VBox(12, text, grid, problem, working));

        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("passphraseOk");
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            // Stays open: closes only once the passphrases are accepted.
            e.consume();
            char[] cur = asksCurrent ? chars(current) : new char[0];
            char[] nxt = asksNew ? chars(next) : null;
            if (asksNew) {
                char[] twice = chars(again);
                boolean same = Arrays.equals(nxt, twice);
                Arrays.fill(twice, '\0');
                if (!same) {
                    problem.setText(messages.get("passphrase.mismatch"));
                    return;
                }
            }
            problem.setText("");
            okButton.setDisable(true);
            working.setVisible(true);
            submit.submit(cur, nxt, message -> {
                problem.setText(message);
                okButton.setDisable(false);
                working.setVisible(false);
                (asksCurrent ? current : next).requestFocus();
                (asksCurrent ? current : next).selectAll();
            }, () -> {
                current.clear();
                next.clear();
                again.clear();
                dialog.setResult(ok);
                dialog.close();
            });
        });
        dialog.setOnShown(e -> (asksCurrent ? current : next).requestFocus());
    }

    private static PasswordField field(String id) {
        PasswordField f = new PasswordField();
        f.setId(id);
        f.setPrefColumnCount(24);
        return f;
    }

    private static char[] chars(PasswordField field) {
        CharSequence text = field.getCharacters();
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = text.charAt(i);
        }
        return out;
    }

    /** Called when the dialog is cancelled or closed without being accepted. */
    public void onCancelled(Runnable action) {
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == null || dialog.getResult().getButtonData() != ButtonBar.ButtonData.OK_DONE) {
                action.run();
            }
        });
    }

    public void show() {
        dialog.show();
    }
}
