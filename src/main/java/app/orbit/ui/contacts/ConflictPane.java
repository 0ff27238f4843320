package app.orbit.ui.contacts;

import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The contact form's two versions side by side after a save was refused: the user's and the one
 * saved elsewhere, the fields that differ highlighted, and the three ways on.
 */
final class ConflictPane extends VBox {

    ConflictPane(Messages messages, EditConflict conflict, Runnable keepMine, Runnable takeTheirs,
                 Runnable backToEditing) {
        super(14);
        setId("conflictPane");
        Label header = new Label(messages.get("contact.conflict.header", conflict.theirs().displayName()));
        header.setId("conflictMessage");
        header.setWrapText(true);
        header.getStyleClass().add(Styles.TEXT_BOLD);

        GridPane table = new GridPane();
        table.setId("conflictTable");
        table.setHgap(16);
        table.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        table.getColumnConstraints().addAll(labels, half(), half());
        table.addRow(0, new Label(), heading(messages.get("contact.conflict.mine")),
                heading(messages.get("contact.conflict.theirs")));
        int row = 1;
        for (EditConflict.Row r : conflict.rows()) {
            Label label = new Label(messages.get(r.labelKey()));
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label mine = value(r.mine(), messages);
            Label theirs = value(r.theirs(), messages);
            if (r.differs()) {
                label.getStyleClass().add("conflict-label-differs");
                mine.getStyleClass().add("conflict-differs");
                theirs.getStyleClass().add("conflict-differs");
                String field = r.labelKey().substring(r.labelKey().lastIndexOf('.') + 1);
                mine.setId("conflictMine-" + field);
                theirs.setId("conflictTheirs-" + field);
            }
            table.addRow(row++, label, mine, theirs);
        }

        Label hint = new Label(messages.get("contact.conflict.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        Button keep = new Button(messages.get("contact.conflict.keepMine"));
        keep.setId("conflictKeepMine");
        keep.getStyleClass().add(Styles.ACCENT);
        keep.setOnAction(e -> keepMine.run());
        Button take = new Button(messages.get("contact.conflict.takeTheirs"));
        take.setId("conflictTakeTheirs");
        take.setOnAction(e -> takeTheirs.run());
        Button back = new Button(messages.get("contact.conflict.backToEditing"));
        back.setId("conflictBackToEditing");
        back.setOnAction(e -> backToEditing.run());
        HBox buttons = new HBox(8, keep, take, back);
        buttons.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(header, table, hint, buttons);
    }

    private static ColumnConstraints half() {
        ColumnConstraints c = new ColumnConstraints(150, 300, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("conflict-heading");
        return l;
    }

    /** A field's text; an empty one (only in a row that differs) says so, rather than showing a blank box. */
    private static Label value(String text, Messages messages) {
        Label l = new Label(text.isEmpty() ? messages.get("contact.conflict.empty") : text);
        if (text.isEmpty()) {
            l.getStyleClass().add(Styles.TEXT_MUTED);
        }
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
