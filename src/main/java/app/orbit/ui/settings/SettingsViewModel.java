package app.orbit.ui.settings;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Circle;
import app.orbit.domain.ValidationException;
import app.orbit.service.Messages;
import app.orbit.service.Settings;
import app.orbit.service.SettingsService;
import app.orbit.ui.common.Background;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Settings: theme, language, plan size, cadence of each circle, the region of phone numbers, and on
 * a network several people keep, your name and whether the week plan is everyone's or yours.
 */
public final class SettingsViewModel {

    private final SettingsService settings;
    private final Background background;
    private final Messages messages;
    private final ObjectProperty<Settings.Theme> theme = new SimpleObjectProperty<>();
    private final ObjectProperty<Settings.Language> language = new SimpleObjectProperty<>();
    private final IntegerProperty planSize = new SimpleIntegerProperty();
    /** ISO 3166 code, "" for the system's region. */
    private final StringProperty phoneRegion = new SimpleStringProperty("");
    private final Map<Circle, IntegerProperty> cadences = new EnumMap<>(Circle.class);
    /** Who you are on this computer (decision 0016); read on the worker, like the plan mode. */
    private final StringProperty myName = new SimpleStringProperty("");
    private final ObjectProperty<Settings.PlanMode> planMode = new SimpleObjectProperty<>(Settings.PlanMode.OURS);
    private final StringProperty status = new SimpleStringProperty("");

    public SettingsViewModel(SettingsService settings, Background background, Messages messages, Settings current) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        theme.set(current.theme());
        language.set(current.language());
        planSize.set(current.planSize());
        phoneRegion.set(current.phoneRegion());
        for (Circle c : Circle.values()) {
            if (c.isReminded()) {
                cadences.put(c, new SimpleIntegerProperty(current.cadences().forCircle(c).getAsInt()));
            }
        }
        background.run(() -> new People(settings.me(), settings.planMode()), p -> {
            myName.set(p.me());
            planMode.set(p.mode());
        });
    }

    private record People(String me, Settings.PlanMode mode) {
    }

    public javafx.beans.property.ReadOnlyStringProperty status() {
        return status;
    }

    Settings build() {
        Map<Circle, Integer> days = new EnumMap<>(Circle.class);
        cadences.forEach((c, p) -> days.put(c, p.get()));
        return new Settings(theme.get(), language.get(), planSize.get(), new CadencePolicy(days),
                phoneRegion.get());
    }

    /** Saves; {@code onSaved} applies what changed (theme, language) to the window. */
    public void save(Consumer<Settings> onSaved) {
        Settings s;
        try {
            s = build();
        } catch (ValidationException e) {
            status.set(messages.describe(e));
            return;
        }
        String name = myName.get();
        Settings.PlanMode mode = planMode.get();
        background.run(() -> {
            settings.setMe(name);
            settings.setPlanMode(mode);
            settings.save(s);
            return s;
        }, saved -> {
            status.set(messages.get("settings.saved"));
            onSaved.accept(saved);
        });
    }

    /** The regions to choose from: "" (the system's) first, then every country by its name in {@code locale}. */
    static java.util.List<String> regions(java.util.Locale locale) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.Locale.getISOCountries().length + 1);
        java.text.Collator order = java.text.Collator.getInstance(locale);
        java.util.Arrays.stream(java.util.Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing(c -> new java.util.Locale("", c).getDisplayCountry(locale), order))
                .forEach(all::add);
        all.add(0, "");
        return all;
    }

    /** The days between touches for a circle. */
    @app.orbit.ui.ViewEdits
    public IntegerProperty cadence(Circle circle) {
        return cadences.get(circle);
    }

    @app.orbit.ui.ViewEdits
    public StringProperty myName() {
        return myName;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Settings.PlanMode> planMode() {
        return planMode;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Settings.Theme> theme() {
        return theme;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Settings.Language> language() {
        return language;
    }

    @app.orbit.ui.ViewEdits
    public IntegerProperty planSize() {
        return planSize;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty phoneRegion() {
        return phoneRegion;
    }
}
