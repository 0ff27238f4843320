package app.orbit.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** A short notice at the bottom right of the window (an export written, a backup restored), gone after 8 s or a click. */
final class Notice extends Label {

    private final PauseTransition timer = new PauseTransition(Duration.seconds(8));

    Notice() {
        setId("fileNotice");
        getStyleClass().add("file-notice");
        setGraphic(new FontIcon(Feather.CHECK_CIRCLE));
        setWrapText(true);
        setMaxWidth(520);
        setMaxHeight(Region.USE_PREF_SIZE);
        setVisible(false);
        setOnMouseClicked(e -> setVisible(false));
        timer.setOnFinished(e -> setVisible(false));
        StackPane.setAlignment(this, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(this, new Insets(0, 24, 24, 0));
    }

    /** Shows {@code text}; nothing for an empty one. */
    void show(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        setText(text);
        setVisible(true);
        timer.playFromStart();
    }
}
