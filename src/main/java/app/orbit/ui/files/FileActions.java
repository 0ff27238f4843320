package app.orbit.ui.files;

import app.orbit.domain.Contact;
import app.orbit.exchange.ContactFilter;
import app.orbit.exchange.ExportFormat;
import app.orbit.exchange.ImportFormat;
import app.orbit.service.Messages;
import app.orbit.ui.common.Dialogs;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The File menu and what it opens: file choosers, the import dialog (also reached by dropping
 * files on the window), exports, and the contact pane's "export their data" and "erase for good".
 */
public final class FileActions {

    private final Supplier<ImportViewModel> imports;
    private final Messages messages;
    private final Dialogs dialogs;
    private final FilesViewModel vm;
    private final Supplier<ContactFilter> currentFilter;
    private final Supplier<Window> window;
    private final java.time.Clock clock;
    private ImportViewModel lastImport;

    /** {@code imports} makes the view model of each import the menu, a drop or a file opened starts. */
    public FileActions(Supplier<ImportViewModel> imports, Messages messages, Dialogs dialogs, FilesViewModel vm,
            Supplier<ContactFilter> currentFilter, Supplier<Window> window, java.time.Clock clock) {
        this.imports = imports;
        this.messages = messages;
        this.dialogs = dialogs;
        this.vm = vm;
        this.currentFilter = currentFilter;
        this.window = window;
        this.clock = clock;
    }

    public FilesViewModel viewModel() {
        return vm;
    }

    /** The File menu button. */
    public MenuButton menu() {
        MenuItem importItem = item("fileImport", "files.menu.import", Feather.DOWNLOAD, this::chooseImport);
        MenuItem json = item("fileExportJson", "files.menu.exportJson", Feather.ARCHIVE,
                () -> chooseExport(ExportFormat.JSON, ContactFilter.ALL));
        Menu vcard = contactsMenu("fileExportVcard", "files.menu.exportVcard", ExportFormat.VCARD);
        Menu csv = contactsMenu("fileExportCsv", "files.menu.exportCsv", ExportFormat.CSV);
        MenuItem week = item("fileExportWeek", "files.menu.exportWeek", Feather.CALENDAR,
                () -> chooseExport(ExportFormat.ICS_WEEK, ContactFilter.ALL));
        MenuItem birthdays = item("fileExportBirthdays", "files.menu.exportBirthdays", Feather.GIFT,
                () -> chooseExport(ExportFormat.ICS_BIRTHDAYS, ContactFilter.ALL));
        // Closing the last window ends Orbit the usual way: the database closes after the work queued.
        MenuItem quit = item("fileQuit", "files.menu.quit", Feather.LOG_OUT, () -> window.get().hide());
        quit.setAccelerator(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Q,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN));
        MenuButton menu = new MenuButton(messages.get("files.menu"), new FontIcon(Feather.FOLDER), importItem,
                new SeparatorMenuItem(), json, vcard, csv, new SeparatorMenuItem(), week, birthdays,
                new SeparatorMenuItem(), quit);
        menu.setId("fileMenu");
        menu.setTooltip(new Tooltip(messages.get("files.menu.tooltip")));
        menu.getStyleClass().addAll(Styles.FLAT, Tweaks.NO_ARROW);
        return menu;
    }

    private MenuItem item(String id, String key, Feather icon, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key), icon == null ? null : new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Menu contactsMenu(String id, String key, ExportFormat format) {
        MenuItem all = item(id + "All", "files.menu.allContacts", null,
                () -> chooseExport(format, ContactFilter.ALL));
        MenuItem filtered = item(id + "Filtered", "files.menu.filteredContacts", null,
                () -> chooseExport(format, currentFilter.get()));
        Menu menu = new Menu(messages.get(key), new FontIcon(format == ExportFormat.CSV ? Feather.GRID : Feather.USERS),
                all, filtered);
        menu.setId(id);
        menu.setOnShowing(e -> filtered.setDisable(currentFilter.get().query().isBlank()));
        return menu;
    }

    /** Lets dropping files on the window start the import flow. */
    public void installDrop(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (!e.getDragboard().hasFiles()) {
                return;
            }
            List<Path> files = e.getDragboard().getFiles().stream().map(File::toPath).toList();
            e.setDropCompleted(true);
            e.consume();
            // After the drop returns, so the source application is not kept waiting on the dialog.
            javafx.application.Platform.runLater(() -> importFiles(files));
        });
    }

    private void chooseImport() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("files.import.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.get("files.filter.importable"), "*.vcf", "*.vcard", "*.csv",
                        "*.json"),
                new FileChooser.ExtensionFilter(messages.get("files.filter.all"), "*.*"));
        List<File> chosen = chooser.showOpenMultipleDialog(window.get());
        if (chosen != null && !chosen.isEmpty()) {
            importFiles(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Opens the import dialog on these files, the format recognised from each one's content. */
    public void importFiles(List<Path> files) {
        importFiles(files, null);
    }

    /** The same with a format chosen by the user (null: recognised). */
    public void importFiles(List<Path> files, ImportFormat format) {
        ImportViewModel ivm = imports.get();
        lastImport = ivm;
        ivm.preview(files, format);
        new ImportDialog(window.get(), messages, ivm).show();
    }

    /** The import dialog opened last (for tests and the benchmark). */
    public ImportViewModel lastImport() {
        return lastImport;
    }

    private void chooseExport(ExportFormat format, ContactFilter filter) {
        File file = save(messages.get("files.export.choose"), defaultName(format), format.extension());
        if (file != null) {
            vm.export(format, filter, file.toPath());
        }
    }

    /** What an export menu item does once the file is chosen: everyone, or the contacts screen's current search. */
    public void exportTo(ExportFormat format, boolean currentSearch, Path file) {
        vm.export(format, currentSearch ? currentFilter.get() : ContactFilter.ALL, file);
    }

    private String defaultName(ExportFormat format) {
        String day = LocalDate.now(clock).toString();
        return switch (format) {
            case JSON -> "orbit-backup-" + day + ".json";
            case VCARD -> "orbit-contacts-" + day + ".vcf";
            case CSV -> "orbit-contacts-" + day + ".csv";
            case ICS, ICS_WEEK -> "orbit-week-" + day + ".ics";
            case ICS_BIRTHDAYS -> "orbit-birthdays.ics";
        };
    }

    private File save(String title, String name, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                extension.toUpperCase(Locale.ROOT), "*." + extension));
        return chooser.showSaveDialog(window.get());
    }

    /** "Export their data (JSON)…" on the contact pane. */
    public void exportContact(Contact c) {
        String name = "orbit-" + c.displayName().replaceAll("[^\\p{L}\\p{N}]+", "-").toLowerCase(Locale.ROOT)
                + ".json";
        File file = save(messages.get("files.personal.choose", c.displayName()), name, "json");
        if (file != null) {
            vm.exportContact(c.id(), c.displayName(), file.toPath());
        }
    }

    /** "Erase for good…" on the contact pane: says exactly what goes, then erases. */
    public void erase(Contact c, Consumer<Long> onErased) {
        if (dialogs.confirm(messages.get("files.erase.header", c.displayName()),
                messages.get("files.erase.text", c.displayName()), messages.get("files.erase.confirm"))) {
            vm.erase(c.id(), c.displayName(), onErased);
        }
    }
}
