package app.orbit.ui.asks;

import app.orbit.service.Messages;
import app.orbit.ui.common.Forms;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** My asks: what I am looking for, said precisely; composed and scored live as I type. */
public final class AsksView extends BorderPane {

    public AsksView(Messages messages, AsksViewModel vm) {
        setId("asksView");
        Label title = new Label(messages.get("nav.asks"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(messages.get("asks.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox top = new VBox(6, title, intro);
        top.setPadding(new Insets(20, 24, 12, 24));
        setTop(top);

        AskParts.AskList left = new AskParts.AskList(messages, vm);
        Label error = Forms.errorLabel(vm.error(), new javafx.beans.property.SimpleBooleanProperty(true));
        VBox editor = new VBox(16, new AskParts.AskForm(messages, vm), error, new AskParts.AskPreview(messages, vm),
                new AskParts.AskButtons(messages, vm));
        editor.setPadding(new Insets(0, 0, 0, 8));
        ScrollPane scroll = new ScrollPane(editor);
        scroll.setFitToWidth(true);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        HBox body = new HBox(16, left, scroll);
        body.setPadding(new Insets(0, 24, 24, 24));
        setCenter(body);
        vm.load();
    }
}
