package app.orbit.ui.intros;

import app.orbit.domain.IntroductionMatch;
import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Introductions: whose needs meet whose offers, best first, each with why and how sure Orbit is.
 * The selected one is answered with the buttons below the list or from the keyboard: Enter to
 * introduce them, Delete for not a good match, L for later.
 */
public final class IntroductionsView extends BorderPane {

    private final ListView<IntroductionMatch> list;

    public IntroductionsView(Messages messages, IntroductionsViewModel vm) {
        setId("introductionsView");
        Label title = new Label(messages.get("nav.intros"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label intro = new Label(messages.get("intros.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        VBox top = new VBox(6, title, intro);
        top.setPadding(new Insets(20, 24, 12, 24));
        setTop(top);

        list = new ListView<>(vm.suggestions());
        list.setId("introductionsList");
        Label empty = new Label();
        empty.setId("introductionsEmpty");
        // A large network's first reading takes a while: say so rather than "nothing to suggest".
        empty.textProperty().bind(Bindings.when(vm.loading()).then(messages.get("intros.loading"))
                .otherwise(messages.get("intros.none")));
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        list.setPlaceholder(empty);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(IntroductionMatch m, boolean isEmpty) {
                super.updateItem(m, isEmpty);
                if (isEmpty || m == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label who = new Label(messages.get("intros.pair", m.needer().name(), m.offerer().name()));
                who.getStyleClass().add(Styles.TEXT_BOLD);
                who.setWrapText(true);
                Label sure = new Label(messages.get("intros.confidence", Math.round(m.confidence() * 100)));
                sure.getStyleClass().addAll("chip", m.confidence() >= 0.8 ? "chip-fresh" : "chip-due-soon");
                Region gap = new Region();
                HBox.setHgrow(gap, Priority.ALWAYS);
                HBox head = new HBox(8, who, gap, sure);
                head.setAlignment(Pos.CENTER_LEFT);
                Label why = new Label(messages.get("intro.why", m.needer().name(), m.needPhrase(),
                        m.offerer().name(), m.offerPhrase()));
                why.setWrapText(true);
                // As many lines as the reason needs: at 1024 pixels it was cut after the first two.
                why.setMinHeight(Region.USE_PREF_SIZE);
                who.setMinHeight(Region.USE_PREF_SIZE);
                why.getStyleClass().add(Styles.TEXT_MUTED);
                VBox box = new VBox(4, head, why);
                box.setPadding(new Insets(4, 2, 4, 2));
                // Wrap within the list's width instead of widening the cell past it.
                box.maxWidthProperty().bind(l.widthProperty().subtract(40));
                setGraphic(box);
                setText(null);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        // The list keeps each cell's height from its first layout: narrowed, a reason on two lines more
        // was cut at the bottom until the cells are made again.
        list.widthProperty().addListener((obs, old, now) -> list.refresh());

        Button accept = new Button(messages.get("intros.accept"), new FontIcon(Feather.USERS));
        accept.setId("introAccept");
        accept.getStyleClass().add(Styles.ACCENT);
        Button decline = new Button(messages.get("intros.decline"), new FontIcon(Feather.X));
        decline.setId("introDecline");
        Button later = new Button(messages.get("intros.later"), new FontIcon(Feather.CLOCK));
        later.setId("introLater");
        for (Button b : new Button[] {accept, decline, later}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        accept.setOnAction(e -> act(vm::accept));
        decline.setOnAction(e -> act(vm::decline));
        later.setOnAction(e -> act(vm::later));
        Label keys = new Label(messages.get("intros.keys"));
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        keys.setWrapText(true);
        HBox actions = new HBox(8, accept, decline, later);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label count = new Label();
        count.setId("introCount");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> vm.loading().get() && vm.suggestions().isEmpty() ? ""
                        : messages.get("intros.count", (long) vm.suggestions().size()),
                vm.suggestions(), vm.loading()));
        VBox body = new VBox(10, count, list, actions, keys);
        body.setPadding(new Insets(0, 24, 20, 24));
        setCenter(body);

        list.setOnKeyPressed(e -> {
            if (list.getSelectionModel().getSelectedItem() == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                act(vm::accept);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                act(vm::decline);
                e.consume();
            } else if (e.getCode() == KeyCode.L) {
                act(vm::later);
                e.consume();
            }
        });
        // Keep a selection so the keys always act on something, and the focus in the list.
        vm.suggestions().addListener((javafx.collections.ListChangeListener<IntroductionMatch>) c -> {
            if (list.getSelectionModel().getSelectedItem() == null && !vm.suggestions().isEmpty()) {
                list.getSelectionModel().select(Math.min(lastIndex, vm.suggestions().size() - 1));
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, o, n) -> {
            if (n.intValue() >= 0) {
                lastIndex = n.intValue();
            }
        });
    }

    private int lastIndex;

    private void act(java.util.function.Consumer<IntroductionMatch> answer) {
        IntroductionMatch m = list.getSelectionModel().getSelectedItem();
        if (m != null) {
            answer.accept(m);
            list.requestFocus();
        }
    }

    /** Puts the keyboard in the list, on the first suggestion. */
    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }
}
