package app.orbit.ui.files;

import app.orbit.service.Messages;
import app.orbit.ui.files.ImportViewModel.Step;
import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import dialog: a progress bar and Cancel while the files are read, the preview (new,
 * merged, skipped and why), then Import or Cancel, and the summary or the error at the end.
 */
public final class ImportDialog extends Dialog<Void> {

    private final Messages messages;
    private final ImportViewModel vm;
    private final Button importButton;
    private final Button cancelButton;
    private final Label status = new Label();
    private final ProgressBar bar = new ProgressBar();
    private final Label message = new Label();
    private final ImportParts.FormatRow formatRow;
    private final ImportParts.Counts counts;

    public ImportDialog(Window owner, Messages messages, ImportViewModel vm) {
        this.messages = messages;
        this.vm = vm;
        initOwner(owner);
        setTitle(messages.get("files.import.title"));
        setHeaderText(messages.get("files.import.title"));
        setResizable(true);
        getDialogPane().setId("importDialog");
        getDialogPane().setPrefWidth(620);

        ButtonType importType = new ButtonType(messages.get("files.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(importType, cancelType);
        importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("importConfirm");
        importButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        cancelButton = (Button) getDialogPane().lookupButton(cancelType);
        cancelButton.setId("importCancel");

        Label files = new Label();
        files.setId("importFiles");
        files.getStyleClass().add(Styles.TEXT_MUTED);
        files.setWrapText(true);
        files.textProperty().bind(vm.files());
        formatRow = new ImportParts.FormatRow(messages, vm);
        status.setId("importStatus");
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progress());
        counts = new ImportParts.Counts(messages, vm);
        ImportParts.Bullets mergeList = new ImportParts.Bullets("importMerges",
                messages.get("files.import.mergesTitle"), vm.merges(), () -> null);
        ImportParts.Bullets reasons = new ImportParts.Bullets("importReasons", messages.get("files.import.reasons"),
                vm.reasons(), () -> vm.skippedCount().get() > ImportViewModel.REASONS_SHOWN ? messages.get(
                        "files.import.moreReasons", vm.skippedCount().get() - ImportViewModel.REASONS_SHOWN) : null);

        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        message.visibleProperty().bind(vm.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox box = new VBox(12, files, formatRow, status, bar, counts, new ImportParts.NewPeople(messages, vm),
                mergeList, reasons, message);
        box.setPadding(new Insets(8, 10, 4, 10));
        getDialogPane().setContent(box);

        vm.step().addListener((obs, old, now) -> {
            showStep();
            fitToContent();
            // Enter imports what the preview shows, Escape cancels: the focus never waits on Cancel.
            if (now == Step.PREVIEW && !importButton.isDisabled()) {
                importButton.setDefaultButton(true);
                importButton.requestFocus();
            } else if (now == Step.DONE || now == Step.FAILED || now == Step.CANCELLED) {
                importButton.setDefaultButton(false);
                cancelButton.setDefaultButton(true);
                cancelButton.requestFocus();
            }
        });
        showStep();
        vm.newPeople().addListener((ListChangeListener<ImportViewModel.NewPerson>) c ->
                importButton.setDisable(vm.step().get() != Step.PREVIEW || vm.isEmpty()));

        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            vm.apply();
        });
        // While reading or writing, Cancel stops the work and the dialog stays to say that nothing was written.
        cancelButton.addEventFilter(ActionEvent.ACTION, e -> {
            Step s = vm.step().get();
            if (s == Step.READING || s == Step.WRITING) {
                e.consume();
                vm.cancel();
                status.setText(messages.get("files.import.cancelling"));
            }
        });
        setOnCloseRequest(e -> {
            Step s = vm.step().get();
            if (s == Step.READING || s == Step.WRITING) {
                e.consume();
                vm.cancel();
            }
        });
    }

    /** Shows what this step allows: the bar while busy, the counts once read, Import only on the preview. */
    private void showStep() {
        Step s = vm.step().get();
        status.setText(messages.get("files.import.step." + s.name()));
        boolean busy = s == Step.READING || s == Step.WRITING;
        formatRow.format.setDisable(busy || s == Step.DONE);
        boolean previewed = s == Step.PREVIEW || s == Step.WRITING || s == Step.DONE;
        bar.setVisible(busy);
        bar.setManaged(busy);
        counts.setVisible(previewed);
        counts.setManaged(previewed);
        importButton.setVisible(s == Step.PREVIEW || s == Step.WRITING);
        importButton.setManaged(importButton.isVisible());
        importButton.setDisable(s != Step.PREVIEW || vm.isEmpty());
        cancelButton.setText(messages.get(s == Step.DONE || s == Step.FAILED || s == Step.CANCELLED
                ? "files.close" : "button.cancel"));
        message.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS, "form-error");
        if (s == Step.FAILED) {
            message.getStyleClass().addAll(Styles.DANGER, "form-error");
        } else if (s == Step.DONE) {
            message.getStyleClass().add(Styles.SUCCESS);
        }
    }

    /** The dialog grows with what it shows (the preview is taller than the progress bar). */
    private void fitToContent() {
        javafx.application.Platform.runLater(() -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }
}
