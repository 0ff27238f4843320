package app.orbit.service;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.ValidationException;

/**
 * The user's settings: theme, language, plan size, circle cadences, and the region national phone
 * numbers are read in ({@code phoneRegion}, an ISO 3166 code such as "FR"; empty for the system's).
 */
public record Settings(Theme theme, Language language, int planSize, CadencePolicy cadences, String phoneRegion) {

    public static final int MAX_PLAN_SIZE = 50;

    /** The window's colours. */
    public enum Theme { LIGHT, DARK }

    /**
     * Whose week plan a person sees on a network several people keep (decision 0016): one for
     * everyone, or one each. A setting of the network, not of a computer.
     */
    public enum PlanMode { OURS, MINE }

    /** SYSTEM follows the operating system's locale. */
    public enum Language { SYSTEM, EN, FR }

    public Settings {
        if (planSize < 1 || planSize > MAX_PLAN_SIZE) {
            throw new ValidationException("planSize", "error.settings.planSize", MAX_PLAN_SIZE);
        }
        theme = theme == null ? Theme.LIGHT : theme;
        language = language == null ? Language.SYSTEM : language;
        cadences = cadences == null ? CadencePolicy.defaults() : cadences;
        phoneRegion = phoneRegion == null ? "" : phoneRegion.strip().toUpperCase(java.util.Locale.ROOT);
        if (!phoneRegion.isEmpty() && !phoneRegion.matches("[A-Z]{2}")) {
            throw new ValidationException("phoneRegion", "error.settings.phoneRegion", phoneRegion);
        }
    }

    public Settings(Theme theme, Language language, int planSize, CadencePolicy cadences) {
        this(theme, language, planSize, cadences, "");
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, Language.SYSTEM, 7, CadencePolicy.defaults());
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, language, planSize, cadences, phoneRegion);
    }

    public Settings withLanguage(Language l) {
        return new Settings(theme, l, planSize, cadences, phoneRegion);
    }

    public Settings withPlanSize(int n) {
        return new Settings(theme, language, n, cadences, phoneRegion);
    }

    public Settings withCadences(CadencePolicy c) {
        return new Settings(theme, language, planSize, c, phoneRegion);
    }

    /** Numbers written without a country code are read in this region ("" for the system's). */
    public Settings withPhoneRegion(String region) {
        return new Settings(theme, language, planSize, cadences, region);
    }
}
