package app.orbit.ui.log;

import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.InteractionKind;
import app.orbit.service.InteractionService;
import app.orbit.service.Messages;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.ContactPicker;
import app.orbit.ui.common.Forms;
import atlantafx.base.theme.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The "Log a one-to-many touch" dialog (File menu, Ctrl+Shift+L): a newsletter, a post or a talk
 * to everyone with a tag, everyone in a circle, or people picked one by one, stored once. It says
 * how many people it reaches and for how many it counts as a touch before saving.
 */
public final class BroadcastDialog extends Dialog<InteractionService.LoggedToMany> {

    private final Messages messages;

    public BroadcastDialog(Window owner, Messages messages, BroadcastViewModel vm, ContactPickerViewModel people,
            Consumer<InteractionService.LoggedToMany> onSaved) {
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get("broadcast.title"));
        setHeaderText(messages.get("broadcast.header"));
        setResizable(true);
        getDialogPane().setId("broadcastDialog");
        getDialogPane().setPrefWidth(680);
        // AtlantaFX's theme caps dialogs at 600 pixels (a setter did not lift it): the width asked for above.
        getDialogPane().setStyle("-fx-max-width: 10000;");

        Forms.saveAndCancel(this, messages, "saveBroadcast", vm.form().valid(), vm.form().saving(), vm::save,
                onSaved);
        Map<String, Node> fields = new LinkedHashMap<>();

        ToggleGroup who = new ToggleGroup();
        RadioButton byTag = choice(who, "broadcastByTag", "broadcast.audience.TAG", Audience.Kind.TAG, vm);
        RadioButton byCircle = choice(who, "broadcastByCircle", "broadcast.audience.CIRCLE", Audience.Kind.CIRCLE, vm);
        RadioButton byPeople = choice(who, "broadcastByPeople", "broadcast.audience.SELECTION", Audience.Kind.SELECTION,
                vm);
        who.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.audience().set((Audience.Kind) now.getUserData());
            }
        });

        ComboBox<String> tag = new ComboBox<>(vm.tags());
        tag.setId("broadcastTag");
        tag.setEditable(true);
        tag.setPromptText(messages.get("broadcast.tag.prompt"));
        tag.getEditor().textProperty().bindBidirectional(vm.tag());
        // The dialog opens with the focus here: the hint stays shown, as in "Who was there".
        tag.getEditor().getStyleClass().add("keeps-prompt");
        tag.setMaxWidth(Double.MAX_VALUE);
        ComboBox<Circle> circle = new ComboBox<>(FXCollections.observableArrayList(Circle.values()));
        circle.setId("broadcastCircle");
        circle.setConverter(Forms.enumConverter(messages, "circle"));
        circle.valueProperty().bindBidirectional(vm.circle());

        FlowPane chips = new FlowPane(6, 6);
        chips.setId("broadcastPeople");
        Runnable showChips = () -> chips.getChildren().setAll(vm.people().stream()
                .map(p -> (Node) Forms.removableChip(p.displayName(), messages.get("button.remove"),
                        () -> vm.remove(p)))
                .toList());
        vm.people().addListener((ListChangeListener<ContactSummary>) ch -> showChips.run());
        showChips.run();
        ContactPicker picker = new ContactPicker(people, messages, vm::add, null);
        picker.setId("broadcastPeopleSearch");
        picker.setPromptText(messages.get("broadcast.people.prompt"));
        VBox peopleBox = new VBox(6, chips, picker);

        // Only the chosen way's control shows, under the three choices.
        tag.visibleProperty().bind(vm.audience().isEqualTo(Audience.Kind.TAG));
        circle.visibleProperty().bind(vm.audience().isEqualTo(Audience.Kind.CIRCLE));
        peopleBox.visibleProperty().bind(vm.audience().isEqualTo(Audience.Kind.SELECTION));
        for (Node n : new Node[] {tag, circle, peopleBox}) {
            n.managedProperty().bind(n.visibleProperty());
        }
        VBox audience = new VBox(8, new HBox(16, byTag, byCircle, byPeople), tag, circle, peopleBox);
        fields.put("audience", audience);

        DatePicker date = Forms.pastDatePicker("broadcastDate", vm.date(), vm.today());
        fields.put("date", date);
        ComboBox<InteractionKind> kind = Forms.kindChoice("broadcastKind", messages, vm.kind());
        TextField summary = new TextField();
        summary.setId("broadcastSummary");
        summary.setPromptText(messages.get("broadcast.summary.prompt"));
        summary.setTooltip(new javafx.scene.control.Tooltip(messages.get("broadcast.summary.tooltip")));
        summary.textProperty().bindBidirectional(vm.summary());
        fields.put("summary", summary);

        Label reach = new Label();
        reach.setId("broadcastReach");
        reach.setWrapText(true);
        reach.getStyleClass().add(Styles.TEXT_BOLD);
        reach.textProperty().bind(vm.reachText());
        Label rule = new Label(messages.get("broadcast.rule"));
        rule.setWrapText(true);
        rule.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        for (Label l : new Label[] {reach, rule}) {
            l.setMinHeight(Region.USE_PREF_SIZE);
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints values = new ColumnConstraints(320, 480, Double.MAX_VALUE);
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(new ColumnConstraints(110), values);
        int row = 0;
        grid.addRow(row++, label("broadcast.audience", byTag), audience);
        grid.addRow(row++, label("log.when", date), new HBox(8, date, kind));
        grid.addRow(row, label("log.summary", summary), summary);

        Forms.markErrors(vm.form().errorField(), fields);
        Label error = Forms.errorLabel(vm.form().error(), vm.form().touched());
        error.setId("broadcastError");
        getDialogPane().setContent(new VBox(12, grid, new VBox(4, reach, rule), error));
        setOnShown(e -> (vm.audience().get() == Audience.Kind.SELECTION ? picker : tag).requestFocus());
        // The chosen way's control and the error change the content's height: the window follows.
        vm.audience().addListener((obs, old, now) -> fit());
        vm.form().error().addListener((obs, old, now) -> fit());
    }

    private void fit() {
        if (isShowing()) {
            getDialogPane().getScene().getWindow().sizeToScene();
        }
    }

    private RadioButton choice(ToggleGroup group, String id, String key, Audience.Kind kind, BroadcastViewModel vm) {
        RadioButton b = new RadioButton(messages.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        b.setUserData(kind);
        b.setSelected(vm.audience().get() == kind);
        return b;
    }

    /** A field's label, which moves the keyboard focus to its field when clicked (and reads with it). */
    private Label label(String key, Node field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        return l;
    }
}
