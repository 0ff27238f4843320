package app.orbit.service;

import app.orbit.domain.OrbitException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-facing strings in one language, from messages_en / messages_fr. */
public final class Messages {

    public static final String BUNDLE = "app.orbit.messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = supported(locale);
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** French for a French locale, English for everything else. */
    public static Locale supported(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The message for a key, formatted with MessageFormat when there are arguments. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] shown = args;
        for (int i = 0; i < args.length; i++) {
            // A date in a sentence reads as one in this language ("le 1 décembre 2019"), not as ISO;
            // a pattern that formats it itself ({0,date,…}) gets a Date.
            if (args[i] instanceof java.time.LocalDate d) {
                shown = shown == args ? args.clone() : shown;
                shown[i] = pattern.contains("{" + i + ",date")
                        ? java.util.Date.from(d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant())
                        : java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                                .withLocale(locale).format(d);
            }
        }
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** The user-facing text of an exception raised anywhere in Orbit. */
    public String describe(OrbitException e) {
        Object[] args = e.args();
        for (int i = 0; i < args.length; i++) {
            // An error that wraps another (an import error naming the line, then the reason) says both.
            if (args[i] instanceof OrbitException nested) {
                args[i] = describe(nested);
            }
        }
        return get(e.key(), args);
    }

    /** The translated name of an enum constant, under {@code prefix.CONSTANT}. */
    public String of(String prefix, Enum<?> value) {
        return get(prefix + "." + value.name());
    }

    /**
     * A stored or computed phrase in this language. Date arguments (java.time.LocalDate) are
     * handed to MessageFormat as dates, so a bundle can write {@code {0,date,long}}.
     */
    public String text(app.orbit.domain.Phrase phrase) {
        Object[] args = phrase.argsArray();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof java.time.LocalDate d) {
                args[i] = java.util.Date.from(d.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
            }
        }
        return get(phrase.key(), args);
    }
}
