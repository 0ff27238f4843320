package app.orbit.service;

import app.orbit.domain.CadencePolicy;
import app.orbit.domain.ValidationException;

/** The user's settings: theme, language, plan size and circle cadences. */
public record Settings(Theme theme, Language language, int planSize, CadencePolicy cadences) {

    public static final int MAX_PLAN_SIZE = 50;

    /** The window's colours. */
    public enum Theme { LIGHT, DARK }

    /** SYSTEM follows the operating system's locale. */
    public enum Language { SYSTEM, EN, FR }

    public Settings {
        if (planSize < 1 || planSize > MAX_PLAN_SIZE) {
            throw new ValidationException("planSize", "error.settings.planSize", MAX_PLAN_SIZE);
        }
        theme = theme == null ? Theme.LIGHT : theme;
        language = language == null ? Language.SYSTEM : language;
        cadences = cadences == null ? CadencePolicy.defaults() : cadences;
    }

    public static Settings defaults() {
        return new Settings(Theme.LIGHT, Language.SYSTEM, 7, CadencePolicy.defaults());
    }

    public Settings withTheme(Theme t) {
        return new Settings(t, language, planSize, cadences);
    }

    public Settings withLanguage(Language l) {
        return new Settings(theme, l, planSize, cadences);
    }

    public Settings withPlanSize(int n) {
        return new Settings(theme, language, n, cadences);
    }

    public Settings withCadences(CadencePolicy c) {
        return new Settings(theme, language, planSize, c);
    }
}
