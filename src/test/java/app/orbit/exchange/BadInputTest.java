package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import app.orbit.testing.FreshOrbit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad file: a clear message naming the file and the line or card, and nothing written. */
@FreshOrbit
class BadInputTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path files;
    private Orbit orbit;
    private Contact before;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
        // Someone every bad file would otherwise complete (same email as a LinkedIn row).
        before = orbit.contacts().create(Contact.builder().firstName("Jack").lastName("Robinson")
                .email("jack.robinson@example.com").knownSince(LocalDate.of(2025, 1, 1)).build());
    }

    static Stream<Arguments> badFiles() {
        String linkedIn = Fixtures.text("Connections.csv");
        String iphone = Fixtures.text("iphone-3.0.vcf");
        String google = Fixtures.text("google-contacts.csv");
        byte[] binary = new byte[4096];
        new Random(4).nextBytes(binary);
        binary[10] = 0;
        return Stream.of(
                Arguments.of("truncated vCard", "cut.vcf",
                        bytes(iphone.substring(0, iphone.indexOf("EMAIL;TYPE=INTERNET:asmith"))),
                        "cut.vcf, card 2 (line 25): this card has no END:VCARD: the file seems cut short."),
                Arguments.of("truncated CSV inside a quoted field", "Connections.csv",
                        bytes(linkedIn.substring(0, linkedIn.indexOf("Paris office"))),
                        "Connections.csv, line 9: this line is not valid CSV: a quote is opened and never closed."),
                Arguments.of("binary file", "photo.vcf", binary,
                        "photo.vcf, line 1: this is not a text file (it holds binary data)."),
                Arguments.of("unbalanced quote", "Connections.csv",
                        bytes(linkedIn.replace("\"Google, Inc.\"", "\"Google, Inc.")),
                        "Connections.csv, line 6: this line is not valid CSV: a quote is opened and never closed."),
                Arguments.of("unknown column", "Connections.csv",
                        bytes(linkedIn.replace("Connected On", "Favourite Colour")),
                        "Connections.csv, line 4: unknown column \u201cFavourite Colour\u201d."),
                Arguments.of("unknown Google column", "google.csv",
                        bytes(google.replaceFirst("Nickname", "Shoe Size")),
                        "google.csv, line 1: unknown column \u201cShoe Size\u201d."),
                Arguments.of("impossible LinkedIn date", "Connections.csv",
                        bytes(linkedIn.replace("03 Jan 2023", "31 Feb 2023")),
                        "Connections.csv, line 6: \u201c31 Feb 2023\u201d is not a date."),
                Arguments.of("impossible Google birthday", "google.csv",
                        bytes(google.replace("1984-05-17", "1984-13-17")),
                        "google.csv, line 2: \u201c1984-13-17\u201d is not a date: use YYYY-MM-DD, or --MM-DD without the year."),
                Arguments.of("text between cards", "cards.vcf",
                        bytes(iphone.replace("END:VCARD\nBEGIN:VCARD", "END:VCARD\nhello\nBEGIN:VCARD")),
                        "cards.vcf, line 25: text outside any card (between END:VCARD and the next BEGIN:VCARD)."),
                Arguments.of("truncated JSON", "orbit.json",
                        bytes("{\n  \"formatVersion\" : 1,\n  \"application\" : \"Orbit\",\n  \"contacts\" : [ {\n"),
                        "orbit.json, line 5: this is not valid JSON"),
                Arguments.of("JSON from a newer Orbit", "orbit.json",
                        bytes("{\"formatVersion\": 99, \"application\": \"Orbit\", \"contacts\": []}"),
                        "orbit.json: this backup has format version 99, from a newer Orbit"),
                Arguments.of("not a known format", "notes.txt", bytes("Dear diary,\nnothing today.\n"),
                        "notes.txt: Orbit does not recognise this file."),
                Arguments.of("empty file", "empty.vcf", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                        "empty.vcf: the file is empty."));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void preview_badFile_namesThePlaceAndWritesNothing(String what, String name, byte[] content, String message) {
        Path file = Fixtures.write(files, name, content);

        assertThatThrownBy(() -> orbit.importer().apply(orbit.importer().preview(file, null, Progress.NONE),
                Progress.NONE))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(EN.describe(e)).startsWith(message));

        assertThat(orbit.contacts().count()).isEqualTo(1);
        assertThat(orbit.contacts().get(before.id())).isEqualTo(before);
    }

    @Test
    void read_fileOverTheSizeBound_isRefusedWithItsName() {
        Path file = Fixtures.copy("Connections.csv", files);

        assertThatThrownBy(() -> SourceText.read(file, 100))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(EN.describe(e))
                        .isEqualTo("Connections.csv: the file is 0 MB; Orbit imports files up to 0 MB."));
    }

    @Test
    void preview_vCardNeverCrashes_onEveryPrefixOfAFile() {
        String text = Fixtures.text("android-2.1.vcf");
        for (int cut = 1; cut < text.length(); cut += 7) {
            SourceText source = new SourceText("cut.vcf", text.substring(0, cut));
            try {
                orbit.importer().preview(source, ImportFormat.VCARD, Progress.NONE);
            } catch (OrbitException e) {
                assertThat(EN.describe(e)).startsWith("cut.vcf");
            }
        }
        assertThat(orbit.contacts().count()).isEqualTo(1);
    }
}
