package app.orbit.ui.log;

import app.orbit.service.Messages;
import app.orbit.ui.common.ContactPicker;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.Forms;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The log dialog's "Who was there": a chip per person, the picker that adds one, and "It was an introduction". */
final class ParticipantsPart extends VBox {

    final ContactPicker picker;

    ParticipantsPart(Messages messages, LogInteractionViewModel vm, ContactPickerViewModel people,
            Map<String, Node> fields) {
        super(6);
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
        picker = new ContactPicker(people, messages, c -> vm.add(Participant.of(c)),
                vm.isNew() ? name -> vm.add(Participant.newPerson(name)) : null);
        picker.setId("participantSearch");
        picker.setPromptText(messages.get(vm.isNew() ? "log.participants.prompt" : "log.participants.prompt.edit"));
        fields.put("participants", picker);

        CheckBox introduction = new CheckBox(messages.get("log.introduction"));
        introduction.setId("logIntroduction");
        introduction.selectedProperty().bindBidirectional(vm.introduction());
        // Offered only when logging something new between exactly two people.
        introduction.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.isNew() && (vm.participants().size() == 2 || vm.introduction().get()),
                vm.participants(), vm.introduction()));
        introduction.managedProperty().bind(introduction.visibleProperty());
        getChildren().setAll(chips, picker, introduction);
    }
}
