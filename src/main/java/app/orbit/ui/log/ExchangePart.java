package app.orbit.ui.log;

import app.orbit.domain.Exchange;
import app.orbit.service.Messages;
import atlantafx.base.theme.Styles;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The log dialog's "Who helped whom": one pill per exchange, exactly one chosen. */
final class ExchangePart extends HBox {

    ExchangePart(Messages messages, LogInteractionViewModel vm) {
        setId("logExchange");
        ToggleGroup group = new ToggleGroup();
        Exchange[] values = Exchange.values();
        for (int i = 0; i < values.length; i++) {
            Exchange ex = values[i];
            ToggleButton b = new ToggleButton(messages.of("exchange.short", ex));
            b.setTooltip(new Tooltip(messages.of("exchange", ex)));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("exchange-" + ex.name());
            b.setToggleGroup(group);
            b.setUserData(ex);
            b.getStyleClass().add(i == 0 ? Styles.LEFT_PILL : i == values.length - 1 ? Styles.RIGHT_PILL
                    : Styles.CENTER_PILL);
            b.setSelected(ex == vm.exchange().get());
            getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            } else {
                vm.exchange().set((Exchange) now.getUserData());
            }
        });
    }
}
