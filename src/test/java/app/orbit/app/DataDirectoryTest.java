package app.orbit.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.domain.OrbitException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataDirectoryTest {

    @Test
    void resolve_optionWinsOverEnvironment() {
        assertThat(DataDirectory.resolve("/tmp/a", Map.of("ORBIT_HOME", "/tmp/b"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/a"));
        assertThat(DataDirectory.resolve(null, Map.of("ORBIT_HOME", "/tmp/b"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/tmp/b"));
    }

    @ParameterizedTest
    @CsvSource({
        "Linux, '', /home/u/.local/share/orbit",
        "Linux, /data, /data/orbit",
        "Mac OS X, '', /home/u/Library/Application Support/Orbit",
    })
    void resolve_platformDefaults(String os, String xdg, String expected) {
        Map<String, String> env = xdg.isEmpty() ? Map.of() : Map.of("XDG_DATA_HOME", xdg);

        assertThat(DataDirectory.resolve(null, env, os, "/home/u")).isEqualTo(Path.of(expected));
    }

    @Test
    void resolve_windowsUsesAppData() {
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/u/AppData/Roaming"), "Windows 11", "/c/u"))
                .isEqualTo(Path.of("/c/Users/u/AppData/Roaming", "Orbit"));
    }

    @Test
    void launchOptions_parseBothSpellings() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir", "/tmp/x", "--today=2027-01-04"));

        assertThat(o.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(LocalDate.now(o.clock())).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void launchOptions_aVCardFile_isToPreviewAndNotTakenForTheDataDirectory() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir", "/tmp/x", "/tmp/Cards.vcf"));

        assertThat(o.dataDirectory()).isEqualTo(Path.of("/tmp/x"));
        assertThat(o.imports()).containsExactly(Path.of("/tmp/Cards.vcf"));
        assertThat(LaunchOptions.parse(List.of("--data-dir", "/tmp/x")).imports()).isEmpty();
    }

    @Test
    void launchOptions_badToday_isAClearError() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--today", "tomorrow")))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(e.key()).isEqualTo("error.option.today"));
    }

    @Test
    void writable_aFolderNothingCanBeCreatedIn_isNotWritableEvenForRoot() {
        // /proc refuses new files to everyone, root included: the probe file, not the permission bits, decides.
        assertThat(DataDirectory.writable(Path.of("/proc"))).isFalse();
        assertThat(DataDirectory.writable(Path.of("/proc/orbit-data"))).isFalse();
    }

    @Test
    void writable_aFreshTemporaryFolder_isWritableAndLeftEmpty(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        assertThat(DataDirectory.writable(tmp)).isTrue();
        assertThat(DataDirectory.writable(tmp.resolve("not/yet/created"))).isTrue();
        try (var left = java.nio.file.Files.list(tmp)) {
            assertThat(left).isEmpty();
        }
    }
}
