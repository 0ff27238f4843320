package app.orbit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class VersionTest {

    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
        System.clearProperty("jpackage.app-path");
    }

    @Test
    void getVersion_fromTheBuild_namesVersionCommitAndTheJavaRuntime() throws Exception {
        String[] lines = new Version().getVersion();

        assertThat(lines).hasSize(2);
        assertThat(lines[0]).matches("Orbit \\d+\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{7,}|unknown)\\)");
        assertThat(lines[1]).startsWith("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ") in ")
                .endsWith("not a runtime installed with Orbit");
    }

    @Test
    void getVersion_underTheInstalledLauncher_saysTheRuntimeIsTheBundledOne() throws Exception {
        System.setProperty("jpackage.app-path", "/opt/orbit/bin/Orbit");

        assertThat(new Version().getVersion()[1]).contains("the runtime installed with Orbit in "
                + System.getProperty("java.home"));
    }

    @Test
    void known_aPlaceholderMavenLeftOrNothing_isTheFallback() {
        assertThat(Version.known("${orbit.commit}", "unknown")).isEqualTo("unknown");
        assertThat(Version.known("", "unknown")).isEqualTo("unknown");
        assertThat(Version.known(null, "development")).isEqualTo("development");
        assertThat(Version.known("5955d22", "unknown")).isEqualTo("5955d22");
    }
}
