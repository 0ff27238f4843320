package app.orbit.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file read with Jackson as rows of strings, each with the line it starts on: RFC 4180
 * quoting (commas, line breaks and doubled quotes inside quoted fields). Every row must have as
 * many values as the header has columns; a row that does not is most often an unbalanced quote,
 * and is refused with its line.
 */
final class CsvTable {

    /** One data row: the line it starts on and its values, as many as the header's columns. */
    record Row(int line, List<String> values) {
    }

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvTable() {
    }

    /**
     * Reads {@code text}, whose first line is line {@code firstLine} of the file, header first;
     * hands the header (trimmed column names) to {@code onHeader}, then each non-empty row to
     * {@code onRow}. Checks for cancellation between rows.
     */
    static void read(String file, String text, int firstLine, Consumer<List<String>> onHeader,
            RowHandler onRow, Progress progress) {
        int rowStart = firstLine;
        int lineOffset = firstLine - 1;
        long totalLines = text.chars().filter(ch -> ch == '\n').count() + 1;
        List<String> header = null;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                .readValues(text)) {
            while (it.hasNextValue()) {
                // Before the row's values are read, the parser stands at the start of its line.
                JsonLocation at = it.getParser().currentLocation();
                if (at.getLineNr() > 0) {
                    rowStart = at.getLineNr() + lineOffset;
                }
                String[] values = it.nextValue();
                if (header == null) {
                    header = Arrays.stream(values).map(String::strip).toList();
                    onHeader.accept(header);
                    continue;
                }
                if (Arrays.stream(values).allMatch(String::isBlank)) {
                    continue;
                }
                if (values.length != header.size()) {
                    throw Place.line(file, rowStart).error("import.error.columnCount", values.length, header.size());
                }
                progress.checkCancelled();
                onRow.accept(new Row(rowStart, List.of(values)));
                progress.update(rowStart - lineOffset, totalLines);
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            // A quote never closed runs to the end of the file: the row where it opened is the place to look.
            throw new app.orbit.domain.OrbitException(e, "import.at.line", file, rowStart, rowStart,
                    new app.orbit.domain.OrbitException("import.error.csv"));
        }
        if (header == null) {
            throw Place.file(file).error("import.error.noHeader");
        }
    }

    /** What to do with one data row. */
    @FunctionalInterface
    interface RowHandler {
        void accept(Row row);
    }

    /** The values of a row by column name, for readers that know their columns. */
    static final class Columns {
        private final List<String> header;

        Columns(List<String> header) {
            this.header = new ArrayList<>(header);
        }

        int index(String name) {
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        String get(Row row, String name) {
            int i = index(name);
            return i < 0 ? "" : row.values().get(i).strip();
        }

        List<String> names() {
            return header;
        }
    }
}
