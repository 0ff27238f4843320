package app.orbit.ui.backups;

import app.orbit.service.Backup;
import app.orbit.service.Messages;
import app.orbit.ui.common.Dialogs;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Backups part of the settings screen: the backups (date, kind, size), "Back up now" and "Restore…". */
public final class BackupsSection extends VBox {

    public BackupsSection(Messages messages, Dialogs dialogs, BackupsViewModel vm, ZoneId zone) {
        super(10);
        setId("backupsSection");
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(zone);

        TableView<Backup> table = new TableView<>(vm.backups());
        table.setId("backupsTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("backups.none")));
        table.setPrefHeight(220);
        TableColumn<Backup, String> date = new TableColumn<>(messages.get("backups.col.date"));
        date.setCellValueFactory(r -> new ReadOnlyStringWrapper(when.format(r.getValue().takenAt())));
        date.setPrefWidth(200);
        TableColumn<Backup, String> kind = new TableColumn<>(messages.get("backups.col.kind"));
        kind.setCellValueFactory(r -> new ReadOnlyStringWrapper(messages.of("backup.kind", r.getValue().kind())));
        kind.setPrefWidth(160);
        TableColumn<Backup, Long> size = new TableColumn<>(messages.get("backups.col.size"));
        size.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().size()));
        size.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Long bytes, boolean empty) {
                super.updateItem(bytes, empty);
                setText(empty || bytes == null ? null : size(messages, bytes));
            }
        });
        table.getColumns().setAll(java.util.List.of(date, kind, size));
        app.orbit.ui.common.Tables.keepHeadersWhole(table);

        Button now = new Button(messages.get("backups.now"), new FontIcon(Feather.SAVE));
        now.setId("backupNow");
        now.disableProperty().bind(vm.busy());
        now.setOnAction(e -> vm.backupNow());
        Button restore = new Button(messages.get("backups.restore"), new FontIcon(Feather.ROTATE_CCW));
        restore.setId("restoreBackup");
        restore.disableProperty().bind(vm.busy().or(table.getSelectionModel().selectedItemProperty().isNull()));
        restore.setOnAction(e -> {
            Backup chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null && dialogs.confirm(messages.get("backups.restore.header", when.format(chosen.takenAt())),
                    messages.get("backups.restore.text", chosen.fileName()), messages.get("backups.restore.confirm"))) {
                vm.restore(chosen);
            }
        });
        Label status = new Label();
        status.setId("backupsStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.textProperty().bind(vm.status());
        HBox buttons = new HBox(8, now, restore);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("backups.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        getChildren().addAll(hint, table, buttons, status);
        vm.load();
    }

    static String size(Messages messages, long bytes) {
        if (bytes < 1024 * 1024) {
            return messages.get("backups.size.kb", Math.max(1, Math.round(bytes / 1024.0)));
        }
        return messages.get("backups.size.mb", bytes / (1024.0 * 1024.0));
    }
}
