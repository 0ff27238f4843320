package app.orbit.ui;

import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.value.ObservableIntegerValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's left column: the brand and the File menu, then "Log an interaction" and the
 * screens, one toggle each, Settings at the bottom. The screens are disabled on the welcome screen;
 * the File menu never is, so an import works from there.
 */
final class Sidebar extends VBox {

    private final Messages messages;
    private final ToggleGroup nav = new ToggleGroup();
    private final VBox navigation;
    final ToggleButton plan;
    final ToggleButton contacts;
    final ToggleButton sorting;
    final ToggleButton asks;
    final ToggleButton intros;
    final ToggleButton settings;

    Sidebar(Messages messages, MenuButton fileMenu, ObservableIntegerValue waitingToBeSorted, Runnable log) {
        this.messages = messages;
        Label brand = new Label(messages.get("app.name"), new FontIcon(Feather.TARGET));
        brand.getStyleClass().addAll(Styles.TITLE_3, "brand");
        Region brandGap = new Region();
        HBox.setHgrow(brandGap, Priority.ALWAYS);
        HBox top = new HBox(brand, brandGap, fileMenu);
        top.setAlignment(Pos.TOP_LEFT);
        top.setPadding(new Insets(18, 12, 0, 12));
        plan = navButton("navWeek", "nav.week", Feather.CALENDAR);
        contacts = navButton("navContacts", "nav.contacts", Feather.USERS);
        sorting = navButton("navSorting", "nav.sorting", Feather.INBOX);
        // Made in their order on screen: the arrow keys go through the group in the order it was made
        // (Down from My asks went up to Introductions).
        intros = navButton("navIntros", "nav.intros", Feather.SHARE_2);
        asks = navButton("navAsks", "nav.asks", Feather.TARGET);
        settings = navButton("navSettings", "nav.settings", Feather.SETTINGS);
        Button logButton = new Button(messages.get("nav.log"), new FontIcon(Feather.PLUS));
        logButton.setId("logButton");
        logButton.getStyleClass().add(Styles.ACCENT);
        logButton.setMaxWidth(Double.MAX_VALUE);
        logButton.setTooltip(new Tooltip(messages.get("nav.log.shortcut")));
        logButton.setOnAction(e -> log.run());
        Label hint = new Label(messages.get("nav.log.shortcut"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        Region gap = new Region();
        gap.setMinHeight(12);
        navigation = new VBox(6, logButton, hint, gap, plan, contacts, withCount(sorting, waitingToBeSorted, messages.locale()), intros,
                asks, spacer, settings);
        navigation.setId("sidebar");
        navigation.setPadding(new Insets(6, 12, 18, 12));
        VBox.setVgrow(navigation, Priority.ALWAYS);
        getChildren().setAll(top, navigation);
        getStyleClass().add("sidebar");
        setPrefWidth(240);
        setMinWidth(Region.USE_PREF_SIZE);
    }

    ToggleGroup nav() {
        return nav;
    }

    /** The screens reached with Ctrl+1…5, in the sidebar's order. */
    List<ToggleButton> numbered() {
        return List.of(plan, contacts, sorting, intros, asks);
    }

    /** Whether the screens can be chosen (not on the welcome screen). */
    boolean navigable() {
        return !navigation.isDisabled();
    }

    void setNavigable(boolean on) {
        navigation.setDisable(!on);
    }

    /** A count as the screens' messages write one ({@code {0,number,integer}}). */
    static String countText(int count, java.util.Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(count);
    }

    /**
     * A navigation button with a count on its right, hidden at zero: how many people wait to be
     * sorted, its thousands grouped as the screen's own heading groups them ("30 000" in French).
     */
    private static StackPane withCount(ToggleButton button, ObservableIntegerValue count, java.util.Locale locale) {
        Label badge = new Label();
        badge.setId(button.getId() + "Count");
        badge.getStyleClass().add("nav-count");
        badge.setMouseTransparent(true);
        badge.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> countText(count.get(), locale), count));
        badge.visibleProperty().bind(javafx.beans.binding.Bindings.greaterThan(count, 0));
        StackPane pane = new StackPane(button, badge);
        StackPane.setAlignment(badge, Pos.CENTER_RIGHT);
        StackPane.setMargin(badge, new Insets(0, 10, 0, 0));
        return pane;
    }

    private ToggleButton navButton(String id, String key, Feather icon) {
        ToggleButton b = new ToggleButton(messages.get(key), new FontIcon(icon));
        b.setId(id);
        b.setUserData(id);
        b.setToggleGroup(nav);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().addAll(Styles.FLAT, "nav-button");
        return b;
    }
}
