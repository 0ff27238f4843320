package app.orbit.ui.files;

import app.orbit.exchange.ImportFormat;
import app.orbit.service.Messages;
import app.orbit.ui.files.ImportViewModel.Step;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The import dialog: a progress bar and Cancel while the files are read, the preview (new,
 * merged, skipped and why), then Import or Cancel, and the summary or the error at the end.
 */
public final class ImportDialog extends Dialog<Void> {

    public ImportDialog(Window owner, Messages messages, ImportViewModel vm) {
        initOwner(owner);
        setTitle(messages.get("files.import.title"));
        setHeaderText(messages.get("files.import.title"));
        setResizable(true);
        getDialogPane().setId("importDialog");
        getDialogPane().setPrefWidth(620);

        ButtonType importType = new ButtonType(messages.get("files.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().addAll(importType, cancelType);
        Button importButton = (Button) getDialogPane().lookupButton(importType);
        importButton.setId("importConfirm");
        importButton.setGraphic(new FontIcon(Feather.DOWNLOAD));
        Button cancelButton = (Button) getDialogPane().lookupButton(cancelType);
        cancelButton.setId("importCancel");

        Label files = new Label();
        files.setId("importFiles");
        files.getStyleClass().add(Styles.TEXT_MUTED);
        files.setWrapText(true);
        files.textProperty().bind(vm.files());
        javafx.scene.control.ComboBox<FormatChoice> format = new javafx.scene.control.ComboBox<>();
        format.setId("importFormat");
        format.getItems().add(new FormatChoice(null, messages.get("files.format.auto")));
        for (ImportFormat f : ImportFormat.values()) {
            format.getItems().add(new FormatChoice(f, messages.get("files.format." + f.name())));
        }
        format.setValue(format.getItems().stream().filter(c -> c.format() == vm.format()).findFirst().orElseThrow());
        format.valueProperty().addListener((obs, old, now) -> vm.readAs(now == null ? null : now.format()));
        Label formatLabel = new Label(messages.get("files.format"));
        javafx.scene.layout.HBox formatRow = new javafx.scene.layout.HBox(10, formatLabel, format);
        formatRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("importStatus");
        ProgressBar bar = new ProgressBar();
        bar.setId("importProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progress());

        Label created = count("importNew");
        Label merged = count("importMerged");
        Label skipped = count("importSkipped");
        Label interactions = count("importInteractions");
        created.textProperty().bind(vm.newCount().asString());
        merged.textProperty().bind(vm.mergedCount().asString());
        skipped.textProperty().bind(vm.skippedCount().asString());
        interactions.textProperty().bind(vm.interactionCount().asString());
        GridPane counts = new GridPane();
        counts.setHgap(16);
        counts.setVgap(4);
        counts.setId("importCounts");
        counts.addRow(0, created, new Label(messages.get("files.import.new")));
        counts.addRow(1, merged, new Label(messages.get("files.import.merged")));
        counts.addRow(2, skipped, new Label(messages.get("files.import.skipped")));
        Label interactionsLabel = new Label(messages.get("files.import.interactions"));
        counts.addRow(3, interactions, interactionsLabel);
        interactions.visibleProperty().bind(vm.interactionCount().greaterThan(0));
        interactionsLabel.visibleProperty().bind(interactions.visibleProperty());
        interactions.managedProperty().bind(interactions.visibleProperty());
        interactionsLabel.managedProperty().bind(interactions.visibleProperty());

        VBox reasons = new VBox(4);
        reasons.setId("importReasons");
        Label reasonsTitle = new Label(messages.get("files.import.reasons"));
        reasonsTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Runnable showReasons = () -> {
            reasons.getChildren().setAll(reasonsTitle);
            for (String r : vm.reasons()) {
                Label l = new Label("• " + r);
                l.setWrapText(true);
                l.getStyleClass().add(Styles.TEXT_SMALL);
                reasons.getChildren().add(l);
            }
            if (vm.skippedCount().get() > ImportViewModel.REASONS_SHOWN) {
                Label more = new Label(messages.get("files.import.moreReasons",
                        vm.skippedCount().get() - ImportViewModel.REASONS_SHOWN));
                more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                reasons.getChildren().add(more);
            }
        };
        vm.reasons().addListener((ListChangeListener<String>) c -> showReasons.run());
        reasons.visibleProperty().bind(Bindings.isNotEmpty(vm.reasons()));
        reasons.managedProperty().bind(reasons.visibleProperty());

        VBox mergeList = new VBox(4);
        mergeList.setId("importMerges");
        Label mergesTitle = new Label(messages.get("files.import.mergesTitle"));
        mergesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        Runnable showMerges = () -> {
            mergeList.getChildren().setAll(mergesTitle);
            for (String m : vm.merges()) {
                Label l = new Label("• " + m);
                l.setWrapText(true);
                l.getStyleClass().add(Styles.TEXT_SMALL);
                mergeList.getChildren().add(l);
            }
        };
        vm.merges().addListener((ListChangeListener<String>) c -> showMerges.run());
        mergeList.visibleProperty().bind(Bindings.isNotEmpty(vm.merges()));
        mergeList.managedProperty().bind(mergeList.visibleProperty());
        showMerges.run();

        // The people it would add, each ticked: untick those not wanted (Space ticks from the keyboard).
        Label newTitle = new Label(messages.get("files.import.newPeople"));
        newTitle.getStyleClass().add(Styles.TEXT_BOLD);
        javafx.scene.control.ListView<ImportViewModel.NewPerson> newList = new javafx.scene.control.ListView<>(
                vm.newPeople());
        newList.setId("importNewPeople");
        newList.setCellFactory(javafx.scene.control.cell.CheckBoxListCell.forListView(
                ImportViewModel.NewPerson::included, new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(ImportViewModel.NewPerson p) {
                        return p == null ? "" : p.name();
                    }

                    @Override
                    public ImportViewModel.NewPerson fromString(String s) {
                        throw new UnsupportedOperationException("not edited");
                    }
                }));
        newList.setFixedCellSize(30);
        newList.prefHeightProperty().bind(Bindings.min(6, Bindings.size(vm.newPeople())).multiply(30).add(4));
        newList.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox newBox = new VBox(4, newTitle, newList);
        newBox.setId("importNewBox");
        newBox.visibleProperty().bind(Bindings.isNotEmpty(vm.newPeople()));
        newBox.managedProperty().bind(newBox.visibleProperty());

        Label message = new Label();
        message.setId("importMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        message.visibleProperty().bind(vm.message().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox box = new VBox(12, files, formatRow, status, bar, counts, newBox, mergeList, reasons, message);
        box.setPadding(new Insets(8, 10, 4, 10));
        getDialogPane().setContent(box);

        Runnable onStep = () -> {
            Step s = vm.step().get();
            status.setText(messages.get("files.import.step." + s.name()));
            boolean busy = s == Step.READING || s == Step.WRITING;
            format.setDisable(busy || s == Step.DONE);
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
        };
        vm.step().addListener((obs, old, now) -> {
            onStep.run();
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
        onStep.run();
        showReasons.run();
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

    /** A choice of the format list: a format, or none to recognise it. */
    private record FormatChoice(ImportFormat format, String label) {
        @Override
        public String toString() {
            return label;
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

    private static Label count(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().addAll(Styles.TITLE_3);
        l.setMinWidth(48);
        return l;
    }
}
