package app.orbit.exchange;

import java.util.Locale;

/** What Orbit exports to, with the usual file extension of each. */
public enum ExportFormat {
    /** The complete backup of everything Orbit holds. */
    JSON("json"),
    /** Contacts as vCard 4.0. */
    VCARD("vcf"),
    /** Contacts as a spreadsheet. */
    CSV("csv"),
    /** A calendar with this week's reconnect list and everyone's birthdays. */
    ICS("ics"),
    /** A calendar with this week's reconnect list only. */
    ICS_WEEK("ics"),
    /** A calendar with everyone's birthdays, repeating each year. */
    ICS_BIRTHDAYS("ics");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** Whether the contact filter applies (JSON and calendars take everything). */
    public boolean isContactList() {
        return this == VCARD || this == CSV;
    }

    /** The format named on the command line: json, vcard, csv, ics. */
    public static ExportFormat named(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
