package app.orbit.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: opens Orbit on its data directory and shows the main window. */
public final class OrbitApplication extends Application {

    /** Starts JavaFX with the command line's arguments; returns when the last window closes. */
    public static void launchWith(String[] args) {
        Application.launch(OrbitApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Orbit");
        stage.show();
    }
}
