package app.orbit.ui.sorting;

import app.orbit.domain.Circle;
import app.orbit.service.Messages;
import app.orbit.ui.sorting.SortingViewModel.Choice;
import app.orbit.ui.sorting.SortingViewModel.Row;
import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "Not sorted": the people an import brought in, waiting for a circle. Filter them, select
 * several (Shift, Ctrl, Ctrl+A), press 1 to 5 to put them in a circle or A to archive them; they
 * leave the list and the focus stays on the next person, so hundreds are sorted in minutes.
 */
public final class SortingView extends BorderPane {

    /** The key that puts the selection in each circle, as the buttons show it. */
    private static final Map<KeyCode, Circle> KEYS = Map.of(
            KeyCode.DIGIT1, Circle.INNER, KeyCode.NUMPAD1, Circle.INNER,
            KeyCode.DIGIT2, Circle.CLOSE, KeyCode.NUMPAD2, Circle.CLOSE,
            KeyCode.DIGIT3, Circle.NETWORK, KeyCode.NUMPAD3, Circle.NETWORK,
            KeyCode.DIGIT4, Circle.OUTER, KeyCode.NUMPAD4, Circle.OUTER,
            KeyCode.DIGIT5, Circle.DORMANT, KeyCode.NUMPAD5, Circle.DORMANT);

    private final Messages messages;
    private final SortingViewModel vm;
    private final TableView<Row> table = new TableView<>();
    private final CustomTextField filter = new CustomTextField();

    public SortingView(Messages messages, SortingViewModel vm) {
        this.messages = messages;
        this.vm = vm;
        setId("sortingView");

        Label title = new Label(messages.get("sorting.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(messages.get("sorting.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label count = new Label();
        count.setId("sortingCount");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("sorting.count", (long) vm.count().get()), vm.count()));

        filter.setId("sortingFilter");
        filter.setPromptText(messages.get("sorting.filter.prompt"));
        filter.setLeft(new FontIcon(Feather.FILTER));
        filter.setTooltip(new javafx.scene.control.Tooltip(messages.get("sorting.filter.tooltip")));
        filter.textProperty().bindBidirectional(vm.filter());
        filter.setMaxWidth(420);
        HBox.setHgrow(filter, Priority.ALWAYS);
        // Down from the filter goes to the table, so the hands stay on the keyboard.
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                e.consume();
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().clearAndSelect(0);
                    table.getFocusModel().focus(0);
                }
            }
        });
        ComboBox<Choice> org = choices("sortingOrg", vm.organisations(), vm.organisation(), "sorting.org.all");
        ComboBox<Choice> tag = choices("sortingTag", vm.tags(), vm.tag(), "sorting.tag.all");
        // As wide as "Every organisation" in this language, no wider: the filter's prompt keeps the rest.
        org.setPrefWidth(fitting(messages.get("sorting.org.all")));
        tag.setPrefWidth(fitting(messages.get("sorting.tag.all")));
        HBox bar = new HBox(12, filter, org, tag);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(8, title, intro, count, bar);
        top.setPadding(new Insets(20, 24, 10, 24));
        setTop(top);

        buildTable();
        BorderPane.setMargin(table, new Insets(0, 24, 0, 24));
        setCenter(table);
        setBottom(actions());
    }

    private ComboBox<Choice> choices(String id, javafx.collections.ObservableList<Choice> items,
            javafx.beans.property.ObjectProperty<Choice> value, String everyKey) {
        ComboBox<Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return vm.label(c, everyKey);
            }

            @Override
            public Choice fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    /** A choice box's width that shows {@code text} whole: the words, the cell's padding and the arrow. */
    private static double fitting(String text) {
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        // The theme's text size (14 pixels), which the box's cell uses.
        measure.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(), 14));
        return Math.ceil(measure.getLayoutBounds().getWidth()) + 56;
    }

    private void buildTable() {
        table.setId("sortingTable");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                vm.count().get() == 0 ? "sorting.empty" : "sorting.empty.filtered"), vm.count()));
        table.setPlaceholder(placeholder);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        table.getColumns().setAll(List.of(
                column("contacts.col.name", 190, r -> r.person().displayName()),
                column("contacts.col.organisation", 170, r -> r.person().organisation()),
                column("contact.field.title", 170, r -> r.person().title()),
                column("contact.field.tags", 140, r -> r.person().tags().stream().map(t -> "#" + t)
                        .collect(Collectors.joining(" "))),
                column("contact.field.knownSince", 120, r -> r.person().knownSince() == null ? ""
                        : dates.format(r.person().knownSince()))));
        app.orbit.ui.common.Tables.keepHeadersWhole(table);
        table.setItems(vm.rows());
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private TableColumn<Row, String> column(String key, double width, java.util.function.Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox actions() {
        Label put = new Label(messages.get("sorting.put"));
        put.getStyleClass().add(Styles.TEXT_MUTED);
        FlowPane buttons = new FlowPane(8, 8);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().add(put);
        int key = 1;
        for (Circle circle : Circle.SORTED) {
            Button b = keyButton("sort" + capitalised(circle), messages.of("circle", circle), String.valueOf(key++));
            b.setOnAction(e -> put(circle));
            buttons.getChildren().add(b);
        }
        Button archive = keyButton("sortArchive", messages.get("sorting.archive"), "A");
        archive.setOnAction(e -> archive());
        buttons.getChildren().add(archive);
        Label hint = new Label(messages.get("sorting.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Label selection = new Label();
        selection.setId("sortingSelection");
        selection.getStyleClass().add(Styles.TEXT_SMALL);
        selection.textProperty().bind(Bindings.createStringBinding(() -> messages.get("sorting.selection",
                (long) table.getItems().size(), (long) table.getSelectionModel().getSelectedIndices().size()),
                table.getItems(), table.getSelectionModel().getSelectedIndices()));
        Label notice = new Label();
        notice.setId("sortingNotice");
        notice.setWrapText(true);
        notice.textProperty().bind(vm.notice());
        notice.visibleProperty().bind(vm.notice().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        VBox box = new VBox(8, buttons, new HBox(16, selection, notice), hint);
        box.setPadding(new Insets(12, 24, 20, 24));
        for (var node : buttons.getChildren()) {
            if (node instanceof Button b) {
                b.disableProperty().bind(vm.busy().or(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())));
            }
        }
        return box;
    }

    private static String capitalised(Circle c) {
        String n = c.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(n.charAt(0)) + n.substring(1);
    }

    /** A button with its key shown beside the label, as on a keycap. */
    private static Button keyButton(String id, String text, String key) {
        Label cap = new Label(key);
        cap.getStyleClass().add("keycap");
        Button b = new Button(text, cap);
        b.setId(id);
        b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        b.setFocusTraversable(false);
        return b;
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        Circle circle = KEYS.get(e.getCode());
        if (circle != null) {
            e.consume();
            put(circle);
        } else if (e.getCode() == KeyCode.A) {
            e.consume();
            archive();
        }
    }

    private void put(Circle circle) {
        int anchor = anchor();
        vm.put(selectedIds(), circle, () -> focusAt(anchor));
    }

    private void archive() {
        int anchor = anchor();
        vm.archive(selectedIds(), () -> focusAt(anchor));
    }

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(Row::id).toList();
    }

    /** The first selected row: once the selection has left, the next person is there. */
    private int anchor() {
        return table.getSelectionModel().getSelectedIndices().stream().mapToInt(Integer::intValue).min().orElse(0);
    }

    private void focusAt(int index) {
        table.getSelectionModel().clearSelection();
        int size = table.getItems().size();
        if (size > 0) {
            int i = Math.min(index, size - 1);
            table.getSelectionModel().select(i);
            table.getFocusModel().focus(i);
        }
        table.requestFocus();
    }

    public SortingViewModel viewModel() {
        return vm;
    }

    /** Puts the keyboard in the filter when the page opens: type, then Down to reach the table. */
    public void focusFilter() {
        filter.requestFocus();
    }
}
