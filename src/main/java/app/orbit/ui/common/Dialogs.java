package app.orbit.ui.common;

import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Error and confirmation dialogs: a clear sentence for the user, the details once in the log, never a stack trace. */
public final class Dialogs {

    private static final Logger LOG = LoggerFactory.getLogger(Dialogs.class);
    private final Messages messages;
    private final Path logDirectory;
    private Window owner;

    public Dialogs(Messages messages, Path logDirectory) {
        this.messages = messages;
        this.logDirectory = logDirectory;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** The sentence a user sees for a failure. Logs it (once) as it goes. */
    public String describe(Throwable e) {
        if (e instanceof OrbitException oe) {
            if (oe.key().endsWith("damagedNow") || oe.key().equals("error.diskFull")) {
                // The store logged the detail without H2's messages, which may quote the user's text.
                LOG.warn("Shown: {}", oe.key());
            } else if (oe.getCause() != null) {
                LOG.warn("{}", oe.key(), oe.getCause());
            } else {
                LOG.info("Refused: {}", oe.key());
            }
            return messages.describe(oe);
        }
        LOG.error("Unexpected failure", e);
        return messages.get("error.unexpected", logDirectory);
    }

    public void showError(Throwable e) {
        String text = describe(e);
        Alert alert = new Alert(Alert.AlertType.ERROR, text, ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("dialog.error.header"));
        alert.initOwner(owner);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    /** Tells something the user should know before going on (Orbit opened read-only, say); not an error. */
    public void showNotice(OrbitException notice) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, messages.describe(notice), ButtonType.OK);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(null);
        alert.initOwner(owner);
        alert.getDialogPane().setId("noticeDialog");
        alert.show();
    }

    /** Asks before something that cannot be undone; true when the user confirmed. */
    public boolean confirm(String header, String text, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(header);
        alert.initOwner(owner);
        alert.getDialogPane().setId("confirmDialog");
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == yes;
    }
}
