package app.orbit.exchange;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.domain.Contact;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CSV export and formula injection: a spreadsheet must never run a cell as a formula. */
class CsvExportTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "=HYPERLINK(\"http://evil.example\",\"click\")|'=HYPERLINK(\"http://evil.example\",\"click\")",
        "=1+1|'=1+1",
        "@SUM(A1:A9)|'@SUM(A1:A9)",
        "+SUM(A1)|'+SUM(A1)",
        "-2+3+cmd! /C calc!A0|'-2+3+cmd! /C calc!A0",
        "+33 6 12 34 56 78|+33 6 12 34 56 78",
        "+1 (555) 010-2030; +44 20 7946 0958|+1 (555) 010-2030; +44 20 7946 0958",
        "-12.5|-12.5",
        "+42|+42",
        "- a list item|'- a list item",
        "+ plus one|'+ plus one",
        "Ada = genius|Ada = genius",
        "a@b.example|a@b.example",
        "|"
    })
    void cell_hostileOrHarmlessText_isPrefixedOnlyWhenASpreadsheetWouldRunIt(String text, String expected) {
        String in = text == null ? "" : text;
        String out = expected == null ? "" : expected;
        assertThat(CsvExport.cell(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"'\t=cmd'", "'\r=cmd'", "'\tplain'"})
    void cell_startingWithTabOrCarriageReturn_isPrefixed(String text) {
        assertThat(CsvExport.cell(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"=HYPERLINK(\"x\")", "@SUM(1)", "-1+cmd"})
    void write_hostileNotesAndNames_noCellStartsAFormula(String hostile) throws Exception {
        Contact c = person(hostile, "Doe").notes(hostile).organisation(hostile).phones(List.of("+33 6 12 34 56 78"))
                .build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvExport.write(List.of(c), out);

        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(out.toString(StandardCharsets.UTF_8))) {
            Map<String, String> row = it.next();
            assertThat(row.get("First Name")).isEqualTo("'" + hostile);
            assertThat(row.get("Notes")).isEqualTo("'" + hostile);
            assertThat(row.get("Organisation")).isEqualTo("'" + hostile);
            assertThat(row.get("Phones")).isEqualTo("+33 6 12 34 56 78");
        }
    }
}
