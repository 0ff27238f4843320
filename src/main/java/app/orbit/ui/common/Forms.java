package app.orbit.ui.common;

import atlantafx.base.theme.Styles;
import java.util.Map;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Small helpers shared by the forms: marking the field at fault, removable chips. */
public final class Forms {

    private Forms() {
    }

    /** Marks the control of the field named by {@code errorField} as in error, and unmarks the others. */
    public static void markErrors(ObservableStringValue errorField, Map<String, Node> fields) {
        errorField.addListener((obs, old, now) -> fields.forEach((name, node) ->
                node.pseudoClassStateChanged(Styles.STATE_DANGER, name.equals(now))));
    }

    /**
     * Marks every field whose error is shown, and shows a field's error once the user leaves it
     * after editing it (not while typing in it, not for a field only passed through, nor when
     * something else reveals it).
     */
    public static void markErrors(FormState form, Map<String, Node> fields) {
        fields.forEach((name, node) -> {
            // Edited: typed in or clicked in since it got the focus; merely passing through does not count.
            boolean[] edited = {false};
            node.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
                if (!e.getCharacter().isEmpty() && e.getCharacter().charAt(0) >= ' ') {
                    edited[0] = true;
                }
            });
            node.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_RELEASED, e -> edited[0] = true);
            node.focusWithinProperty().addListener((obs, was, now) -> {
                if (was && !now && edited[0]) {
                    form.visit(name);
                }
            });
        });
        javafx.beans.InvalidationListener mark = x -> fields.forEach((name, node) ->
                node.pseudoClassStateChanged(Styles.STATE_DANGER, form.errors().containsKey(name) && form.shows(name)));
        for (javafx.beans.Observable o : form.shownState()) {
            o.addListener(mark);
        }
    }

    /** A chip with a name and a small button that removes it. */
    public static Button removableChip(String text, String removeLabel, Runnable onRemove) {
        Button chip = new Button(text, new FontIcon(Feather.X));
        chip.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        chip.getStyleClass().addAll("chip", "chip-person", Styles.SMALL);
        chip.setAccessibleHelp(removeLabel);
        chip.setOnAction(e -> onRemove.run());
        return chip;
    }

    /**
     * Gives a form dialog its Save and Cancel buttons. Save stays enabled (but while saving): pressed
     * on a form with errors, it shows them all and puts the focus on the first field at fault;
     * else it saves in the background and closes the dialog once the save succeeded (a failure
     * stays in the form). Closing a form the user typed in asks first.
     */
    public static <T> void saveAndCancel(javafx.scene.control.Dialog<T> dialog, app.orbit.service.Messages messages,
            String saveId, FormState form, Map<String, Node> fields,
            java.util.function.Consumer<java.util.function.Consumer<T>> save, java.util.function.Consumer<T> onSaved) {
        javafx.scene.control.ButtonType saveType = new javafx.scene.control.ButtonType(messages.get("button.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, javafx.scene.control.ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(messages.get("button.cancel"));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        saveButton.disableProperty().bind(form.saving());
        boolean[] saved = {false};
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            if (!form.valid().get()) {
                form.submit();
                Node first = focusable(fields.get(form.errorField().get()));
                if (first != null) {
                    first.requestFocus();
                }
                return;
            }
            save.accept(result -> {
                saved[0] = true;
                dialog.setResult(result);
                dialog.close();
                onSaved.accept(result);
            });
        });
        // Asked while the window is there (Cancel, Escape, the close button); a dialog closed because
        // the window went away is not held open. The question does not block: the dialog closes on "Drop it".
        boolean[] dropped = {false};
        javafx.scene.control.Alert[] asking = {null};
        dialog.setOnCloseRequest(e -> {
            javafx.stage.Window owner = dialog.getOwner();
            if (saved[0] || dropped[0] || !form.touched().get() || owner == null || !owner.isShowing()) {
                return;
            }
            e.consume();
            if (asking[0] == null) {
                asking[0] = confirmDiscard(dialog, messages, () -> {
                    dropped[0] = true;
                    dialog.close();
                });
                asking[0].setOnHidden(x -> asking[0] = null);
            }
        });
        growWithContent(dialog);
    }

    /**
     * Save and Cancel for a form whose Save is enabled only while the form is valid (the one-to-many
     * log, whose reach is shown beside it); no question on closing.
     */
    public static <T> void saveAndCancel(javafx.scene.control.Dialog<T> dialog, app.orbit.service.Messages messages,
            String saveId, javafx.beans.value.ObservableBooleanValue valid,
            javafx.beans.value.ObservableBooleanValue saving,
            java.util.function.Consumer<java.util.function.Consumer<T>> save, java.util.function.Consumer<T> onSaved) {
        javafx.scene.control.ButtonType saveType = new javafx.scene.control.ButtonType(messages.get("button.save"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(saveType, javafx.scene.control.ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.CANCEL))
                .setText(messages.get("button.cancel"));
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(saveType);
        saveButton.setId(saveId);
        saveButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !valid.get() || saving.get(), valid, saving));
        saveButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume();
            save.accept(saved -> {
                dialog.setResult(saved);
                dialog.close();
                onSaved.accept(saved);
            });
        });
        growWithContent(dialog);
    }

    /** {@code node} or the first control inside it the user can focus (a row of check boxes, say), or null. */
    private static Node focusable(Node node) {
        if (node == null || node.isDisabled() || !node.isVisible()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = focusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Asks whether to drop what was typed in {@code dialog}; runs {@code drop} when the user agrees. */
    private static javafx.scene.control.Alert confirmDiscard(javafx.scene.control.Dialog<?> dialog,
            app.orbit.service.Messages messages, Runnable drop) {
        javafx.scene.control.ButtonType yes = new javafx.scene.control.ButtonType(messages.get("form.discard.drop"),
                javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        javafx.scene.control.ButtonType keep = new javafx.scene.control.ButtonType(messages.get("form.discard.keep"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE);
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                javafx.scene.control.Alert.AlertType.CONFIRMATION, messages.get("form.discard.text"), yes, keep);
        alert.setTitle(messages.get("app.name"));
        alert.setHeaderText(messages.get("form.discard.header"));
        alert.initOwner(dialog.getDialogPane().getScene().getWindow());
        alert.initModality(javafx.stage.Modality.WINDOW_MODAL);
        alert.getDialogPane().setId("discardDialog");
        alert.resultProperty().addListener((obs, old, now) -> {
            if (now == yes) {
                javafx.application.Platform.runLater(drop);
            }
        });
        alert.show();
        return alert;
    }

    /**
     * A dialog grows taller when its content does (an error appears, a row is revealed), so its
     * buttons are never pushed out of sight; it never shrinks what the user made larger. The
     * window is resized after the layout pass that changed the content (resizing from within the
     * pass is not honoured by every window manager).
     */
    static void growWithContent(javafx.scene.control.Dialog<?> dialog) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        boolean[] queued = {false};
        Runnable grow = () -> {
            queued[0] = false;
            if (pane.getScene() == null || pane.getScene().getWindow() == null
                    || !pane.getScene().getWindow().isShowing()) {
                return;
            }
            javafx.stage.Window window = pane.getScene().getWindow();
            double missing = pane.prefHeight(pane.getWidth()) - pane.getScene().getHeight();
            if (missing > 1) {
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(window.getX(),
                        window.getY(), window.getWidth(), window.getHeight()).stream().findFirst()
                        .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
                // sizeToScene, not setHeight: under GTK and a window manager, a height set on a shown
                // dialog was taken by JavaFX but not by the window, which then cut Cancel and Save.
                double width = window.getWidth();
                window.sizeToScene();
                if (window.getWidth() < width) {
                    window.setWidth(width);
                }
                if (window.getHeight() > screen.getHeight()) {
                    window.setHeight(screen.getHeight());
                }
                if (window.getY() + window.getHeight() > screen.getMaxY()) {
                    window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
                }
            }
        };
        Runnable check = () -> {
            if (!queued[0] && pane.getScene() != null && pane.getScene().getWindow() != null
                    && pane.getScene().getWindow().isShowing()
                    && pane.prefHeight(pane.getWidth()) - pane.getScene().getHeight() > 1) {
                queued[0] = true;
                javafx.application.Platform.runLater(grow);
            }
        };
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN,
                e -> pane.getScene().addPostLayoutPulseListener(check));
    }

    /** Shows enum constants by their translated names ({@code prefix.CONSTANT}). */
    public static <E extends Enum<E>> javafx.util.StringConverter<E> enumConverter(app.orbit.service.Messages messages,
            String prefix) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : messages.of(prefix, e);
            }

            @Override
            public E fromString(String s) {
                throw new UnsupportedOperationException("choices are not typed in");
            }
        };
    }

    /** The form's error, shown once the user has changed something (a fresh form does not scold). */
    public static Label errorLabel(ObservableStringValue error, javafx.beans.value.ObservableBooleanValue touched) {
        Label label = new Label();
        label.textProperty().bind(javafx.beans.binding.Bindings.when(touched).then(error).otherwise(""));
        return styleError(label);
    }

    /** The errors the form shows now: those of the fields left, all of them once Save was tried. */
    public static Label errorLabel(FormState form) {
        Label label = new Label();
        label.textProperty().bind(form.shown());
        return styleError(label);
    }

    private static Label styleError(Label label) {
        label.getStyleClass().addAll(Styles.DANGER, "form-error");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }

    /** A date field bound to {@code value} where days after {@code today} cannot be picked (a touch is never in the future). */
    public static javafx.scene.control.DatePicker pastDatePicker(String id,
            javafx.beans.property.ObjectProperty<java.time.LocalDate> value, java.time.LocalDate today) {
        javafx.scene.control.DatePicker date = new javafx.scene.control.DatePicker();
        date.setId(id);
        date.valueProperty().bindBidirectional(value);
        date.setDayCellFactory(p -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(java.time.LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(today));
            }
        });
        return date;
    }

    /** A choice of interaction kinds, in the user's words, bound to {@code value}. */
    public static javafx.scene.control.ComboBox<app.orbit.domain.InteractionKind> kindChoice(String id,
            app.orbit.service.Messages messages,
            javafx.beans.property.ObjectProperty<app.orbit.domain.InteractionKind> value) {
        javafx.scene.control.ComboBox<app.orbit.domain.InteractionKind> kind = new javafx.scene.control.ComboBox<>(
                javafx.collections.FXCollections.observableArrayList(app.orbit.domain.InteractionKind.values()));
        kind.setId(id);
        kind.setConverter(enumConverter(messages, "kind"));
        kind.valueProperty().bindBidirectional(value);
        return kind;
    }

    /**
     * Tab leaves the text area for the next field (Shift+Tab for the one before) instead of typing
     * a tab, as in every other field: a form is filled from the keyboard in reading order. The
     * text area's own binding moves the focus on Ctrl+Tab, so the key is handed on as that.
     */
    public static void tabLeaves(javafx.scene.control.TextArea area) {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.TAB && !e.isControlDown() && !e.isAltDown()
                    && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new javafx.scene.input.KeyEvent(e.getSource(), e.getTarget(), e.getEventType(),
                        e.getCharacter(), e.getText(), e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
    }
}
