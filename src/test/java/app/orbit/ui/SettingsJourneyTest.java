package app.orbit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.service.Settings;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;

/** Settings through the window: language and theme apply at once and are kept. */
class SettingsJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.sampleNetwork().load();
    }

    @Test
    void switchToFrenchAndDark_rebuildsTheWindowAndKeepsTheChoice() {
        await(() -> showing("#weekView"));
        clickOn("#navSettings");
        await(() -> showing("#settingsView"));

        ComboBox<Settings.Language> language = lookup("#settingLanguage").queryComboBox();
        ComboBox<Settings.Theme> theme = lookup("#settingTheme").queryComboBox();
        interact(() -> {
            language.setValue(Settings.Language.FR);
            theme.setValue(Settings.Theme.DARK);
        });
        clickOn("#saveSettings");

        await(() -> "Cette semaine".equals(((ToggleButton) lookup("#navWeek").query()).getText()));
        assertThat(((ToggleButton) lookup("#navSettings").query()).isSelected()).isTrue();
        assertThat(orbit().settings().load().language()).isEqualTo(Settings.Language.FR);
        assertThat(orbit().settings().load().theme()).isEqualTo(Settings.Theme.DARK);

        clickOn("#navWeek");
        await(() -> showing("#weekView") && text("#weekProgress").matches("0 sur \\d+ faits?"));
    }

    @Test
    void phoneRegion_offersTheSystemFirstThenCountriesByName_andIsKept() {
        await(() -> showing("#weekView"));
        clickOn("#navSettings");
        await(() -> showing("#settingsView"));

        ComboBox<String> region = lookup("#settingPhoneRegion").queryComboBox();
        assertThat(region.getValue()).isEmpty();
        assertThat(region.getItems().get(0)).isEmpty();
        assertThat(region.getConverter().toString("")).startsWith("This computer's region (");
        assertThat(region.getConverter().toString("IT")).isEqualTo("Italy");
        interact(() -> region.setValue("IT"));
        clickOn("#saveSettings");

        await(() -> "IT".equals(orbit().settings().load().phoneRegion()));
    }
}
