package app.orbit.ui.common;

import app.orbit.domain.Circle;
import app.orbit.domain.Staleness;
import app.orbit.service.Messages;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The coloured chips shown beside contacts: staleness (with its reason) and circle. */
public final class Chips {

    private Chips() {
    }

    public static Label staleness(Staleness s, Messages messages) {
        return staleness(s, true, messages);
    }

    /** The chip, its reason saying "no touch logged yet" when nothing was ever logged with the person. */
    public static Label staleness(Staleness s, boolean touched, Messages messages) {
        Label chip = new Label(messages.of("staleness", s.level()));
        chip.getStyleClass().addAll("chip", "chip-" + s.level().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        chip.setTooltip(new Tooltip(reason(s, touched, messages)));
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return chip;
    }

    public static String reason(Staleness s, Messages messages) {
        return reason(s, true, messages);
    }

    public static String reason(Staleness s, boolean touched, Messages messages) {
        return messages.get(s.reasonKey(touched), s.reasonArgs());
    }

    public static Label circle(Circle c, Messages messages) {
        // "Close" alone reads like a button that closes something: the pill names the circle.
        Label chip = new Label(messages.of("chip.circle", c));
        chip.getStyleClass().addAll("chip", "chip-circle");
        chip.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return chip;
    }
}
