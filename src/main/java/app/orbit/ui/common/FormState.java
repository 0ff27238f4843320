package app.orbit.ui.common;

import app.orbit.domain.ValidationException;
import app.orbit.service.Messages;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The validation state every form's view model shares: the message of the first rule broken,
 * the field at fault, whether the form is valid, being saved, or touched by the user yet.
 */
public final class FormState {

    private final Messages messages;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper errorField = new ReadOnlyStringWrapper("");
    private final BooleanProperty valid = new SimpleBooleanProperty(false);
    private final BooleanProperty saving = new SimpleBooleanProperty(false);
    private final BooleanProperty touched = new SimpleBooleanProperty(false);

    public FormState(Messages messages) {
        this.messages = messages;
    }

    /** Re-checks the form whenever one of the fields changes, and marks it touched. */
    public void watch(Runnable check, Observable... fields) {
        for (Observable o : fields) {
            o.addListener(x -> {
                touched.set(true);
                check.run();
            });
        }
        check.run();
    }

    /** Runs the form's checks: clears the error when they pass, else shows the first one broken. */
    public void check(Runnable checks) {
        try {
            checks.run();
            error.set("");
            errorField.set("");
            valid.set(true);
        } catch (ValidationException e) {
            error.set(messages.describe(e));
            errorField.set(e.field());
            valid.set(false);
        }
    }

    /** Saving failed: show why, in the form. */
    public void failed(String message) {
        saving.set(false);
        touched.set(true);
        error.set(message);
        valid.set(false);
    }

    public ReadOnlyStringProperty error() {
        return error.getReadOnlyProperty();
    }

    /** The field at fault (as named in ValidationException.field()), or empty. */
    public ReadOnlyStringProperty errorField() {
        return errorField.getReadOnlyProperty();
    }

    public BooleanProperty valid() {
        return valid;
    }

    public BooleanProperty saving() {
        return saving;
    }

    /** Whether the user has changed anything since the form opened. */
    public BooleanProperty touched() {
        return touched;
    }
}
