package app.orbit.ui.plan;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.GestureKind;
import app.orbit.domain.IsoWeek;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.WeekSummary;
import app.orbit.service.Messages;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanWording;
import app.orbit.service.SnoozeLength;
import app.orbit.ui.common.Chips;
import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The weekly review: the plan's people, each with the reason, a helpful gesture and either the
 * ask to make or the advice to give first; log a touch, snooze, skip or undo; progress and past weeks.
 */
public final class PlanView extends BorderPane {

    private final Messages messages;
    private final PlanWording wording;
    private final PlanViewModel vm;
    private final Consumer<PlanLine> logFor;
    private final Consumer<ContactSummary> open;
    private final VBox list = new VBox(12);
    private final Label range = new Label();
    private final Label progressText = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final VBox history = new VBox(4);
    private final ProposalsPane toLog;

    public PlanView(Messages messages, PlanViewModel vm, Consumer<PlanLine> logFor, Consumer<ContactSummary> open) {
        this(messages, vm, logFor, open, p -> { }, Throwable::getMessage);
    }

    /**
     * With the "To log" list of meetings read from the calendars: {@code editProposal} opens the
     * log dialog filled with one; {@code describe} words a calendar's reading problem.
     */
    public PlanView(Messages messages, PlanViewModel vm, Consumer<PlanLine> logFor, Consumer<ContactSummary> open,
            Consumer<app.orbit.domain.Proposal> editProposal, java.util.function.Function<Throwable, String> describe) {
        this.messages = messages;
        this.wording = new PlanWording(messages);
        this.vm = vm;
        this.logFor = logFor;
        this.open = open;
        setId("weekView");
        Label title = new Label(messages.get("nav.week"));
        title.getStyleClass().add(Styles.TITLE_2);
        range.getStyleClass().add(Styles.TEXT_MUTED);
        progressText.setId("weekProgress");
        progress.setPrefWidth(220);
        progress.getStyleClass().add(Styles.SMALL);
        Button refresh = new Button(messages.get("week.refresh"), new FontIcon(Feather.REFRESH_CW));
        refresh.setId("refreshPlan");
        refresh.setTooltip(new javafx.scene.control.Tooltip(messages.get("week.refresh.tip")));
        refresh.setOnAction(e -> vm.regenerate());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox progressRow = new HBox(12, progress, progressText, spacer, refresh);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, title, range, progressRow);
        top.setPadding(new Insets(20, 24, 12, 24));
        setTop(top);
        list.setId("planList");
        Label historyTitle = new Label(messages.get("week.history"));
        historyTitle.getStyleClass().add(Styles.TITLE_4);
        history.setId("planHistory");
        toLog = new ProposalsPane(messages, vm, editProposal, describe);
        VBox pastWeeks = new VBox(6, historyTitle, history);
        // Until the week's plan is read, "no past weeks yet" would read as a fact: the section waits for it.
        pastWeeks.visibleProperty().bind(vm.plan().isNotNull());
        pastWeeks.managedProperty().bind(pastWeeks.visibleProperty());
        VBox body = new VBox(18, toLog, list, pastWeeks);
        body.setPadding(new Insets(4, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        vm.plan().addListener((obs, o, n) -> render());
        vm.history().addListener((ListChangeListener<WeekSummary>) ch -> renderHistory());
        setBottom(undoBar());
        render();
        renderHistory();
    }

    /**
     * The one place where every card action can be undone (Ctrl+Z too), and where Refresh says
     * what it did: a bar at the bottom of the screen.
     */
    private HBox undoBar() {
        Label said = new Label();
        said.setId("weekNotice");
        said.setWrapText(true);
        Button undo = new Button(messages.get("week.undo"), new FontIcon(Feather.ROTATE_CCW));
        undo.setId("undoLast");
        undo.setTooltip(new javafx.scene.control.Tooltip(messages.get("week.undo.tip")));
        undo.setOnAction(e -> vm.undoLast());
        Button dismiss = new Button(null, new FontIcon(Feather.X));
        dismiss.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        dismiss.setAccessibleText(messages.get("week.dismiss"));
        dismiss.setTooltip(new javafx.scene.control.Tooltip(messages.get("week.dismiss")));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new FontIcon(Feather.INFO), said, spacer, undo, dismiss);
        bar.setId("weekUndoBar");
        bar.getStyleClass().add("week-notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 16, 8, 16));
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(6));
        fade.setOnFinished(e -> {
            if (vm.lastAction().get() == null) {
                bar.setVisible(false);
            }
        });
        dismiss.setOnAction(e -> {
            vm.dismissLast();
            bar.setVisible(false);
        });
        vm.lastAction().addListener((obs, old, now) -> {
            undo.setVisible(now != null);
            if (now != null) {
                said.setText(messages.get("week.done." + now.kind().name(), now.name()));
                bar.setVisible(true);
            } else {
                bar.setVisible(false);
            }
        });
        vm.refreshed().addListener((obs, old, now) -> {
            if (now != null) {
                // Refresh's answer does not stay (nothing to undo), and it does not take Undo's place for long.
                undo.setVisible(false);
                said.setText(messages.get("week.refreshed", (long) now));
                bar.setVisible(true);
                fade.playFromStart();
            }
        });
        return bar;
    }

    /** Puts the keyboard on the "To log" list: Enter then accepts the selected meeting. */
    public void focusProposals() {
        toLog.focusList();
    }

    /** How many cards a first showing adds in one frame: a screen's worth at 1280×800 (a card is about 230 px high). */
    public static final int CARDS_AT_ONCE = 3;
    /** Adds the rest of a first showing's cards, frame by frame; null when none are waiting. */
    private AnimationTimer adding;

    private void render() {
        app.orbit.service.PlanOnDay plan = vm.plan().get();
        // A first showing of cards comes a few at a time (see below); a later render keeps its place.
        boolean firstCards = list.getChildren().stream().noneMatch(PlanView::isCard);
        stopAdding();
        list.getChildren().clear();
        if (plan == null) {
            // The week's first plan is made while the window opens: say so rather than show an empty week.
            progress.setVisible(false);
            progressText.setVisible(false);
            Label loading = new Label(messages.get("week.loading"));
            loading.setId("weekLoading");
            loading.setWrapText(true);
            loading.getStyleClass().add(Styles.TEXT_MUTED);
            list.getChildren().add(loading);
            return;
        }
        range.setText(wording.week(plan.week()));
        progressText.setText(wording.progress(plan.progress()));
        boolean nobody = plan.progress().total() == 0;
        // An empty plan is good news only when there are people to be in touch with.
        boolean emptyNetwork = nobody && vm.networkIsEmpty();
        progress.setProgress(nobody ? (emptyNetwork ? 0 : 1) : (double) plan.progress().done()
                / plan.progress().total());
        progress.setVisible(!nobody);
        progressText.setVisible(!nobody);
        if (plan.lines().isEmpty()) {
            Label none = new Label(messages.get(emptyNetwork ? "week.empty.network" : "week.empty"));
            none.setWrapText(true);
            none.setId("weekEmpty");
            none.setGraphic(new FontIcon(Feather.SUN));
            none.getStyleClass().add(Styles.TITLE_4);
            list.getChildren().add(none);
            return;
        }
        // Snoozed and skipped alike leave the cards for the list below, where either can be put back.
        List<Supplier<Node>> parts = new ArrayList<>();
        for (PlanLine line : plan.lines()) {
            if (!setAside(line)) {
                parts.add(() -> card(line, plan.week()));
            }
        }
        List<PlanLine> snoozed = plan.lines().stream().filter(PlanView::setAside).toList();
        if (!snoozed.isEmpty()) {
            parts.add(() -> setAsideList(snoozed));
        }
        if (firstCards && parts.size() > CARDS_AT_ONCE) {
            addAFewAtATime(parts);
        } else {
            parts.forEach(part -> list.getChildren().add(part.get()));
        }
    }

    /**
     * The first cards a window shows are styled and laid out with code running for the first time:
     * at 30,000 contacts, 14 cards held the JavaFX thread 0.5 to 0.9 s before any was drawn. The
     * first {@link #CARDS_AT_ONCE} (a screen's worth) go in now, the others as many at each frame
     * after, so the top of the plan is drawn first and the window answers the keyboard between.
     */
    private void addAFewAtATime(List<Supplier<Node>> parts) {
        Iterator<Supplier<Node>> next = parts.iterator();
        for (int i = 0; i < CARDS_AT_ONCE; i++) {
            list.getChildren().add(next.next().get());
        }
        adding = new AnimationTimer() {
            private boolean drawn;

            @Override
            public void handle(long now) {
                // The frame this starts with lays out the cards already added: the next ones wait a frame.
                if (!drawn) {
                    drawn = true;
                    return;
                }
                for (int i = 0; i < CARDS_AT_ONCE && next.hasNext(); i++) {
                    list.getChildren().add(next.next().get());
                }
                if (!next.hasNext()) {
                    stopAdding();
                }
            }
        };
        adding.start();
    }

    private void stopAdding() {
        if (adding != null) {
            adding.stop();
            adding = null;
        }
    }

    private static boolean isCard(Node node) {
        return node.getId() != null && node.getId().startsWith("entry-");
    }

    private VBox setAsideList(List<PlanLine> snoozed) {
        Label title = new Label(messages.get("week.setAside", snoozed.size()));
        title.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_BOLD);
        VBox rows = new VBox(4, title);
        rows.setId("snoozedList");
        for (PlanLine l : snoozed) {
            Label who = new Label(l.contact().displayName() + " \u00b7 " + wording.status(l.entry()));
            who.getStyleClass().add(Styles.TEXT_MUTED);
            Button undo = new Button(messages.get("week.reopen"));
            undo.setId("reopen-" + l.contact().id());
            undo.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
            long entryId = l.entry().id();
            undo.setOnAction(e -> vm.reopen(entryId));
            HBox row = new HBox(8, who, undo);
            row.setAlignment(Pos.CENTER_LEFT);
            rows.getChildren().add(row);
        }
        return rows;
    }

    private static boolean setAside(PlanLine line) {
        return line.entry().status() == PlanStatus.SNOOZED || line.entry().status() == PlanStatus.SKIPPED;
    }

    private void renderHistory() {
        history.getChildren().clear();
        if (vm.history().isEmpty()) {
            Label none = new Label(messages.get("week.history.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            history.getChildren().add(none);
        }
        for (WeekSummary s : vm.history()) {
            Label l = new Label(wording.history(s));
            l.getStyleClass().add(Styles.TEXT_MUTED);
            history.getChildren().add(l);
        }
    }

    private VBox card(PlanLine line, IsoWeek week) {
        ContactSummary c = line.contact();
        PlanStatus status = line.entry().status();
        Hyperlink name = new Hyperlink(c.displayName());
        name.getStyleClass().addAll(Styles.TITLE_4, "due-name");
        name.setOnAction(x -> open.accept(c));
        String role = c.organisation().isEmpty() ? c.title()
                : c.title().isEmpty() ? c.organisation() : c.title() + " · " + c.organisation();
        Label org = new Label(role);
        org.getStyleClass().add(Styles.TEXT_MUTED);
        // In a narrow window the role gives way first: the name and the chips are what the card is about.
        name.setMinWidth(Region.USE_PREF_SIZE);
        org.setMinWidth(0);
        HBox head = new HBox(8, name, org);
        head.setAlignment(Pos.BASELINE_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        head.getChildren().add(spacer);
        if (line.entry().timeBound()) {
            Label tb = new Label(wording.timeBound(line, week));
            tb.setId("timeBound-" + c.id());
            tb.getStyleClass().addAll("chip", "chip-time-bound");
            tb.setMinWidth(Region.USE_PREF_SIZE);
            head.getChildren().add(tb);
        }
        // The chip's reason agrees with the entry's: no "last touch N days ago" for someone never touched.
        boolean touched = !app.orbit.domain.PlanSelection.saysNeverTouched(line.entry().reason());
        head.getChildren().addAll(Chips.staleness(line.staleness(), touched, messages),
                Chips.circle(c.circle(), messages));
        head.getChildren().forEach(n -> {
            if (n instanceof Label chip && chip.getStyleClass().contains("chip")) {
                chip.setMinWidth(Region.USE_PREF_SIZE);
            }
        });

        Label reason = new Label(wording.reason(line));
        reason.getStyleClass().add("due-reason");
        reason.setWrapText(true);

        FontIcon icon = new FontIcon(icon(line.entry().gesture().kind()));
        icon.getStyleClass().add("gesture-icon");
        Label gesture = new Label(wording.gesture(line));
        gesture.getStyleClass().addAll(Styles.TEXT_BOLD, "gesture-text");
        gesture.setWrapText(true);
        Label why = new Label(wording.gestureReason(line));
        why.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        why.setWrapText(true);
        VBox gestureText = new VBox(2, gesture, why);
        HBox.setHgrow(gestureText, Priority.ALWAYS);
        HBox gestureBox = new HBox(10, icon, gestureText);
        gestureBox.getStyleClass().add("gesture-box");

        VBox text = new VBox(8, head, reason, gestureBox);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMinWidth(0);
        HBox face = new HBox(14, app.orbit.ui.common.Avatar.of(c.displayName(), vm.photos().get(c.id()),
                PlanViewModel.AVATAR), text);
        face.setAlignment(Pos.TOP_LEFT);
        VBox box = new VBox(8, face);
        // Once done, the advice of the moment (an ask, "give first") no longer applies to this week.
        String suggestion = status == PlanStatus.DONE ? "" : wording.suggestion(line);
        if (!suggestion.isEmpty()) {
            Label ask = new Label(suggestion);
            ask.setWrapText(true);
            ask.getStyleClass().add(line.ask() != null ? "ask-text" : "give-first-text");
            HBox askRow = new HBox(8, ask);
            askRow.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(ask, Priority.ALWAYS);
            if (line.ask() != null) {
                Button copy = new Button(null, new FontIcon(Feather.COPY));
                copy.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
                copy.setTooltip(new javafx.scene.control.Tooltip(messages.get("ask.copy")));
                copy.setOnAction(e -> copy(wording.ask(line.ask())));
                askRow.getChildren().add(copy);
            }
            askRow.getStyleClass().add(line.ask() != null ? "ask-box" : "give-first-box");
            text.getChildren().add(askRow);
        }
        text.getChildren().add(actions(line));
        box.getStyleClass().addAll("due-card", "plan-" + status.name().toLowerCase(Locale.ROOT));
        box.setPadding(new Insets(14, 18, 14, 18));
        box.setUserData(c.id());
        box.setId("entry-" + c.id());
        return box;
    }

    private HBox actions(PlanLine line) {
        long contactId = line.contact().id();
        HBox row = new HBox(8);
        row.setAlignment(Pos.CENTER_LEFT);
        if (line.entry().status() != PlanStatus.OPEN) {
            Label status = new Label(wording.status(line.entry()));
            status.setId("status-" + contactId);
            status.getStyleClass().addAll("chip", "chip-status-" + line.entry().status().name().toLowerCase(
                    Locale.ROOT));
            row.getChildren().add(status);
            return row;
        }
        Button log = new Button(messages.get("button.logTouch"), new FontIcon(Feather.PLUS_CIRCLE));
        log.getStyleClass().add(Styles.ACCENT);
        log.setId("logTouch-" + contactId);
        log.setOnAction(x -> logFor.accept(line));
        MenuItem week = new MenuItem(messages.get("week.snooze.week"));
        week.setId("snoozeWeek-" + contactId);
        week.setOnAction(e -> vm.snooze(line, SnoozeLength.ONE_WEEK));
        MenuItem month = new MenuItem(messages.get("week.snooze.month"));
        month.setId("snoozeMonth-" + contactId);
        month.setOnAction(e -> vm.snooze(line, SnoozeLength.ONE_MONTH));
        MenuItem date = new MenuItem(messages.get("week.snooze.date"));
        date.setOnAction(e -> pickDate().ifPresent(d -> vm.snoozeUntil(line, d)));
        MenuButton snooze = new MenuButton(messages.get("week.snooze"), new FontIcon(Feather.CLOCK), week, month,
                date);
        snooze.setId("snooze-" + contactId);
        snooze.getStyleClass().add(Styles.FLAT);
        Button skip = new Button(messages.get("week.skip"), new FontIcon(Feather.SKIP_FORWARD));
        skip.setId("skip-" + contactId);
        skip.getStyleClass().add(Styles.FLAT);
        skip.setOnAction(e -> askWhy().ifPresent(why -> vm.skip(line, why)));
        row.getChildren().addAll(log, snooze, skip);
        return row;
    }

    private Optional<LocalDate> pickDate() {
        LocalDate today = vm.today();
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("week.snooze.date.title"));
        dialog.setHeaderText(messages.get("week.snooze.date.title"));
        DatePicker picker = new DatePicker(today.plusWeeks(2));
        picker.setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || !item.isAfter(today));
            }
        });
        dialog.getDialogPane().setContent(picker);
        ButtonType ok = new ButtonType(messages.get("week.snooze"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.setResultConverter(b -> b == ok ? picker.getValue() : null);
        return dialog.showAndWait().filter(d -> d.isAfter(today));
    }

    private Optional<String> askWhy() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(getScene().getWindow());
        dialog.setTitle(messages.get("week.skip"));
        dialog.setHeaderText(messages.get("week.skip.why"));
        dialog.getEditor().setPromptText(messages.get("week.skip.prompt"));
        dialog.getDialogPane().setId("skipDialog");
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.get("week.skip"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.get("button.cancel"));
        return dialog.showAndWait();
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    static Feather icon(GestureKind kind) {
        return switch (kind) {
            case INTRODUCE -> Feather.USERS;
            case FOLLOW_UP -> Feather.FLAG;
            case BIRTHDAY -> Feather.GIFT;
            case CONGRATULATE -> Feather.AWARD;
            case SHARE -> Feather.SHARE_2;
            case CHECK_IN -> Feather.PHONE_CALL;
        };
    }
}
