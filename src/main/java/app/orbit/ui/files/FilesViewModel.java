package app.orbit.ui.files;

import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ExportService;
import app.orbit.exchange.PersonalDataService;
import app.orbit.exchange.Progress;
import app.orbit.service.Messages;
import app.orbit.ui.common.Background;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Exports from the File menu and the contact pane (written off the JavaFX thread, then a short
 * notice naming the file), and erasing a contact for good.
 */
public final class FilesViewModel {

    private final ExportService exporter;
    private final PersonalDataService personalData;
    private final Background background;
    private final Messages messages;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** Whether the database is encrypted: an export then says that it is plain text. */
    private final boolean encrypted;

    public FilesViewModel(ExportService exporter, PersonalDataService personalData, Background background,
            Messages messages) {
        this(exporter, personalData, background, messages, false);
    }

    public FilesViewModel(ExportService exporter, PersonalDataService personalData, Background background,
            Messages messages, boolean encrypted) {
        this.exporter = exporter;
        this.personalData = personalData;
        this.background = background;
        this.messages = messages;
        this.encrypted = encrypted;
    }

    /** The last confirmation to show the user ("Exported to …"); set anew for each one. */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** Writes an export to the chosen file; failures go to the error dialog. */
    public void export(ExportFormat format, ContactFilter filter, Path file) {
        background.run(() -> {
            exporter.exportTo(format, filter, file, Progress.NONE);
            return file;
        }, written -> say(encrypted ? "files.export.done.plainText" : "files.export.done", written.toAbsolutePath()));
    }

    /** Writes all Orbit holds about one person to the chosen file. */
    public void exportContact(long contactId, String name, Path file) {
        background.run(() -> {
            personalData.exportContact(contactId, file);
            return file;
        }, written -> say(encrypted ? "files.personal.done.plainText" : "files.personal.done", name,
                written.toAbsolutePath()));
    }

    /** Erases a contact for good; {@code onErased} runs on the JavaFX thread afterwards. */
    public void erase(long contactId, String name, Consumer<Long> onErased) {
        background.run(() -> {
            personalData.erase(contactId);
            return contactId;
        }, id -> {
            say("files.erase.done", name);
            onErased.accept(id);
        });
    }

    private void say(String key, Object... args) {
        // Set twice so that the same sentence again still notifies the window.
        notice.set("");
        notice.set(messages.get(key, args));
    }
}
