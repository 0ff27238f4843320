package app.orbit.ui.log;

import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.service.Messages;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.ContactPicker;
import app.orbit.ui.common.Forms;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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

        FlowPane chips = new FlowPane(6, 6);
        chips.setId("participants");
        Runnable showChips = () -> chips.getChildren().setAll(vm.participants().stream().map(p -> {
            Button chip = Forms.removableChip(p.isNew() ? messages.get("log.newPerson", p.displayName())
                    : p.displayName(), messages.get("button.remove"), () -> vm.remove(p));
            if (p.isNew()) {
                chip.getStyleClass().add("chip-new");
            }
            return (Node) chip;
        }).toList());
        vm.participants().addListener((ListChangeListener<Participant>) ch -> showChips.run());
        showChips.run();
        ContactPicker picker = new ContactPicker(people, messages, c -> vm.add(Participant.of(c)), vm.isNew() ? name -> vm.add(Participant.newPerson(name)) : null);
        picker.setId("participantSearch");
        picker.setPromptText(messages.get(vm.isNew() ? "log.participants.prompt" : "log.participants.prompt.edit"));
        fields.put("participants", picker);

        DatePicker date = Forms.pastDatePicker("logDate", vm.date, vm.today());
        fields.put("date", date);
        ComboBox<InteractionKind> kind = Forms.kindChoice("logKind", messages, vm.kind);
        TextField summary = new TextField();
        summary.setId("logSummary");
        summary.setPromptText(messages.get("log.summary.prompt"));
        summary.textProperty().bindBidirectional(vm.summary);
        fields.put("summary", summary);
        TextArea notes = new TextArea();
        notes.setId("logNotes");
        notes.setPrefRowCount(4);
        // Its height is its own: a row revealed elsewhere grows the dialog, it does not squeeze the notes.
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        notes.setWrapText(true);
        notes.setPromptText(messages.get("log.notes.prompt"));
        notes.textProperty().bindBidirectional(vm.notes);
        fields.put("notes", notes);

        ToggleGroup exchangeGroup = new ToggleGroup();
        HBox exchange = new HBox();
        exchange.setId("logExchange");
        Exchange[] values = Exchange.values();
        for (int i = 0; i < values.length; i++) {
            Exchange ex = values[i];
            ToggleButton b = new ToggleButton(messages.of("exchange.short", ex));
            b.setTooltip(new javafx.scene.control.Tooltip(messages.of("exchange", ex)));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setId("exchange-" + ex.name());
            b.setToggleGroup(exchangeGroup);
            b.setUserData(ex);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(ex == vm.exchange.get());
            exchange.getChildren().add(b);
        }
        exchangeGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.exchange.set((Exchange) now.getUserData());
            }
        });

        CheckBox followUp = new CheckBox(messages.get("log.followUp"));
        followUp.setId("logFollowUp");
        followUp.selectedProperty().bindBidirectional(vm.followUp);
        DatePicker followUpDate = new DatePicker();
        followUpDate.setId("logFollowUpDate");
        followUpDate.valueProperty().bindBidirectional(vm.followUpDate);
        fields.put("followUpDate", followUpDate);
        TextField promise = new TextField();
        promise.setId("logFollowUpPromise");
        promise.setPromptText(messages.get("log.followUp.prompt"));
        promise.textProperty().bindBidirectional(vm.followUpPromise);
        fields.put("followUpPromise", promise);
        HBox.setHgrow(promise, Priority.ALWAYS);
        HBox followUpRow = new HBox(8, followUpDate, promise);
        followUpRow.setAlignment(Pos.CENTER_LEFT);
        followUpRow.disableProperty().bind(vm.followUp.not());

        // To whom, when several were there: one check box per participant, reached with Tab, ticked with Space.
        FlowPane promisedTo = new FlowPane(12, 6);
        promisedTo.setId("logPromisedTo");
        Runnable showRecipients = () -> {
            promisedTo.getChildren().clear();
            for (Participant p : vm.participants()) {
                CheckBox to = new CheckBox(p.displayName());
                to.setId("promisedTo-" + promisedTo.getChildren().size());
                to.setSelected(vm.promisedTo().contains(p));
                to.selectedProperty().addListener((obs, was, now) -> vm.promise(p, now));
                promisedTo.getChildren().add(to);
            }
        };
        vm.participants().addListener((ListChangeListener<Participant>) ch -> showRecipients.run());
        showRecipients.run();
        fields.put("followUpTo", promisedTo);
        Label promisedToLabel = label("log.followUp.to");
        promisedToLabel.setLabelFor(promisedTo);
        javafx.beans.binding.BooleanBinding asks = javafx.beans.binding.Bindings.createBooleanBinding(
                vm::asksRecipient, vm.followUp, vm.participants());
        for (Node n : new Node[] {promisedToLabel, promisedTo}) {
            n.visibleProperty().bind(asks);
            n.managedProperty().bind(asks);
        }

        CheckBox introduction = new CheckBox(messages.get("log.introduction"));
        introduction.setId("logIntroduction");
        introduction.selectedProperty().bindBidirectional(vm.introduction());
        // Offered only when logging something new between exactly two people.
        introduction.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.isNew() && (vm.participants().size() == 2 || vm.introduction().get()),
                vm.participants(), vm.introduction()));
        introduction.managedProperty().bind(introduction.visibleProperty());

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints(120);
        ColumnConstraints values2 = new ColumnConstraints(380, 520, Double.MAX_VALUE);
        values2.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, values2);
        int row = 0;
        grid.addRow(row++, label("log.participants"), new VBox(6, chips, picker, introduction));
        HBox when = new HBox(8, date, kind);
        grid.addRow(row++, label("log.when"), when);
        grid.addRow(row++, label("log.summary"), summary);
        grid.addRow(row++, label("log.notes"), notes);
        grid.addRow(row++, label("log.exchange"), exchange);
        grid.addRow(row++, followUp, followUpRow);
        GridPane.setColumnSpan(followUp, 1);
        grid.addRow(row, promisedToLabel, promisedTo);

        Forms.markErrors(vm.form(), fields);
        Label error = Forms.errorLabel(vm.form());
        error.setId("logError");
        // Should the screen be too short for the form, the form scrolls and Cancel and Save stay in sight.
        javafx.scene.control.ScrollPane body = new javafx.scene.control.ScrollPane(new VBox(12, grid, error));
        body.setFitToWidth(true);
        body.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        body.getStyleClass().add("edge-to-edge");
        getDialogPane().setContent(body);
        setOnShown(e -> (vm.participants().isEmpty() ? picker : summary).requestFocus());
    }

    private Label label(String key) {
        return new Label(messages.get(key));
    }
}
