package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.bench.SyntheticNetwork;
import app.orbit.exchange.BackupDtos.BackupDto;
import app.orbit.store.BulkLoader;
import app.orbit.store.Database;
import app.orbit.testing.TestOrbit;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup read in pieces on several threads gives what reading it in one go gives, data or error. */
class BackupPiecesTest {

    private static final ObjectMapper MAPPER = JsonBackup.mapper();

    @TempDir
    Path dir;

    /** The export of the benchmark's network of {@code size} people, as Orbit writes it. */
    private String exportOf(String name, int size, int perContact) {
        Path source = dir.resolve(name);
        SyntheticNetwork net = SyntheticNetwork.generate(size, 20261130L, perContact);
        try (Database db = Database.open(source)) {
            BulkLoader.load(db, net.contacts(), net.interactions());
        }
        try (Orbit orbit = TestOrbit.open(source)) {
            return JsonBackupTest.export(orbit);
        }
    }

    /** The small network of the backup tests: asks, plans, snoozes, introductions and settings after the interactions. */
    private String exportOfEverything() {
        try (Orbit orbit = TestOrbit.open(dir.resolve("everything"))) {
            JsonBackupTest.fill(orbit);
            return JsonBackupTest.export(orbit);
        }
    }

    private static BackupDto inOneGo(String text) throws Exception {
        return MAPPER.readValue(text, BackupDto.class);
    }

    @Test
    void read_largeExport_inPiecesAsInOneGo() throws Exception {
        String text = exportOf("large", 3_000, 13);
        assertThat(text.length()).isGreaterThan(BackupPieces.SMALLEST);

        BackupDto whole = inOneGo(text);
        assertThat(whole.interactions()).hasSizeGreaterThan(10_000);
        assertThat(BackupPieces.read(text, MAPPER, 2)).isEqualTo(whole);
        assertThat(BackupPieces.read(text, MAPPER, 4)).isEqualTo(whole);
        assertThat(BackupPieces.read(text.replace("\n", "\r\n"), MAPPER, 3)).isEqualTo(whole);
        // One thread, or a file under the bound: read in one go.
        assertThat(BackupPieces.read(text, MAPPER, 1)).isNull();
        assertThat(BackupPieces.read(exportOfEverything(), MAPPER, 2)).isNull();
    }

    @Test
    void restore_largeExportIntoAnEmptyOrbit_exportsTheSameText() throws Exception {
        String text = exportOf("source", 3_000, 13);
        Path file = dir.resolve("backup.json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        try (Orbit orbit = TestOrbit.open(dir.resolve("restored"))) {
            var preview = orbit.importer().preview(file, ImportFormat.JSON, Progress.NONE);
            orbit.importer().apply(preview, Progress.NONE);
            assertThat(JsonBackupTest.export(orbit)).isEqualTo(text);
        }
    }

    @Test
    void read_smallPieces_asInOneGo() throws Exception {
        for (String text : List.of(exportOf("small", 40, 6), exportOfEverything())) {
            BackupDto whole = inOneGo(text);
            for (int size : new int[] {1, 200, 1_000, 100_000}) {
                assertThat(BackupPieces.read(text, MAPPER, 2, 0, size)).as("pieces of %d", size).isEqualTo(whole);
            }
        }
    }

    @Test
    void read_entriesOpenedOnTheLineThatClosesTheOneBefore_cutElsewhereWithNothingLeftOut() throws Exception {
        String text = exportOf("joined", 40, 6);
        // Every other boundary between entries written on one line with the next entry's first key.
        StringBuilder joined = new StringBuilder();
        int from = 0;
        int n = 0;
        for (int at = text.indexOf("\n  }, {\n"); at >= 0; at = text.indexOf("\n  }, {\n", at + 1)) {
            if (n++ % 2 == 0) {
                joined.append(text, from, at).append("\n  }, { ");
                from = at + "\n  }, {\n".length();
            }
        }
        joined.append(text.substring(from));
        assertThat(n).isGreaterThan(40);

        BackupDto whole = inOneGo(joined.toString());
        assertThat(whole).isEqualTo(inOneGo(text));
        for (int size : new int[] {1, 300, 2_000}) {
            assertThat(BackupPieces.read(joined.toString(), MAPPER, 2, 0, size)).as("pieces of %d", size)
                    .isEqualTo(whole);
        }
    }

    @Test
    void read_notLaidOutAsOrbitWrites_readInOneGo() throws Exception {
        String text = exportOfEverything();
        String minified = MAPPER.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(inOneGo(text));
        assertThat(BackupPieces.read(minified, MAPPER, 2, 0, 100)).isNull();
        // A second top-level key of the same name: an error either way, told by the reading in one go.
        String twice = text.replace("\n  \"asks\" : [", "\n  \"interactions\" : [ ],\n  \"asks\" : [");
        assertThat(BackupPieces.read(twice, MAPPER, 2, 0, 100)).isNull();
        // A deeper key indented like a top-level one: unknown to a contact, so an error either way.
        String deeper = text.replaceFirst("\n    \"notes\" : ", "\n  \"interactions\" : [ ],\n    \"notes\" : ");
        assertThat(deeper).isNotEqualTo(text);
        assertThat(BackupPieces.read(deeper, MAPPER, 2, 0, 100)).isNull();
    }

    /**
     * Seeded changes to a backup, each a line or a character added, removed, moved or indented
     * otherwise: whenever the pieces are read, they give exactly what reading in one go gives,
     * and a text that is not a backup is never read in pieces.
     */
    @Test
    void read_changedBackups_theSameDataOrLeftToTheReadingInOneGo() throws Exception {
        String[] inserts = {"  }, {", "  \"interactions\" : [ ],", "  \"contacts\" : [ ],", "  } ]", "  }, {}, {",
            "}", "]", ",", "", "    \"id\" : 7,", "  \"settings\" : { },"};
        int inPieces = 0;
        int refused = 0;
        int runs = 0;
        for (String base : List.of(exportOf("fuzz", 12, 6), exportOfEverything())) {
            Random r = new Random(20261130L + base.length());
            for (int n = 0; n < 600; n++) {
                List<String> lines = new ArrayList<>(Arrays.asList(base.split("\n", -1)));
                for (int changes = 1 + r.nextInt(2); changes > 0; changes--) {
                    int at = 1 + r.nextInt(lines.size() - 2);
                    switch (r.nextInt(6)) {
                        case 0 -> lines.add(at, inserts[r.nextInt(inserts.length)]);
                        case 1 -> lines.remove(at);
                        case 2 -> lines.add(at, lines.get(1 + r.nextInt(lines.size() - 2)));
                        case 3 -> lines.set(at, lines.get(at).replaceFirst("^    ", "  "));
                        case 4 -> {
                            String line = lines.get(at);
                            if (!line.isEmpty()) {
                                int c = r.nextInt(line.length());
                                lines.set(at, line.substring(0, c) + line.substring(c + 1));
                            }
                        }
                        default -> java.util.Collections.swap(lines, at, 1 + r.nextInt(lines.size() - 2));
                    }
                }
                String text = String.join("\n", lines);
                BackupDto whole;
                try {
                    whole = inOneGo(text);
                } catch (Exception e) {
                    whole = null;
                    refused++;
                }
                BackupDto pieces = BackupPieces.read(text, MAPPER, 2, 0, 1 + r.nextInt(400));
                runs++;
                if (pieces != null) {
                    inPieces++;
                    assertThat(whole).as("change %d read in pieces, refused in one go:%n%s", n, text).isNotNull();
                    assertThat(pieces).as("change %d", n).isEqualTo(whole);
                }
            }
        }
        // Both kinds were met: changes that left a backup read in pieces, and texts refused.
        assertThat(inPieces).isGreaterThan(runs / 10);
        assertThat(refused).isGreaterThan(runs / 10);
    }
}
