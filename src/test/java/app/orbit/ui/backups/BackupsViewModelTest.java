package app.orbit.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.service.Backup;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsViewModelTest {

    @TempDir
    Path dir;
    private Orbit orbit;
    private final List<Backup> restored = new ArrayList<>();
    private final List<Throwable> shown = new ArrayList<>();
    private BackupsViewModel vm;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
        vm = new BackupsViewModel(orbit.backups(), restored::add,
                new Background(Runnable::run, Runnable::run, e -> { throw new AssertionError(e); }),
                new Messages(Locale.ENGLISH), shown::add);
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    @Test
    void backupNow_listsTheNewBackupAndNamesIt() {
        vm.load();
        assertThat(vm.backups()).isEmpty();

        vm.backupNow();

        assertThat(vm.backups()).hasSize(1);
        Backup b = vm.backups().get(0);
        assertThat(b.kind()).isEqualTo(Backup.Kind.MANUAL);
        assertThat(b.size()).isPositive();
        assertThat(vm.status().get()).isEqualTo("Backed up to " + b.fileName() + ".");
        assertThat(vm.busy().get()).isFalse();
        assertThat(shown).isEmpty();
    }

    @Test
    void restore_handsTheChosenBackupToTheApplication() {
        vm.backupNow();
        Backup chosen = vm.backups().get(0);

        vm.restore(chosen);

        assertThat(restored).containsExactly(chosen);
        assertThat(vm.busy().get()).as("buttons stay off while the window is rebuilt").isTrue();
    }

    @Test
    void size_smallAndLargeBackups_readAsKilobytesAndMegabytes() {
        Messages en = new Messages(Locale.ENGLISH);
        assertThat(BackupsSection.size(en, 300)).isEqualTo("1 KB");
        assertThat(BackupsSection.size(en, 45_000)).isEqualTo("44 KB");
        assertThat(BackupsSection.size(en, 5_400_000)).isEqualTo("5.1 MB");
    }
}
