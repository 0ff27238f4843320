package app.orbit.ui.contacts;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.service.Messages;
import app.orbit.ui.common.ContactPickerViewModel;
import app.orbit.ui.common.Forms;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The add/edit contact dialog; its view model validates as the user types and explains what is wrong. */
public final class ContactFormDialog extends Dialog<Contact> {

    private final ContactFormViewModel vm;
    private final Messages messages;

    public ContactFormDialog(Window owner, Messages messages, ContactFormViewModel vm, ContactPickerViewModel people,
            Consumer<Contact> onSaved) {
        this.vm = vm;
        this.messages = messages;
        initOwner(owner);
        setTitle(messages.get(vm.isNew() ? "contact.form.new" : "contact.form.edit"));
        setHeaderText(getTitle());
        setResizable(true);
        getDialogPane().setId("contactForm");
        // AtlantaFX's theme caps dialogs at 600 pixels (a setter did not lift it), which left each field
        // 150 and cut its prompt: the form takes the width it asks for.
        getDialogPane().setStyle("-fx-max-width: 10000;");

        Map<String, Node> fields = new LinkedHashMap<>();
        // How a save ends the dialog; kept for the choices after a conflict, which end it the same way.
        @SuppressWarnings("unchecked")
        Consumer<Contact>[] finish = new Consumer[1];
        Forms.saveAndCancel(this, messages, "saveContact", vm.form(), fields, done -> {
            finish[0] = done;
            vm.save(done);
        }, onSaved);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getColumnConstraints().addAll(labels(), grow(), labels(), grow());
        // Read (and tabbed through) row by row, left to right.
        TextField first = text("firstName", vm.firstName(), fields);
        int row = whoRows(grid, first, fields);
        row = circleRows(grid, row, fields);
        grid.add(label("contact.field.introducedBy"), 0, row);
        grid.add(new IntroducerPart(messages, vm, people, fields), 1, row);
        grid.add(label("contact.field.howWeMet"), 2, row);
        grid.add(text("howWeMet", vm.howWeMet(), fields), 3, row++);
        row = wide(grid, row, "contact.field.needs", area("needs", vm.needs(), fields, 2),
                "contact.field.needs.prompt");
        row = wide(grid, row, "contact.field.offers", area("offers", vm.offers(), fields, 2),
                "contact.field.offers.prompt");
        wide(grid, row, "contact.field.notes", area("notes", vm.notes(), fields, 4), null);

        Forms.markErrors(vm.form(), fields);
        Label error = Forms.errorLabel(vm.form());
        error.setId("contactFormError");
        VBox content = new VBox(12, grid, error);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        // It grows downwards only: never a scroll bar across, at any window size (issue 10).
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(560);
        scroll.setPrefViewportWidth(760);
        getDialogPane().setContent(scroll);
        Node saveButton = getDialogPane().getButtonTypes().stream()
                .filter(t -> t.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE)
                .map(getDialogPane()::lookupButton).findFirst().orElseThrow();
        vm.conflict().addListener((obs, was, now) -> {
            saveButton.setVisible(now == null);
            saveButton.setManaged(now == null);
            scroll.setContent(now == null ? content : new ConflictPane(messages, now,
                    () -> vm.keepMine(finish[0]), () -> vm.takeTheirs(finish[0]), vm::backToEditing));
            scroll.setVvalue(0);
        });
        setOnShown(e -> {
            // Once styled, the form knows its narrowest width in this language: the dialog never gets narrower.
            scroll.setMinViewportWidth(content.minWidth(-1));
            getDialogPane().getScene().getWindow().sizeToScene();
            first.requestFocus();
        });
    }

    /** Names, work, addresses and birthday, two fields a row; returns the next row. */
    private int whoRows(GridPane grid, TextField first, Map<String, Node> fields) {
        int row = 0;
        grid.addRow(row++, label("contact.field.firstName"), first, label("contact.field.lastName"),
                text("lastName", vm.lastName(), fields));
        grid.addRow(row++, label("contact.field.organisation"), text("organisation", vm.organisation(), fields),
                label("contact.field.title"), text("title", vm.title(), fields));
        TextField emails = text("email", vm.emails(), fields);
        emails.setPromptText(messages.get("contact.field.emails.prompt"));
        TextField phones = text("phone", vm.phones(), fields);
        phones.setPromptText(messages.get("contact.field.phones.prompt"));
        grid.addRow(row++, label("contact.field.emails"), emails, label("contact.field.phones"), phones);
        TextField birthday = text("birthday", vm.birthday(), fields);
        birthday.setPromptText(messages.get("contact.field.birthday.prompt"));
        birthday.setTooltip(new javafx.scene.control.Tooltip(messages.get("contact.field.birthday.tooltip")));
        grid.addRow(row++, label("contact.field.city"), text("city", vm.city(), fields),
                label("contact.field.birthday"), birthday);
        return row;
    }

    /** Circle and cadence, tags and known since; returns the next row. */
    private int circleRows(GridPane grid, int row, Map<String, Node> fields) {
        ComboBox<Circle> circle = new ComboBox<>(FXCollections.observableArrayList(vm.circleChoices()));
        circle.setId("circle");
        circle.setConverter(Forms.enumConverter(messages, "circle"));
        circle.valueProperty().bindBidirectional(vm.circle());
        circle.setMaxWidth(Double.MAX_VALUE);
        TextField cadence = text("cadence", vm.cadence(), fields);
        cadence.setPromptText(messages.get("contact.field.cadence.prompt"));
        grid.addRow(row++, label("contact.field.circle"), circle, label("contact.field.cadence"), cadence);
        TextField tags = text("tags", vm.tags(), fields);
        tags.setPromptText(messages.get("contact.field.tags.prompt"));
        DatePicker known = new DatePicker();
        known.setId("knownSince");
        known.valueProperty().bindBidirectional(vm.knownSince());
        known.setPromptText(messages.get("contact.field.knownSince.prompt"));
        known.setMaxWidth(Double.MAX_VALUE);
        grid.addRow(row++, label("contact.field.tags"), tags, label("contact.field.knownSince"), known);
        return row;
    }

    /** A field across the form's width, under its label; returns the next row. */
    private int wide(GridPane grid, int row, String labelKey, TextArea area, String promptKey) {
        if (promptKey != null) {
            area.setPromptText(messages.get(promptKey));
        }
        grid.add(label(labelKey), 0, row);
        grid.add(area, 1, row, 3, 1);
        return row + 1;
    }

    /** A column of labels, as wide as its longest label in this language (never cut). */
    private static ColumnConstraints labels() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        c.setHgrow(Priority.NEVER);
        return c;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints(150, 220, Double.MAX_VALUE);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private Label label(String key) {
        Label l = new Label(messages.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p, Map<String, Node> fields) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        fields.put(id, f);
        return f;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty p, Map<String, Node> fields,
            int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        Forms.tabLeaves(a);
        a.textProperty().bindBidirectional(p);
        fields.put(id, a);
        return a;
    }

    public ContactFormViewModel viewModel() {
        return vm;
    }
}
