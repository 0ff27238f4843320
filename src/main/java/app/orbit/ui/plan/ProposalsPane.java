package app.orbit.ui.plan;

import app.orbit.domain.OrbitException;
import app.orbit.domain.Proposal;
import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * "To log": the meetings read from the calendars, each with its day, title, people and how sure
 * Orbit is of them; accept (the button, or Enter on the selected one), edit then accept, dismiss;
 * and the people invited who are not contacts yet, added in one step. Hidden when empty.
 */
final class ProposalsPane extends VBox {

    private static final double ROW = 64;
    private final Messages messages;
    private final PlanViewModel vm;
    private final Consumer<Proposal> edit;
    private final ListView<Proposal> list = new ListView<>();
    private final Hyperlink addPeople = new Hyperlink();
    private final Label problems = new Label();
    private final DateTimeFormatter day;

    ProposalsPane(Messages messages, PlanViewModel vm, Consumer<Proposal> edit, Function<Throwable, String> describe) {
        super(6);
        this.messages = messages;
        this.vm = vm;
        this.edit = edit;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        setId("toLog");
        Label title = new Label(messages.get("proposals.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label(messages.get("proposals.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        list.setId("proposalList");
        list.setItems(vm.proposals());
        list.setCellFactory(l -> new Cell());
        list.setFixedCellSize(ROW);
        list.setOnKeyPressed(e -> {
            Proposal p = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && p != null) {
                vm.accept(p);
                e.consume();
            }
        });
        addPeople.setId("addUnknownPeople");
        addPeople.setGraphic(new FontIcon(Feather.USER_PLUS));
        addPeople.setOnAction(e -> vm.addUnknownPeople());
        problems.setId("calendarProblems");
        problems.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        problems.setWrapText(true);
        getChildren().addAll(title, hint, list, addPeople, problems);
        vm.proposals().addListener((ListChangeListener<Proposal>) c -> layoutList());
        vm.unknownPeople().addListener((o, a, n) -> layoutList());
        vm.calendarProblems().addListener((ListChangeListener<OrbitException>) c -> {
            problems.setText(vm.calendarProblems().stream().map(describe).collect(Collectors.joining("\n")));
            layoutList();
        });
        layoutList();
    }

    private void layoutList() {
        int n = vm.proposals().size();
        list.setPrefHeight(Math.min(n, 5) * ROW + 4);
        list.setVisible(n > 0);
        list.setManaged(n > 0);
        int unknown = vm.unknownPeople().get();
        addPeople.setText(messages.get("proposals.unknown", unknown));
        addPeople.setVisible(unknown > 0);
        addPeople.setManaged(unknown > 0);
        boolean troubled = !vm.calendarProblems().isEmpty();
        problems.setVisible(troubled);
        problems.setManaged(troubled);
        setVisible(n > 0 || troubled);
        setManaged(n > 0 || troubled);
        if (n > 0 && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    /** Focuses the list, so that Enter accepts the selected proposal. */
    void focusList() {
        list.requestFocus();
    }

    private final class Cell extends ListCell<Proposal> {
        @Override
        protected void updateItem(Proposal p, boolean empty) {
            super.updateItem(p, empty);
            setText(null);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            Label what = new Label(p.title().isEmpty() ? messages.get("proposals.untitled") : p.title());
            what.getStyleClass().add(Styles.TEXT_BOLD);
            Label when = new Label(day.format(p.day()) + " \u00b7 " + messages.get("kind." + p.kind().name()));
            when.getStyleClass().add(Styles.TEXT_MUTED);
            Label who = new Label(p.people().stream().map(Proposal.Person::name).collect(Collectors.joining(", ")));
            Label sure = new Label(messages.get("proposals.confidence", p.confidence()));
            sure.getStyleClass().addAll("chip", p.confidence() == 100 ? "chip-sure" : "chip-unsure");
            sure.setTooltip(new javafx.scene.control.Tooltip(p.people().stream()
                    .map(x -> messages.get("proposals.matchedBy." + x.matchedBy().name(), x.name()))
                    .collect(Collectors.joining("\n"))));
            HBox head = new HBox(8, what, when);
            head.setAlignment(Pos.BASELINE_LEFT);
            HBox people = new HBox(8, who, sure);
            people.setAlignment(Pos.CENTER_LEFT);
            VBox text = new VBox(2, head, people);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            Button accept = new Button(messages.get("proposals.accept"), new FontIcon(Feather.CHECK));
            accept.setId("acceptProposal-" + p.id());
            accept.getStyleClass().addAll(Styles.ACCENT, Styles.SMALL);
            accept.setOnAction(e -> vm.accept(p));
            Button change = new Button(messages.get("proposals.edit"), new FontIcon(Feather.EDIT_2));
            change.setId("editProposal-" + p.id());
            change.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            change.setOnAction(e -> edit.accept(p));
            Button dismiss = new Button(messages.get("proposals.dismiss"), new FontIcon(Feather.X));
            dismiss.setId("dismissProposal-" + p.id());
            dismiss.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            dismiss.setOnAction(e -> vm.dismiss(p));
            Region gap = new Region();
            HBox row = new HBox(8, text, gap, accept, change, dismiss);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
