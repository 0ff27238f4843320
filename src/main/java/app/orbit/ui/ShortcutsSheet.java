package app.orbit.ui;

import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/** The keyboard shortcuts, in a sheet (F1). */
final class ShortcutsSheet extends Dialog<Void> {

    private static final String[][] ROWS = {
        {"Ctrl+L", "shortcuts.log"}, {"Ctrl+Shift+L", "shortcuts.broadcast"}, {"Ctrl+N", "shortcuts.newContact"},
        {"Ctrl+F", "shortcuts.search"}, {"Ctrl+1 … Ctrl+5", "shortcuts.screens"}, {"Ctrl+Z", "shortcuts.undo"},
        {"\u2191 \u2193  Enter", "shortcuts.picker"}, {"Esc", "shortcuts.close"}, {"F1", "shortcuts.help"}};

    ShortcutsSheet(Window owner, Messages messages) {
        GridPane sheet = new GridPane();
        sheet.setId("shortcutsSheet");
        sheet.setHgap(24);
        sheet.setVgap(8);
        for (int i = 0; i < ROWS.length; i++) {
            Label keys = new Label(ROWS[i][0]);
            keys.getStyleClass().addAll(Styles.TEXT_BOLD, "shortcut-keys");
            keys.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(messages.get(ROWS[i][1]));
            what.setWrapText(true);
            sheet.addRow(i, keys, what);
        }
        initOwner(owner);
        setTitle(messages.get("shortcuts.title"));
        setHeaderText(messages.get("shortcuts.title"));
        getDialogPane().setContent(sheet);
        getDialogPane().getButtonTypes().add(new ButtonType(messages.get("button.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
    }
}
