package app.orbit.ui.contacts;

import app.orbit.service.Messages;
import app.orbit.ui.common.ContactPicker;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.Forms;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The contact form's "Introduced by": a picker while nobody is chosen, then the chosen person's removable chip. */
final class IntroducerPart extends HBox {

    IntroducerPart(Messages messages, ContactFormViewModel vm, ContactPickerViewModel people,
            Map<String, Node> fields) {
        super(6);
        ContactPicker picker = new ContactPicker(people, messages, vm.introducedBy()::set, null);
        picker.setId("introducedBy");
        picker.setPromptText(messages.get("contact.field.introducedBy.prompt"));
        HBox.setHgrow(picker, Priority.ALWAYS);
        Runnable show = () -> {
            getChildren().clear();
            if (vm.introducedBy().get() == null) {
                getChildren().add(picker);
            } else {
                getChildren().add(Forms.removableChip(vm.introducedBy().get().displayName(),
                        messages.get("button.remove"), () -> vm.introducedBy().set(null)));
            }
        };
        vm.introducedBy().addListener((obs, old, now) -> show.run());
        show.run();
        fields.put("introducedBy", picker);
    }
}
