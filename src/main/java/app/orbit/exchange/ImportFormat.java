package app.orbit.exchange;

import java.util.Locale;
import java.util.regex.Pattern;

/** The kinds of file Orbit imports, and how to tell them apart from their content. */
public enum ImportFormat {
    VCARD, LINKEDIN, GOOGLE, OUTLOOK, THUNDERBIRD, JSON;

    private static final Pattern LINKEDIN_HEADER =
            Pattern.compile("^\"?First Name\"?,\"?Last Name\"?,\"?(URL|Email Address)\"?.*", Pattern.CASE_INSENSITIVE);

    /** The format named on the command line ({@code vcard}, {@code linkedin}, {@code google}, {@code outlook}, {@code thunderbird}, {@code json}). */
    public static ImportFormat named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Recognises the format from the first lines: a vCard begins with BEGIN:VCARD, a backup with
     * '{', a LinkedIn export with its "Notes:" preamble or its header, a Google, Outlook or Thunderbird
     * export with its header (English or French).
     */
    public static ImportFormat detect(SourceText source) {
        String text = source.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String head = text.substring(start, Math.min(text.length(), start + 20)).toUpperCase(Locale.ROOT);
        if (head.startsWith("BEGIN:VCARD")) {
            return VCARD;
        }
        if (head.startsWith("{")) {
            return JSON;
        }
        if (head.startsWith("NOTES:")) {
            return LINKEDIN;
        }
        String firstLine = firstLine(text, start);
        if (LINKEDIN_HEADER.matcher(firstLine).matches()) {
            return LINKEDIN;
        }
        String folded = firstLine.toLowerCase(Locale.ROOT);
        if (folded.contains("primary email") && folded.contains("display name")
                || folded.contains("adresse électronique principale")) {
            return THUNDERBIRD;
        }
        if (folded.contains("e-mail address") && folded.contains("first name")
                || folded.contains("adresse de messagerie") && folded.contains("prénom")) {
            return OUTLOOK;
        }
        if (folded.contains("e-mail 1 - value") || folded.contains("organization name")
                || folded.contains("given name") || folded.contains("phone 1 - value")
                || folded.startsWith("first name,middle name,last name")) {
            return GOOGLE;
        }
        throw Place.file(source.name()).error("import.error.unknownFormat");
    }

    private static String firstLine(String text, int start) {
        int end = text.indexOf('\n', start);
        return (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    }
}
