package app.orbit.ui.settings;

import app.orbit.domain.Circle;
import app.orbit.service.Messages;
import app.orbit.service.Settings;
import app.orbit.ui.common.Forms;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The settings screen. */
public final class SettingsView extends ScrollPane {

    private final VBox box;
    private final Label data;

    public SettingsView(Messages messages, SettingsViewModel vm, Path dataDirectory, Consumer<Settings> onSaved) {
        setId("settingsView");
        setFitToWidth(true);
        Label title = new Label(messages.get("nav.settings"));
        title.getStyleClass().add(Styles.TITLE_2);

        ComboBox<Settings.Theme> theme = new ComboBox<>(FXCollections.observableArrayList(Settings.Theme.values()));
        theme.setId("settingTheme");
        theme.setConverter(Forms.enumConverter(messages, "settings.theme"));
        theme.valueProperty().bindBidirectional(vm.theme());
        ComboBox<Settings.Language> language = new ComboBox<>(
                FXCollections.observableArrayList(Settings.Language.values()));
        language.setId("settingLanguage");
        language.setConverter(Forms.enumConverter(messages, "settings.language"));
        language.valueProperty().bindBidirectional(vm.language());
        Spinner<Integer> planSize = new Spinner<>(1, Settings.MAX_PLAN_SIZE, vm.planSize().get());
        planSize.setId("settingPlanSize");
        planSize.setEditable(true);
        planSize.valueProperty().addListener((obs, o, n) -> vm.planSize().set(n));

        ComboBox<String> region = new ComboBox<>(FXCollections.observableArrayList(
                SettingsViewModel.regions(messages.locale())));
        region.setId("settingPhoneRegion");
        region.setVisibleRowCount(14);
        region.setPrefWidth(360);
        region.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        region.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String code) {
                if (code == null || code.isEmpty()) {
                    String system = java.util.Locale.getDefault(java.util.Locale.Category.FORMAT).getCountry();
                    return messages.get("settings.phoneRegion.system", system.isEmpty() ? "\u2014"
                            : new java.util.Locale("", system).getDisplayCountry(messages.locale()));
                }
                return new java.util.Locale("", code).getDisplayCountry(messages.locale());
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        region.valueProperty().bindBidirectional(vm.phoneRegion());
        Label regionHint = new Label(messages.get("settings.phoneRegion.hint"));
        regionHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        regionHint.setWrapText(true);
        regionHint.setMaxWidth(380);

        javafx.scene.control.TextField myName = new javafx.scene.control.TextField();
        myName.setId("settingMyName");
        myName.setPromptText(messages.get("settings.me.prompt"));
        myName.textProperty().bindBidirectional(vm.myName());
        ComboBox<Settings.PlanMode> planMode = new ComboBox<>(
                FXCollections.observableArrayList(Settings.PlanMode.values()));
        planMode.setId("settingPlanMode");
        planMode.setConverter(Forms.enumConverter(messages, "settings.planMode"));
        planMode.valueProperty().bindBidirectional(vm.planMode());
        Label peopleHint = new Label(messages.get("settings.people.hint"));
        peopleHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        peopleHint.setWrapText(true);
        peopleHint.setMaxWidth(380);

        GridPane general = grid();
        general.addRow(0, new Label(messages.get("settings.theme")), theme);
        general.addRow(1, new Label(messages.get("settings.language")), language);
        general.addRow(2, new Label(messages.get("settings.planSize")), planSize);
        general.addRow(3, new Label(messages.get("settings.phoneRegion")), new VBox(4, region, regionHint));
        general.addRow(4, new Label(messages.get("settings.me")), myName);
        general.addRow(5, new Label(messages.get("settings.planMode")), new VBox(4, planMode, peopleHint));

        GridPane cadences = grid();
        int row = 0;
        for (Circle c : Circle.values()) {
            if (!c.isReminded()) {
                continue;
            }
            Spinner<Integer> days = new Spinner<>(1, 3650, vm.cadence(c).get());
            days.setId("cadence-" + c.name());
            days.setEditable(true);
            days.valueProperty().addListener((obs, o, n) -> vm.cadence(c).set(n));
            cadences.addRow(row++, new Label(messages.of("circle", c)), days,
                    new Label(messages.get("settings.cadence.days")));
        }
        Label dormant = new Label(messages.get("settings.cadence.dormant"));
        dormant.getStyleClass().add(Styles.TEXT_MUTED);

        Button save = new Button(messages.get("button.save"));
        save.setId("saveSettings");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.save(onSaved));
        Label status = new Label();
        status.setId("settingsStatus");
        status.textProperty().bind(vm.status());

        data = new Label(messages.get("settings.dataDirectory", dataDirectory.toAbsolutePath()));
        data.getStyleClass().add(Styles.TEXT_MUTED);
        data.setWrapText(true);

        box = new VBox(16, title,
                section(messages.get("settings.general")), general,
                section(messages.get("settings.cadences")), cadences, dormant,
                new VBox(8, save, status),
                section(messages.get("settings.data")), data);
        box.setPadding(new Insets(20, 24, 24, 24));
        box.setMaxWidth(720);
        setContent(box);
    }

    /** Says where the data is when it is not in the data directory (a shared server). */
    public void dataPlace(String text) {
        data.setText(text);
    }

    /** Adds a section at the end (the backups, from their own package). */
    public void addSection(String heading, javafx.scene.Node content) {
        box.getChildren().addAll(section(heading), content);
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        // The labels' column is as wide as its longest label in this language; the fields take the rest.
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        g.setHgap(16);
        g.setVgap(10);
        return g;
    }
}
