package app.orbit.service;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.Circle;
import app.orbit.domain.Person;
import app.orbit.domain.WeekPlan;
import java.util.EnumMap;
import java.util.Map;

/**
 * Reads and writes the user's settings; unknown or damaged values fall back to the defaults. Two
 * stores (decision 0016): the network's, in the database, which everyone on a shared server reads
 * (plan size and mode, cadences, phone region), and the person's at this computer (theme,
 * language, their name), which an older Orbit kept in the database: read there until saved here.
 */
public final class SettingsService implements Identity {

    private static final Log LOG = Log.of(SettingsService.class);
    static final String THEME = "ui.theme";
    static final String LANGUAGE = "ui.language";
    static final String PLAN_SIZE = "plan.size";
    static final String CADENCE = "cadence.";
    /** The region national phone numbers are read in; read by the importer too. */
    public static final String PHONE_REGION = "phone.region";
    /** Whether the week plan is everyone's or each person's: a network setting. */
    static final String PLAN_MODE = "plan.mode";
    /** Who the person at this computer is: a personal setting. */
    static final String MY_NAME = "me.name";
    private static final java.util.Set<String> PERSONAL = java.util.Set.of(THEME, LANGUAGE, MY_NAME);

    private final SettingsRepository repository;
    private final SettingsRepository personal;
    private final String systemUser;
    private final ChangeNotifier notifier;
    private volatile Settings current;

    /**
     * @param repository the network's settings (the database)
     * @param personal the settings of the person at this computer
     * @param systemUser the name the operating system knows them by: who they are until they say
     */
    public SettingsService(SettingsRepository repository, SettingsRepository personal, String systemUser,
            ChangeNotifier notifier) {
        this.repository = repository;
        this.personal = personal;
        this.systemUser = Person.name(systemUser) == null ? "?" : Person.name(systemUser);
        this.notifier = notifier;
    }

    @Override
    public String me() {
        return personal.get(MY_NAME).map(Person::name).orElse(systemUser);
    }

    /**
     * Says who the person at this computer is; blank goes back to the system's name.
     *
     * @throws app.orbit.domain.ValidationException {@code name} when longer than {@link Person#MAX}
     */
    public void setMe(String name) {
        String clean = Person.name(name);
        personal.put(MY_NAME, clean == null ? "" : clean);
        notifier.changed();
    }

    public Settings.PlanMode planMode() {
        return parseEnum(Settings.PlanMode.class, repository.get(PLAN_MODE).orElse(null), Settings.PlanMode.OURS);
    }

    /** Everyone's plan or each person's, for the whole network; plans already made stay as they are. */
    public void setPlanMode(Settings.PlanMode mode) {
        repository.put(PLAN_MODE, mode.name());
        notifier.changed();
    }

    @Override
    public String planOwner() {
        return planMode() == Settings.PlanMode.MINE ? me() : WeekPlan.OURS;
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
        Map<String, String> all = new java.util.HashMap<>(repository.all());
        personal.all().forEach((k, v) -> {
            if (PERSONAL.contains(k)) {
                all.put(k, v);
            }
        });
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
        personal.put(THEME, s.theme().name());
        personal.put(LANGUAGE, s.language().name());
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
