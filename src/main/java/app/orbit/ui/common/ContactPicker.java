package app.orbit.ui.common;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.Text;
import app.orbit.service.ContactService;
import app.orbit.service.Messages;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;

/**
 * A text field that suggests contacts as you type (accent- and case-insensitive), and offers to
 * create a new person from the typed name when {@code onCreate} is given.
 */
public final class ContactPicker extends TextField {

    private static final int SUGGESTIONS = 8;
    private static final double AVATAR = 28;
    private final ContactService contacts;
    private final Background background;
    private final Messages messages;
    private final Consumer<ContactSummary> onPick;
    private final Consumer<String> onCreate;
    private final ContextMenu popup = new ContextMenu();
    private long seq;

    public ContactPicker(ContactService contacts, Background background, Messages messages,
            Consumer<ContactSummary> onPick, Consumer<String> onCreate) {
        this.contacts = contacts;
        this.background = background;
        this.messages = messages;
        this.onPick = onPick;
        this.onCreate = onCreate;
        popup.setId("pickerPopup");
        textProperty().addListener((obs, old, now) -> suggest(now));
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && popup.isShowing() && !popup.getItems().isEmpty()) {
                popup.getItems().get(0).fire();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                popup.hide();
            }
        });
    }

    private void suggest(String text) {
        long mine = ++seq;
        String q = Text.clean(text);
        if (q.isEmpty()) {
            popup.hide();
            return;
        }
        background.run(() -> {
            List<ContactSummary> found = contacts.search(q, false, SUGGESTIONS);
            return new Found(found, Avatar.decode(contacts.photos(found.stream().map(ContactSummary::id).toList()),
                    AVATAR));
        }, found -> {
            if (mine == seq && isFocused()) {
                show(q, found);
            }
        });
    }

    private void show(String typed, Found result) {
        List<ContactSummary> found = result.people();
        popup.getItems().clear();
        for (ContactSummary c : found) {
            Label name = new Label(c.displayName());
            name.getStyleClass().add("picker-name");
            Label org = new Label(c.organisation());
            org.getStyleClass().add("text-muted");
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(10,
                    Avatar.of(c.displayName(), result.faces().get(c.id()), AVATAR), new VBox(name, org));
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            CustomMenuItem item = new CustomMenuItem(row, true);
            item.setOnAction(e -> pick(c));
            popup.getItems().add(item);
        }
        if (onCreate != null) {
            boolean exact = found.stream().anyMatch(c -> Text.fold(c.displayName()).equals(Text.fold(typed)));
            if (!exact) {
                Label create = new Label(messages.get("picker.create", typed));
                create.getStyleClass().add("picker-create");
                CustomMenuItem item = new CustomMenuItem(create, true);
                item.setOnAction(e -> {
                    onCreate.accept(typed);
                    clear();
                });
                popup.getItems().add(item);
            }
        }
        if (popup.getItems().isEmpty()) {
            popup.hide();
        } else if (!popup.isShowing()) {
            popup.show(this, Side.BOTTOM, 0, 0);
        }
    }

    private void pick(ContactSummary c) {
        onPick.accept(c);
        clear();
        popup.hide();
    }

    /** The people found, and the faces of those who have a picture. */
    private record Found(List<ContactSummary> people, java.util.Map<Long, javafx.scene.image.Image> faces) {
    }
}
