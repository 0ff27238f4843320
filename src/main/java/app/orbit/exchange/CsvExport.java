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
            return new Row(c.firstName(), c.lastName(), String.join("; ", c.emails()), String.join("; ", c.phones()),
                    c.organisation(), c.title(), c.city(), String.join("; ", c.tags()),
                    c.birthday() == null ? "" : c.birthday().toString(), c.circle().name(),
                    c.cadenceOverride() == null ? "" : c.cadenceOverride().toString(), c.howWeMet(), c.needs(),
                    c.offers(), c.profileUrl(), c.notes(), String.valueOf(c.knownSince()),
                    String.valueOf(c.lastTouch()), c.archived());
        }
    }

    static void write(List<Contact> contacts, OutputStream out) throws IOException {
        CsvSchema schema = MAPPER.schemaFor(Row.class).withHeader();
        MAPPER.writer(schema).writeValue(out, contacts.stream().map(Row::of).toList());
    }
}
