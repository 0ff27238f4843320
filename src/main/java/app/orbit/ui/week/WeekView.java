package app.orbit.ui.week;

import app.orbit.domain.ContactSummary;
import app.orbit.domain.DueEntry;
import app.orbit.service.Messages;
import app.orbit.ui.common.Chips;
import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The weekly review: each person due, why, and a button to log a touch with them. */
public final class WeekView extends BorderPane {

    private final Messages messages;
    private final WeekViewModel vm;
    private final Consumer<ContactSummary> logWith;
    private final Consumer<ContactSummary> open;
    private final VBox list = new VBox(10);
    private final Label subtitle = new Label();

    public WeekView(Messages messages, WeekViewModel vm, Consumer<ContactSummary> logWith,
            Consumer<ContactSummary> open) {
        this.messages = messages;
        this.vm = vm;
        this.logWith = logWith;
        this.open = open;
        setId("weekView");
        Label title = new Label(messages.get("nav.week"));
        title.getStyleClass().add(Styles.TITLE_2);
        DateTimeFormatter fmt = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(messages.locale());
        Label range = new Label(messages.get("week.range", fmt.format(vm.weekStart().get()),
                fmt.format(vm.weekStart().get().plusDays(6))));
        range.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setId("weekSubtitle");
        subtitle.setWrapText(true);
        VBox top = new VBox(4, title, range, subtitle);
        top.setPadding(new Insets(20, 24, 12, 24));
        setTop(top);
        list.setId("dueList");
        list.setPadding(new Insets(4, 24, 24, 24));
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        vm.entries().addListener((ListChangeListener<DueEntry>) ch -> render());
        vm.loaded().addListener((obs, o, n) -> render());
        render();
    }

    private void render() {
        list.getChildren().clear();
        if (!vm.loaded().get()) {
            subtitle.setText("");
            return;
        }
        subtitle.setText(messages.get("week.subtitle", vm.entries().size()));
        if (vm.entries().isEmpty()) {
            Label none = new Label(messages.get("week.empty"));
            none.setId("weekEmpty");
            none.setGraphic(new FontIcon(Feather.SUN));
            none.getStyleClass().add(Styles.TITLE_4);
            list.getChildren().add(none);
            return;
        }
        for (DueEntry e : vm.entries()) {
            list.getChildren().add(card(e));
        }
    }

    private HBox card(DueEntry e) {
        ContactSummary c = e.contact();
        Hyperlink name = new Hyperlink(c.displayName());
        name.getStyleClass().addAll(Styles.TITLE_4, "due-name");
        name.setOnAction(x -> open.accept(c));
        String role = c.organisation().isEmpty() ? c.title()
                : c.title().isEmpty() ? c.organisation() : c.title() + " · " + c.organisation();
        Label org = new Label(role);
        org.getStyleClass().add(Styles.TEXT_MUTED);
        Label reason = new Label(Chips.reason(e.staleness(), messages));
        reason.getStyleClass().add("due-reason");
        reason.setWrapText(true);
        HBox chips = new HBox(6, Chips.staleness(e.staleness(), messages), Chips.circle(c.circle(), messages));
        VBox text = new VBox(4, new HBox(8, name, org), reason, chips);
        ((HBox) text.getChildren().get(0)).setAlignment(Pos.BASELINE_LEFT);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button log = new Button(messages.get("button.logTouch"), new FontIcon(Feather.PLUS_CIRCLE));
        log.getStyleClass().add(Styles.ACCENT);
        log.setId("logTouch-" + c.id());
        log.setOnAction(x -> logWith.accept(c));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.SOMETIMES);
        HBox card = new HBox(16, text, spacer, log);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("due-card");
        card.setPadding(new Insets(14, 18, 14, 18));
        card.setUserData(c.id());
        return card;
    }
}
