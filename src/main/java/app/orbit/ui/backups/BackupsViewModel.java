package app.orbit.ui.backups;

import app.orbit.service.Backup;
import app.orbit.service.BackupService;
import app.orbit.service.Messages;
import app.orbit.ui.common.Background;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Backups section of Settings: the list, "Back up now", and restoring one. */
public final class BackupsViewModel {

    private final BackupService backups;
    private final Restorer restorer;
    private final Background background;
    private final Messages messages;
    private final Consumer<Throwable> showError;
    private final ObservableList<Backup> list = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");

    public BackupsViewModel(BackupService backups, Restorer restorer, Background background, Messages messages,
            Consumer<Throwable> showError) {
        this.showError = showError;
        this.backups = backups;
        this.restorer = restorer;
        this.background = background;
        this.messages = messages;
    }

    /** Newest first. */
    public ObservableList<Backup> backups() {
        return list;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty busy() {
        return busy;
    }

    public javafx.beans.property.ReadOnlyStringProperty status() {
        return status;
    }

    public void load() {
        background.run(backups::list, list::setAll);
    }

    public void backupNow() {
        busy.set(true);
        status.set(messages.get("backups.working"));
        background.run(() -> {
            Backup b = backups.backupNow();
            return new Taken(b, backups.list());
        }, taken -> {
            busy.set(false);
            list.setAll(taken.all());
            status.set(messages.get("backups.done", taken.backup().fileName()));
        }, e -> {
            busy.set(false);
            status.set("");
            showError.accept(e);
        });
    }

    /** Restores the chosen backup; the window is rebuilt on the restored database. */
    public void restore(Backup backup) {
        busy.set(true);
        restorer.restore(backup);
    }

    private record Taken(Backup backup, List<Backup> all) {
    }
}
