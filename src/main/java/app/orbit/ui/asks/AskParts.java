package app.orbit.ui.asks;

import app.orbit.domain.Ask;
import app.orbit.domain.HelpWanted;
import app.orbit.service.Messages;
import app.orbit.ui.common.Forms;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.feather.Feather;

/** The parts of My asks, each showing one side of the same {@link AsksViewModel}. */
final class AskParts {

    private AskParts() {
    }

    /** The asks on the left: "New ask", "Show retired" and the list; choosing one edits it. */
    static final class AskList extends VBox {

        AskList(Messages messages, AsksViewModel vm) {
            super(10);
            ListView<Ask> list = new ListView<>(vm.list());
            list.setId("asksList");
            list.setPrefWidth(280);
            // The list keeps each cell's height from its first layout: narrowed, wrapped asks were cut.
            list.widthProperty().addListener((obs, old, now) -> list.refresh());
            list.setPlaceholder(new Label(messages.get("asks.none")));
            list.setCellFactory(l -> new ListCell<>() {
                @Override
                protected void updateItem(Ask a, boolean empty) {
                    super.updateItem(a, empty);
                    if (empty || a == null) {
                        setText(null);
                        setGraphic(null);
                        return;
                    }
                    Label what = new Label(a.lookingFor());
                    what.setWrapText(true);
                    Label state = new Label(messages.get(a.active() ? "asks.active" : "asks.retired"));
                    state.getStyleClass().addAll("chip", a.active() ? "chip-fresh" : "chip-untracked");
                    // The whole ask on as many lines as it needs, within the list's width (it was cut at 240).
                    what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                    VBox box = new VBox(4, what, state);
                    box.setPadding(new javafx.geometry.Insets(2, 0, 2, 0));
                    box.maxWidthProperty().bind(l.widthProperty().subtract(30));
                    setGraphic(box);
                    setText(null);
                }
            });
            list.getSelectionModel().selectedItemProperty().addListener((obs, o, n) -> {
                if (n != null) {
                    vm.edit(n);
                }
            });
            Button add = new Button(messages.get("asks.new"), new FontIcon(Feather.PLUS));
            add.setId("newAsk");
            add.setOnAction(e -> {
                list.getSelectionModel().clearSelection();
                vm.startNew();
            });
            CheckBox retired = new CheckBox(messages.get("asks.showRetired"));
            retired.setId("showRetiredAsks");
            retired.selectedProperty().bindBidirectional(vm.showRetired());
            getChildren().setAll(add, retired, list);
            setMinWidth(280);
            setPrefWidth(300);
            VBox.setVgrow(list, Priority.ALWAYS);
        }
    }

    /** What I am looking for, in five fields. */
    static final class AskForm extends GridPane {

        private final Messages messages;

        AskForm(Messages messages, AsksViewModel vm) {
            this.messages = messages;
            setHgap(12);
            setVgap(10);
            ColumnConstraints labels = new ColumnConstraints(170);
            ColumnConstraints fields = new ColumnConstraints(200, 420, Double.MAX_VALUE);
            fields.setHgrow(Priority.ALWAYS);
            getColumnConstraints().addAll(labels, fields);
            addRow(0, label("asks.field.lookingFor"), text("askLookingFor", vm.lookingFor(),
                    "asks.field.lookingFor.prompt", "asks.field.lookingFor.tooltip"));
            addRow(1, label("asks.field.domain"), text("askDomain", vm.domain(), "asks.field.domain.prompt",
                    "asks.field.domain.tooltip"));
            addRow(2, label("asks.field.niche"), text("askNiche", vm.niche(), "asks.field.niche.prompt",
                    "asks.field.niche.tooltip"));
            addRow(3, label("asks.field.differentiator"), text("askDifferentiator", vm.differentiator(),
                    "asks.field.differentiator.prompt", "asks.field.differentiator.tooltip"));
            ComboBox<HelpWanted> help = new ComboBox<>(FXCollections.observableArrayList(HelpWanted.values()));
            help.setId("askHelpWanted");
            help.setConverter(Forms.enumConverter(messages, "ask.helpWanted"));
            help.valueProperty().bindBidirectional(vm.helpWanted());
            addRow(4, label("asks.field.helpWanted"), help);
        }

        private Label label(String key) {
            return AskParts.label(messages, key);
        }

        private TextField text(String id, javafx.beans.property.StringProperty p, String prompt, String tooltip) {
            TextField f = new TextField();
            f.setId(id);
            f.setPromptText(messages.get(prompt));
            // The prompt is a short example that fits a narrow window; the tooltip gives more.
            f.setTooltip(new javafx.scene.control.Tooltip(messages.get(tooltip)));
            f.textProperty().bindBidirectional(p);
            return f;
        }
    }

    /** The ask as one sentence (and in the other language), Copy, its score and what it lacks. */
    static final class AskPreview extends VBox {

        AskPreview(Messages messages, AsksViewModel vm) {
            super(10);
            Label sentence = new Label();
            sentence.setId("askSentence");
            sentence.setWrapText(true);
            sentence.getStyleClass().addAll(Styles.TITLE_4, "ask-sentence");
            sentence.textProperty().bind(Bindings.when(vm.sentence().isEmpty())
                    .then(messages.get("asks.sentence.empty")).otherwise(vm.sentence()));
            Label other = new Label();
            other.setWrapText(true);
            other.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_ITALIC);
            other.setId("askOtherSentence");
            other.textProperty().bind(vm.otherSentence());
            other.visibleProperty().bind(vm.otherSentence().isNotEmpty());
            other.managedProperty().bind(other.visibleProperty());
            Button copy = new Button(messages.get("ask.copy"), new FontIcon(Feather.COPY));
            copy.setId("copyAsk");
            copy.disableProperty().bind(vm.sentence().isEmpty());
            copy.setOnAction(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putString(vm.sentence().get());
                Clipboard.getSystemClipboard().setContent(content);
                vm.copied();
            });
            ProgressBar bar = new ProgressBar();
            bar.setId("askScoreBar");
            bar.setPrefWidth(240);
            bar.progressProperty().bind(vm.score().divide(100.0));
            Label score = new Label();
            score.setId("askScore");
            score.textProperty().bind(Bindings.createStringBinding(
                    () -> messages.get("ask.score", (long) vm.score().get()), vm.score()));
            vm.score().addListener((obs, o, n) -> colour(bar, n.intValue()));
            colour(bar, vm.score().get());
            VBox hints = new VBox(4);
            hints.setId("askHints");
            Runnable showHints = () -> hints.getChildren().setAll(vm.hints().stream().map(h -> {
                Label l = new Label(h, new FontIcon(Feather.ALERT_CIRCLE));
                l.setWrapText(true);
                l.getStyleClass().add("ask-hint");
                return (javafx.scene.Node) l;
            }).toList());
            vm.hints().addListener((ListChangeListener<String>) c -> showHints.run());
            showHints.run();
            getChildren().setAll(label(messages, "asks.preview"), sentence, other, copy, new HBox(10, bar, score),
                    hints);
            getStyleClass().add("ask-preview");
            setPadding(new Insets(14));
        }

        private static void colour(ProgressBar bar, int score) {
            bar.getStyleClass().removeAll(Styles.DANGER, Styles.WARNING, Styles.SUCCESS);
            bar.getStyleClass().add(score < 50 ? Styles.DANGER : score < 80 ? Styles.WARNING : Styles.SUCCESS);
        }
    }

    /** Save, Retire (or Activate) and what was last done. */
    static final class AskButtons extends HBox {

        AskButtons(Messages messages, AsksViewModel vm) {
            super(10);
            Button save = new Button(messages.get("button.save"));
            save.setId("saveAsk");
            save.getStyleClass().add(Styles.ACCENT);
            save.setOnAction(e -> vm.save());
            Button retire = new Button();
            retire.setId("retireAsk");
            retire.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                    vm.editing().get() != null && !vm.editing().get().active() ? "asks.activate" : "asks.retire"),
                    vm.editing()));
            retire.disableProperty().bind(vm.editing().isNull());
            retire.setOnAction(e -> vm.toggleActive());
            Label status = new Label();
            status.textProperty().bind(vm.status());
            status.getStyleClass().add(Styles.TEXT_MUTED);
            getChildren().setAll(save, retire, status);
            setAlignment(Pos.CENTER_LEFT);
        }
    }

    static Label label(Messages messages, String key) {
        Label l = new Label(messages.get(key));
        l.setWrapText(true);
        return l;
    }
}
