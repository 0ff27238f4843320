package app.orbit.ui.settings;

import app.orbit.domain.CalendarSource;
import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Calendars part of the settings screen: the calendars Orbit reads meetings from (a secret
 * address shown masked), "Add a file…", "Add an address…" (typed in a password field: it is a
 * secret), and remove.
 */
public final class CalendarSection extends VBox {

    public CalendarSection(Messages messages, CalendarSourcesViewModel vm, Supplier<Window> owner) {
        super(10);
        setId("calendarSection");
        Label hint = new Label(messages.get("calendar.settings.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        ListView<CalendarSource> list = new ListView<>(vm.sources());
        list.setId("calendarSources");
        list.setPrefHeight(120);
        list.setPlaceholder(new Label(messages.get("calendar.settings.none")));
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CalendarSource s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                if (empty || s == null) {
                    setGraphic(null);
                    return;
                }
                Label where = new Label(s.shown(), new FontIcon(s.isAddress() ? Feather.LINK : Feather.FILE));
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                Button remove = new Button(messages.get("calendar.settings.remove"), new FontIcon(Feather.TRASH_2));
                remove.setId("removeCalendar-" + s.id());
                remove.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
                remove.setOnAction(e -> vm.remove(s));
                HBox row = new HBox(8, where, gap, remove);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });
        // Outlook's exports do not say whose calendar they are: the user's address tells their own replies apart.
        TextField me = new TextField();
        me.setId("calendarMe");
        me.setPromptText(messages.get("calendar.settings.me.prompt"));
        Label meLabel = new Label(messages.get("calendar.settings.me"));
        meLabel.setLabelFor(me);
        meLabel.setWrapText(true);
        HBox.setHgrow(me, Priority.ALWAYS);
        HBox meRow = new HBox(8, meLabel, me);
        meRow.setAlignment(Pos.CENTER_LEFT);
        Button file = new Button(messages.get("calendar.settings.addFile"), new FontIcon(Feather.FILE_PLUS));
        file.setId("addCalendarFile");
        file.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(messages.get("calendar.settings.addFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("calendar.settings.filter"),
                    "*.ics", "*.ical", "*.ifb", "*.icalendar"));
            File chosen = chooser.showOpenDialog(owner.get());
            if (chosen != null) {
                vm.add(chosen.getAbsolutePath(), me.getText());
            }
        });
        Button address = new Button(messages.get("calendar.settings.addAddress"), new FontIcon(Feather.LINK));
        address.setId("addCalendarAddress");
        address.setOnAction(e -> askAddress(messages, owner.get()).ifPresent(a -> vm.add(a, me.getText())));
        Label error = new Label();
        error.setId("calendarError");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        error.textProperty().bind(vm.error());
        HBox buttons = new HBox(8, file, address);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(hint, list, meRow, buttons, error);
        vm.load();
    }

    private static java.util.Optional<String> askAddress(Messages messages, Window owner) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("calendar.settings.addAddress"));
        dialog.setHeaderText(messages.get("calendar.settings.address.header"));
        PasswordField field = new PasswordField();
        field.setId("calendarAddress");
        field.setPromptText("https://… / webcal://…");
        field.setPrefColumnCount(40);
        dialog.getDialogPane().setContent(field);
        ButtonType add = new ButtonType(messages.get("calendar.settings.add"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(add, cancel);
        dialog.getDialogPane().lookupButton(add).disableProperty().bind(field.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == add ? field.getText() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        return dialog.showAndWait().filter(s -> !s.isBlank());
    }
}
