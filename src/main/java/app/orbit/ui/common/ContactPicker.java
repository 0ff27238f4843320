package app.orbit.ui.common;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Text;
import app.orbit.service.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * A text field that suggests contacts as you type (accent- and case-insensitive), and offers to
 * create a new person from the typed name when {@code onCreate} is given.
 *
 * <p>The suggestions are a list in a popup that never takes the keyboard: the field keeps it, so
 * typing goes on in the field, Up and Down move the highlight and Enter takes the highlighted
 * line every time — also when it is pressed before the suggestions have arrived, in which case
 * it takes the first of them once they do.
 */
public final class ContactPicker extends TextField {

    private static final double AVATAR = ContactPickerViewModel.AVATAR;
    private final ContactPickerViewModel vm;
    private final Messages messages;
    private final Consumer<ContactSummary> onPick;
    private final Consumer<String> onCreate;
    private final Popup popup = new Popup();
    private final ListView<Choice> list = new ListView<>();
    private boolean enterPending;

    public ContactPicker(ContactPickerViewModel vm, Messages messages, Consumer<ContactSummary> onPick,
            Consumer<String> onCreate) {
        this.vm = vm;
        this.messages = messages;
        this.onPick = onPick;
        this.onCreate = onCreate;
        getStyleClass().add("contact-picker");
        list.setId("pickerPopup");
        list.getStyleClass().add("picker-list");
        list.setFocusTraversable(false);
        list.setCellFactory(v -> new ChoiceCell());
        list.setFixedCellSize(44);
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setAutoFix(true);
        textProperty().addListener((obs, old, now) -> suggest(now));
        vm.suggestions().addListener((obs, old, now) -> {
            if (now != null && isFocused()) {
                show(now);
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
    }

    /** Whether the suggestions are on screen (for tests and the dialog's own Enter). */
    public boolean suggesting() {
        return popup.isShowing() && !list.getItems().isEmpty();
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN, UP -> {
                if (suggesting()) {
                    int at = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    int last = list.getItems().size() - 1;
                    list.getSelectionModel().select(at < 0 ? last : at > last ? 0 : at);
                    list.scrollTo(list.getSelectionModel().getSelectedIndex());
                    e.consume();
                }
            }
            case ENTER -> {
                if (suggesting()) {
                    take(list.getSelectionModel().getSelectedItem());
                    e.consume();
                } else if (!Text.clean(getText()).isEmpty()) {
                    // Typed faster than the search answered: take the first suggestion when it comes.
                    enterPending = true;
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            default -> {
            }
        }
    }

    private void suggest(String text) {
        if (Text.clean(text).isEmpty()) {
            enterPending = false;
            popup.hide();
        }
        vm.suggest(text);
    }

    private void show(ContactPickerViewModel.Suggestions result) {
        String typed = result.query();
        List<Choice> choices = new ArrayList<>();
        for (ContactSummary c : result.people()) {
            choices.add(new Choice(c, null, result.faces().get(c.id())));
        }
        if (onCreate != null) {
            boolean exact = result.people().stream()
                    .anyMatch(c -> Text.fold(c.displayName()).equals(Text.fold(typed)));
            if (!exact) {
                choices.add(new Choice(null, typed, null));
            }
        }
        list.getItems().setAll(choices);
        if (choices.isEmpty()) {
            enterPending = false;
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(choices.size(), 7) * list.getFixedCellSize() + 4);
        list.setPrefWidth(Math.max(getWidth(), 280));
        if (enterPending) {
            enterPending = false;
            take(choices.get(0));
            return;
        }
        if (!popup.isShowing()) {
            Bounds b = localToScreen(getBoundsInLocal());
            if (b != null) {
                popup.show(this, b.getMinX(), b.getMaxY());
            }
        }
    }

    private void take(Choice choice) {
        if (choice == null) {
            return;
        }
        popup.hide();
        if (choice.person() != null) {
            onPick.accept(choice.person());
        } else {
            onCreate.accept(choice.create());
        }
        clear();
    }

    /** One line: a person found, or "create" with the typed name. */
    private record Choice(ContactSummary person, String create, Image face) {
    }

    private final class ChoiceCell extends ListCell<Choice> {

        ChoiceCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && getItem() != null) {
                    take(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Choice choice, boolean empty) {
            super.updateItem(choice, empty);
            setText(null);
            if (empty || choice == null) {
                setGraphic(null);
                return;
            }
            if (choice.person() == null) {
                Label create = new Label(messages.get("picker.create", choice.create()));
                create.getStyleClass().add("picker-create");
                setGraphic(create);
                return;
            }
            ContactSummary c = choice.person();
            Label name = new Label(c.displayName());
            name.getStyleClass().add("picker-name");
            Label org = new Label(c.organisation());
            org.getStyleClass().add("text-muted");
            VBox text = new VBox(name);
            if (!c.organisation().isEmpty()) {
                text.getChildren().add(org);
            }
            text.setAlignment(Pos.CENTER_LEFT);
            HBox row = new HBox(10, Avatar.of(c.displayName(), choice.face(), AVATAR), text);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
