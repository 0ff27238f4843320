package app.orbit.exchange;

import app.orbit.domain.Contact;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/** Contacts as CSV for a spreadsheet: one row per contact, lists joined with "; ". */
final class CsvExport {

    private static final CsvMapper MAPPER = CsvMapper.builder().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .build();

    private CsvExport() {
    }

    /** One row. Without @JsonPropertyOrder, Jackson would write the columns in alphabetical order. */
    @JsonPropertyOrder({"First Name", "Last Name", "Emails", "Phones", "Organisation", "Title", "City", "Tags",
        "Birthday", "Circle", "Cadence", "How We Met", "Needs", "Offers", "Profile URL", "Notes", "Known Since",
        "Last Touch", "Archived"})
    record Row(
            @JsonProperty("First Name") String firstName,
            @JsonProperty("Last Name") String lastName,
            @JsonProperty("Emails") String emails,
            @JsonProperty("Phones") String phones,
            @JsonProperty("Organisation") String organisation,
            @JsonProperty("Title") String title,
            @JsonProperty("City") String city,
            @JsonProperty("Tags") String tags,
            @JsonProperty("Birthday") String birthday,
            @JsonProperty("Circle") String circle,
            @JsonProperty("Cadence") String cadence,
            @JsonProperty("How We Met") String howWeMet,
            @JsonProperty("Needs") String needs,
            @JsonProperty("Offers") String offers,
            @JsonProperty("Profile URL") String profileUrl,
            @JsonProperty("Notes") String notes,
            @JsonProperty("Known Since") String knownSince,
            @JsonProperty("Last Touch") String lastTouch,
            @JsonProperty("Archived") boolean archived) {

        static Row of(Contact c) {
            return new Row(cell(c.firstName()), cell(c.lastName()), cell(String.join("; ", c.emails())),
                    cell(String.join("; ", c.phones())), cell(c.organisation()), cell(c.title()), cell(c.city()),
                    cell(String.join("; ", c.tags())), c.birthday() == null ? "" : c.birthday().toString(),
                    c.circle().name(), c.cadenceOverride() == null ? "" : c.cadenceOverride().toString(),
                    cell(c.howWeMet()), cell(c.needs()), cell(c.offers()), cell(c.profileUrl()), cell(c.notes()),
                    String.valueOf(c.knownSince()), String.valueOf(c.lastTouch()), c.archived());
        }
    }

    /** Phone numbers, one or several joined with "; ": +33 6 12 34 56 78, (555) 010-2030, 01.23.45.67.89. */
    private static final Pattern PHONES = Pattern.compile("\\+?[0-9(][0-9 ().\\-/]*(; \\+?[0-9(][0-9 ().\\-/]*)*");
    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    /**
     * A cell a spreadsheet will not run as a formula (OWASP "CSV injection"): text starting with
     * {@code =}, {@code @}, a tab or a carriage return gets a leading {@code '}, and so does text
     * starting with {@code +} or {@code -} unless the whole cell is a phone number (or several) or
     * a plain number, which a spreadsheet reads as a value and which must stay dialable.
     */
    static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean risky = first == '=' || first == '@' || first == '\t' || first == '\r'
                || (first == '+' || first == '-') && !PHONES.matcher(text).matches() && !NUMBER.matcher(text).matches();
        return risky ? "'" + text : text;
    }

    static void write(List<Contact> contacts, OutputStream out) throws IOException {
        CsvSchema schema = MAPPER.schemaFor(Row.class).withHeader();
        MAPPER.writer(schema).writeValue(out, contacts.stream().map(Row::of).toList());
    }
}
