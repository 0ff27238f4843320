package app.orbit.service;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Circle;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads and writes the user's settings; unknown or damaged values fall back to the defaults. */
public final class SettingsService {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsService.class);
    static final String THEME = "ui.theme";
    static final String LANGUAGE = "ui.language";
    static final String PLAN_SIZE = "plan.size";
    static final String CADENCE = "cadence.";
    /** The region national phone numbers are read in; read by the importer too. */
    public static final String PHONE_REGION = "phone.region";

    private final SettingsRepository repository;
    private final ChangeNotifier notifier;
    private volatile Settings current;

    public SettingsService(SettingsRepository repository, ChangeNotifier notifier) {
        this.repository = repository;
        this.notifier = notifier;
    }

    /** The settings in force, read once and kept until the next save. */
    public Settings current() {
        Settings s = current;
        if (s == null) {
            s = load();
            current = s;
        }
        return s;
    }

    /** Reads the settings from the store. */
    public Settings load() {
        Map<String, String> all = repository.all();
        Settings d = Settings.defaults();
        Settings.Theme theme = parseEnum(Settings.Theme.class, all.get(THEME), d.theme());
        Settings.Language language = parseEnum(Settings.Language.class, all.get(LANGUAGE), d.language());
        int planSize = parseInt(all.get(PLAN_SIZE), d.planSize(), 1, Settings.MAX_PLAN_SIZE);
        Map<Circle, Integer> days = new EnumMap<>(Circle.class);
        for (Circle c : Circle.values()) {
            if (c.isReminded()) {
                days.put(c, parseInt(all.get(CADENCE + c.name()), c.defaultCadenceDays(), 1, 3650));
            }
        }
        String region = all.getOrDefault(PHONE_REGION, "");
        if (!region.isEmpty() && !region.matches("[A-Z]{2}")) {
            LOG.warn("Ignoring a phone region that is not a two-letter code");
            region = "";
        }
        return new Settings(theme, language, planSize, new CadencePolicy(days), region);
    }

    /** Reads the settings again after something else wrote them (a restored backup). */
    public void reload() {
        current = load();
        notifier.changed();
    }

    public void save(Settings s) {
        repository.put(THEME, s.theme().name());
        repository.put(LANGUAGE, s.language().name());
        repository.put(PLAN_SIZE, Integer.toString(s.planSize()));
        repository.put(PHONE_REGION, s.phoneRegion());
        for (Circle c : Circle.values()) {
            if (c.isReminded()) {
                repository.put(CADENCE + c.name(), Integer.toString(s.cadences().forCircle(c).getAsInt()));
            }
        }
        current = s;
        notifier.changed();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignoring unknown setting value {} for {}", value, type.getSimpleName());
            return fallback;
        }
    }

    private static int parseInt(String value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(value.trim());
            return v < min || v > max ? fallback : v;
        } catch (NumberFormatException e) {
            LOG.warn("Ignoring a setting that is not a number");
            return fallback;
        }
    }
}
