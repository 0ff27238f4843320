package app.orbit.ui.welcome;

import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** First launch on an empty database: what Orbit does, and a choice between a sample network and an empty start. */
public final class WelcomeView extends VBox {

    public WelcomeView(Messages messages, int sampleSize, Runnable loadSample, Runnable startEmpty) {
        this(messages, sampleSize, loadSample, startEmpty, null);
    }

    /** With "Encrypt with a passphrase…" under the choices when {@code encrypt} is given (first launch). */
    public WelcomeView(Messages messages, int sampleSize, Runnable loadSample, Runnable startEmpty, Runnable encrypt) {
        super(18);
        setId("welcomeView");
        setAlignment(Pos.CENTER);
        setPadding(new Insets(40));
        setMaxWidth(780);
        FontIcon logo = new FontIcon(Feather.TARGET);
        logo.setIconSize(56);
        logo.getStyleClass().add("welcome-logo");
        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add(Styles.TITLE_1);
        Label intro = new Label(messages.get("welcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-text");
        VBox ideas = new VBox(10,
                idea(Feather.CLOCK, messages.get("welcome.idea.think")),
                idea(Feather.GIFT, messages.get("welcome.idea.give")),
                idea(Feather.TARGET, messages.get("welcome.idea.ask")));
        ideas.setMaxWidth(560);
        Button sample = new Button(messages.get("welcome.sample", sampleSize), new FontIcon(Feather.USERS));
        sample.setId("loadSample");
        sample.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        sample.setOnAction(e -> {
            sample.setDisable(true);
            loadSample.run();
        });
        Button empty = new Button(messages.get("welcome.empty"));
        empty.setId("startEmpty");
        empty.getStyleClass().addAll(Styles.LARGE, Styles.BUTTON_OUTLINED);
        empty.setOnAction(e -> startEmpty.run());
        sample.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        empty.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        // Side by side when there is room, one under the other when not: in French at 1024 px the
        // two no longer fit on one line, and a row of them was cut off at the window's edge.
        javafx.scene.layout.FlowPane buttons = new javafx.scene.layout.FlowPane(12, 12, sample, empty);
        buttons.setAlignment(Pos.CENTER);
        buttons.setPrefWrapLength(700);
        Label imports = new Label(messages.get("welcome.import"));
        imports.setId("welcomeImport");
        imports.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        imports.setWrapText(true);
        Label note = new Label(messages.get("welcome.note"));
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        note.setWrapText(true);
        getChildren().addAll(logo, title, intro, ideas, buttons, imports, note);
        // Enter takes the sample at once (the focus was on the File menu, so Enter opened it).
        sceneProperty().addListener((obs, old, now) -> {
            if (now != null) {
                javafx.application.Platform.runLater(sample::requestFocus);
            }
        });
        if (encrypt != null) {
            javafx.scene.control.Hyperlink encryptLink = new javafx.scene.control.Hyperlink(
                    messages.get("welcome.encrypt"), new FontIcon(Feather.LOCK));
            encryptLink.setId("welcomeEncrypt");
            encryptLink.setOnAction(e -> encrypt.run());
            getChildren().add(encryptLink);
        }
    }

    private static HBox idea(Feather icon, String text) {
        FontIcon i = new FontIcon(icon);
        i.setIconSize(20);
        i.getStyleClass().add("welcome-idea-icon");
        Label l = new Label(text);
        l.setWrapText(true);
        HBox box = new HBox(12, i, l);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
