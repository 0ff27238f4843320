package app.orbit.ui.contacts;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.service.Messages;
import app.orbit.ui.common.Chips;
import app.orbit.ui.common.Dialogs;
import app.orbit.ui.files.FileActions;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The contacts screen: a searchable table on the left, the selected contact's details on the right. */
public final class ContactsView extends BorderPane {

    private final Messages messages;
    private final Dialogs dialogs;
    private final ContactsViewModel vm;
    private final Forms forms;
    private final Consumer<Contact> logWith;
    private final Consumer<Interaction> editInteraction;
    private final TableView<ContactRow> table = new TableView<>();
    private final CustomTextField search = new CustomTextField();
    /** The columns the table gives up first when narrow: organisation, then last touch, then circle. */
    private final java.util.List<TableColumn<ContactRow, ?>> expendable = new java.util.ArrayList<>();

    private static final double DETAIL_MIN_WIDTH = 330;
    /** The table's vertical scroll bar, which the columns cannot use. */
    private static final double SCROLL_BAR = 12;

    /** Opens the contact form: for a new person ({@code existing} null) or to edit one. */
    @FunctionalInterface
    public interface Forms {
        void open(Contact existing, Consumer<Contact> onSaved);
    }

    public ContactsView(Messages messages, Dialogs dialogs, ContactsViewModel vm, Forms forms,
            Consumer<Contact> logWith, Consumer<Interaction> editInteraction, FileActions files) {
        this.messages = messages;
        this.dialogs = dialogs;
        this.vm = vm;
        this.forms = forms;
        this.logWith = logWith;
        this.editInteraction = editInteraction;
        setId("contactsView");

        Label title = new Label(messages.get("nav.contacts"));
        title.getStyleClass().add(Styles.TITLE_2);
        search.setId("contactSearch");
        search.setPromptText(messages.get("contacts.search.prompt"));
        search.setLeft(new FontIcon(Feather.SEARCH));
        search.textProperty().bindBidirectional(vm.query());
        search.setTooltip(new javafx.scene.control.Tooltip(messages.get("contacts.search.tooltip")));
        // Down or Enter from the search opens the first match and puts the keyboard on the table, as in
        // Not sorted: before, a person who typed "camille" had to Tab three times to reach her.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            boolean down = e.getCode() == javafx.scene.input.KeyCode.DOWN;
            boolean enter = e.getCode() == javafx.scene.input.KeyCode.ENTER;
            if ((down || enter) && !table.getItems().isEmpty()) {
                e.consume();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().clearAndSelect(0);
                }
                table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
            }
        });
        HBox.setHgrow(search, Priority.ALWAYS);
        // The field asks for its full width first; the spacer only takes what is left over.
        search.setPrefWidth(520);
        search.setMaxWidth(520);
        CheckBox archived = new CheckBox(messages.get("contacts.showArchived"));
        archived.setId("showArchived");
        archived.selectedProperty().bindBidirectional(vm.showArchived());
        Button add = new Button(messages.get("contacts.new"), new FontIcon(Feather.USER_PLUS));
        add.setId("newContact");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> openForm(null));
        // The search field gives way first: the check box and the button keep their words whole.
        archived.setMinWidth(Region.USE_PREF_SIZE);
        add.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(12, search, archived, spacer, add);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("contactCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> messages.get(
                vm.truncated().get() ? "contacts.count.truncated" : "contacts.count", vm.resultCount().get()),
                vm.resultCount(), vm.truncated()));
        VBox top = new VBox(10, title, bar, count);
        top.setPadding(new Insets(20, 24, 10, 24));
        setTop(top);

        buildTable();
        ContactDetailView detail = new ContactDetailView(messages, new ContactDetailView.Actions(
                c -> openForm(c), logWith, c -> vm.setArchived(c.id(), !c.archived()), this::confirmDelete,
                editInteraction, this::confirmDeleteInteraction, files::exportContact,
                c -> files.erase(c, id -> vm.select(null))));
        vm.selected().addListener((obs, old, now) -> detail.show(now == null ? null : now.details(),
                now == null ? null : now.reciprocity()));
        // Below this the detail pane breaks e-mail addresses letter by letter and its buttons wrap.
        detail.setMinWidth(DETAIL_MIN_WIDTH);
        SplitPane split = new SplitPane(table, detail);
        // At 1280 pixels every column fits in both languages from here; narrower, the pane's least
        // width wins and the table drops its less important columns (see fitColumns).
        split.setDividerPositions(0.66);
        // A wider window widens the table, as when opened wide, and the details keep their width: left
        // to the split's proportions, a window widened from 1024 to 1280 kept the table 128 pixels short.
        SplitPane.setResizableWithParent(detail, false);
        BorderPane.setMargin(split, new Insets(0, 24, 24, 24));
        setCenter(split);
        vm.search();
    }

    private void buildTable() {
        table.setId("contactsTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // With nothing typed, an empty table means an empty address book, not a search that failed.
        Label placeholder = new Label();
        placeholder.setId("contactsPlaceholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(vm.query().get() == null || vm.query().get().isBlank() ? "contacts.none"
                        : "contacts.empty"), vm.query()));
        table.setPlaceholder(placeholder);
        TableColumn<ContactRow, String> name = new TableColumn<>(messages.get("contacts.col.name"));
        name.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().contact().displayName()));
        name.setCellFactory(col -> textWithItsWhole());
        name.setPrefWidth(190);
        name.setMinWidth(140);
        TableColumn<ContactRow, String> org = new TableColumn<>(messages.get("contacts.col.organisation"));
        org.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().contact().organisation()));
        org.setCellFactory(col -> textWithItsWhole());
        org.setPrefWidth(150);
        TableColumn<ContactRow, Circle> circle = new TableColumn<>(messages.get("contacts.col.circle"));
        circle.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().contact().circle()));
        circle.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Circle c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : messages.of("circle", c));
            }
        });
        circle.setPrefWidth(105);
        circle.setMinWidth(90);
        DateTimeFormatter fmt = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        TableColumn<ContactRow, ContactRow> touch = new TableColumn<>(messages.get("contacts.col.lastTouch"));
        touch.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        touch.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                // With nothing logged, the stored date is the day they were known from, not a touch.
                setText(empty || row == null ? null : row.touched() ? fmt.format(row.contact().lastTouch())
                        : messages.get("contacts.lastTouch.never"));
            }
        });
        touch.setComparator(java.util.Comparator.comparing((ContactRow r) -> r.touched())
                .thenComparing(r -> r.contact().lastTouch()));
        touch.setPrefWidth(125);
        touch.setMinWidth(115);
        TableColumn<ContactRow, ContactRow> status = new TableColumn<>(messages.get("contacts.col.staleness"));
        status.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue()));
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(ContactRow row, boolean empty) {
                super.updateItem(row, empty);
                setGraphic(empty || row == null ? null : Chips.staleness(row.staleness(), row.touched(), messages));
            }
        });
        status.setComparator(java.util.Comparator.comparingDouble(r -> r.staleness().ratio()));
        status.setPrefWidth(120);
        status.setMinWidth(110);
        table.getColumns().setAll(java.util.List.of(name, org, circle, touch, status));
        app.orbit.ui.common.Tables.keepHeadersWhole(table);
        expendable.addAll(java.util.List.of(org, touch, circle));
        table.widthProperty().addListener((obs, old, now) -> fitColumns(now.doubleValue()));
        table.setItems(vm.rows());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                vm.select(now.contact().id());
            }
        });
        vm.rows().addListener((javafx.collections.ListChangeListener<ContactRow>) ch -> reselect());
    }

    /**
     * Hides the less important columns while the visible ones' least widths do not fit, so that a
     * narrow window (1024 pixels, French) shows name and status whole rather than Status cut off.
     */
    private void fitColumns(double width) {
        double room = width - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR;
        double needed = table.getColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
        java.util.Set<TableColumn<ContactRow, ?>> hide = new java.util.HashSet<>();
        for (TableColumn<ContactRow, ?> c : expendable) {
            if (needed <= room) {
                break;
            }
            hide.add(c);
            needed -= c.getMinWidth();
        }
        boolean changed = false;
        for (TableColumn<ContactRow, ?> c : expendable) {
            changed |= c.isVisible() == hide.contains(c);
            c.setVisible(!hide.contains(c));
        }
        if (changed) {
            // Cells made while their column was hidden keep a stale height: "aucun noté" sat at the top.
            table.refresh();
        }
    }

    /** Keeps the selected contact selected when the rows are replaced by a new search. */
    private void reselect() {
        Long id = vm.selectedId();
        if (id == null) {
            return;
        }
        for (int i = 0; i < vm.rows().size(); i++) {
            if (vm.rows().get(i).contact().id() == id) {
                table.getSelectionModel().select(i);
                return;
            }
        }
    }

    public ContactsViewModel viewModel() {
        return vm;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    /** Opens the form for a new person (Ctrl+N). */
    public void newContact() {
        openForm(null);
    }

    /** Opens the contact, e.g. from the week list. */
    public void show(long contactId) {
        vm.select(contactId);
    }

    private void openForm(Contact existing) {
        forms.open(existing, saved -> vm.select(saved.id()));
    }

    private void confirmDelete(Contact c) {
        if (dialogs.confirm(messages.get("contact.delete.header", c.displayName()),
                messages.get("contact.delete.text"), messages.get("button.delete"))) {
            vm.delete(c.id());
        }
    }

    private void confirmDeleteInteraction(Interaction i) {
        if (dialogs.confirm(messages.get("interaction.delete.header"), messages.get("interaction.delete.text"),
                messages.get("button.delete"))) {
            vm.deleteInteraction(i.id());
        }
    }

    /** A text cell whose whole text shows on hover: a long name or organisation is cut at the column's width. */
    private static TableCell<ContactRow, String> textWithItsWhole() {
        return new TableCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                boolean shown = !empty && text != null && !text.isBlank();
                setText(shown ? text : null);
                whole.setText(shown ? text : null);
                setTooltip(shown ? whole : null);
            }
        };
    }
}
