package app.orbit.ui.settings;

import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The Shared database part of the settings screen: where this network is (this computer's folder,
 * or a server, masked), and the server address to open on at the next starts, or none.
 */
public final class SharedDatabaseSection extends VBox {

    public SharedDatabaseSection(Messages messages, SharedDatabaseViewModel vm) {
        super(10);
        setId("sharedDatabaseSection");
        Label where = new Label();
        where.setId("sharedWhere");
        where.setWrapText(true);
        where.textProperty().bind(vm.where());

        Label label = new Label(messages.get("shared.address"));
        TextField address = new TextField();
        address.setId("sharedAddress");
        address.setPromptText("postgresql://ana@db.example.org:5432/orbit");
        address.textProperty().bindBidirectional(vm.address());
        address.setOnAction(e -> vm.save());
        label.setLabelFor(address);
        HBox.setHgrow(address, Priority.ALWAYS);
        HBox field = new HBox(12, label, address);
        field.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(messages.get("shared.save"));
        save.setId("saveSharedAddress");
        save.setOnAction(e -> vm.save());
        Button clear = new Button(messages.get("shared.clear"));
        clear.setId("clearSharedAddress");
        clear.setOnAction(e -> vm.clear());
        HBox buttons = new HBox(8, save, clear);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("sharedStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status());

        Label hint = new Label(messages.get("shared.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);

        getChildren().addAll(where, field, buttons, status, hint);
        vm.load();
    }
}
