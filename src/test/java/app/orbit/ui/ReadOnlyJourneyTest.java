package app.orbit.ui;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.Test;

/** Data opened read-only (asked, or a folder that cannot be written to): a notice says so, the data shows. */
class ReadOnlyJourneyTest extends OrbitUiTest {

    @Override
    void prepare(Orbit orbit) {
        orbit.contacts().create(person("Hélène", "Garnier").build());
    }

    @Override
    boolean readOnly() {
        return true;
    }

    @Test
    void start_readOnly_showsANoticeAndTheData() {
        await(() -> showing("#noticeDialog"));
        DialogPane notice = lookup("#noticeDialog").query();
        assertThat(notice.getContentText()).startsWith("Orbit opened your data read-only")
                .contains(dataDir.toString());
        assertThat(orbit().readOnly()).isTrue();
        assertThat(orbit().contacts().count()).isEqualTo(1);
    }
}
