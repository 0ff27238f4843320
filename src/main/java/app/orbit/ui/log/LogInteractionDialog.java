package app.orbit.ui.log;

import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.Messages;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.Forms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The log-an-interaction dialog (button or Ctrl+L): who was there, when, what happened, who helped whom. */
public final class LogInteractionDialog extends Dialog<Interaction> {

    private final Messages messages;

    public LogInteractionDialog(Window owner, Messages messages, LogInteractionViewModel vm,
            ContactPickerViewModel people, Consumer<Interaction> onSaved) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get(vm.isNew() ? "log.title" : "log.title.edit"));
        setHeaderText(getTitle());
        setResizable(true);
        getDialogPane().setId("logDialog");
        getDialogPane().setPrefWidth(800);
        getDialogPane().setMinWidth(760);

        Map<String, Node> fields = new LinkedHashMap<>();
        Forms.saveAndCancel(this, messages, "saveLog", vm.form(), fields, vm::save, onSaved);

        ParticipantsPart participants = new ParticipantsPart(messages, vm, people, fields);
        DatePicker date = Forms.pastDatePicker("logDate", vm.date(), vm.today());
        fields.put("date", date);
        ComboBox<InteractionKind> kind = Forms.kindChoice("logKind", messages, vm.kind());
        TextField summary = summary(vm, fields);
        TextArea notes = notes(vm, fields);
        FollowUpPart followUp = new FollowUpPart(messages, vm, fields);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(120);
        ColumnConstraints values2 = new ColumnConstraints(380, 520, Double.MAX_VALUE);
        values2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values2);
        int row = 0;
        grid.addRow(row++, label("log.participants"), participants);
        HBox when = new HBox(8, date, kind);
        grid.addRow(row++, label("log.when"), when);
        grid.addRow(row++, label("log.summary"), summary);
        grid.addRow(row++, label("log.notes"), notes);
        grid.addRow(row++, label("log.exchange"), new ExchangePart(messages, vm));
        grid.addRow(row++, followUp.followUp, followUp.row);
        grid.addRow(row, followUp.toLabel, followUp.to);

        Forms.markErrors(vm.form(), fields);
        Label error = Forms.errorLabel(vm.form());
        error.setId("logError");
        // Should the screen be too short for the form, the form scrolls and Cancel and Save stay in sight.
        javafx.scene.control.ScrollPane body = new javafx.scene.control.ScrollPane(new VBox(12, grid, error));
        body.setFitToWidth(true);
        body.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        body.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(body);
        setOnShown(e -> (vm.participants().isEmpty() ? participants.picker : summary).requestFocus());
    }

    private TextField summary(LogInteractionViewModel vm, Map<String, Node> fields) {
        TextField summary = new TextField();
        summary.setId("logSummary");
        summary.setPromptText(messages.get("log.summary.prompt"));
        summary.textProperty().bindBidirectional(vm.summary());
        fields.put("summary", summary);
        return summary;
    }

    private TextArea notes(LogInteractionViewModel vm, Map<String, Node> fields) {
        TextArea notes = new TextArea();
        notes.setId("logNotes");
        notes.setPrefRowCount(4);
        // Its height is its own: a row revealed elsewhere grows the dialog, it does not squeeze the notes.
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.setMaxHeight(Region.USE_PREF_SIZE);
        notes.setWrapText(true);
        Forms.tabLeaves(notes);
        notes.setPromptText(messages.get("log.notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notes());
        fields.put("notes", notes);
        return notes;
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }
}
