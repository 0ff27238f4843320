package app.orbit.ui.log;

import app.orbit.service.Messages;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The log dialog's follow-up: "I promised a follow-up" with its date and what was promised, and,
 * when several were there, to whom (one check box per participant, reached with Tab, ticked with Space).
 */
final class FollowUpPart {

    final CheckBox followUp;
    final HBox row;
    final Label toLabel;
    final FlowPane to;

    FollowUpPart(Messages messages, LogInteractionViewModel vm, Map<String, Node> fields) {
        followUp = new CheckBox(messages.get("log.followUp"));
        followUp.setId("logFollowUp");
        followUp.selectedProperty().bindBidirectional(vm.followUp());
        DatePicker date = new DatePicker();
        date.setId("logFollowUpDate");
        date.valueProperty().bindBidirectional(vm.followUpDate());
        fields.put("followUpDate", date);
        TextField promise = new TextField();
        promise.setId("logFollowUpPromise");
        promise.setPromptText(messages.get("log.followUp.prompt"));
        promise.textProperty().bindBidirectional(vm.followUpPromise());
        fields.put("followUpPromise", promise);
        HBox.setHgrow(promise, Priority.ALWAYS);
        row = new HBox(8, date, promise);
        row.setAlignment(Pos.CENTER_LEFT);
        row.disableProperty().bind(vm.followUp().not());

        to = new FlowPane(12, 6);
        to.setId("logPromisedTo");
        Runnable showRecipients = () -> {
            to.getChildren().clear();
            for (Participant p : vm.participants()) {
                CheckBox box = new CheckBox(p.displayName());
                box.setId("promisedTo-" + to.getChildren().size());
                box.setSelected(vm.promisedTo().contains(p));
                box.selectedProperty().addListener((obs, was, now) -> vm.promise(p, now));
                to.getChildren().add(box);
            }
        };
        vm.participants().addListener((ListChangeListener<Participant>) ch -> showRecipients.run());
        showRecipients.run();
        fields.put("followUpTo", to);
        toLabel = new Label(messages.get("log.followUp.to"));
        toLabel.setLabelFor(to);
        BooleanBinding asks = Bindings.createBooleanBinding(vm::asksRecipient, vm.followUp(), vm.participants());
        for (Node n : new Node[] {toLabel, to}) {
            n.visibleProperty().bind(asks);
            n.managedProperty().bind(asks);
        }
    }
}
