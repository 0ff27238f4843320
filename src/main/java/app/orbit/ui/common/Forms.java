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
     * Gives a form dialog its Save and Cancel buttons. Save is enabled while the form is valid and
     * not saving; it saves in the background and closes the dialog only once the save succeeded
     * (a failure stays in the form).
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

    /**
     * A dialog grows taller when its content does (an error appears, a row is revealed), so its
     * buttons are never pushed out of sight; it never shrinks what the user made larger.
     */
    static void growWithContent(javafx.scene.control.Dialog<?> dialog) {
        javafx.scene.control.DialogPane pane = dialog.getDialogPane();
        // After each layout pulse: the pane's own size does not change when its content wants more.
        Runnable check = () -> {
            if (pane.getScene() == null || pane.getScene().getWindow() == null
                    || !pane.getScene().getWindow().isShowing()) {
                return;
            }
            double missing = pane.prefHeight(pane.getWidth()) - pane.getScene().getHeight();
            if (missing > 1) {
                javafx.stage.Window window = pane.getScene().getWindow();
                javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(window.getX(),
                        window.getY(), window.getWidth(), window.getHeight()).stream().findFirst()
                        .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
                window.setHeight(Math.min(window.getHeight() + missing, screen.getHeight()));
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
        label.getStyleClass().addAll(Styles.DANGER, "form-error");
        label.setWrapText(true);
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
}
