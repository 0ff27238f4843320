package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.PostalAddress;
import app.orbit.service.Messages;
import app.orbit.testing.TestOrbit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real exporters' files (src/test/resources/import, written after each program's own output) import
 * with every field kept, and survive Orbit's vCard export and a second import unchanged. Then one
 * test per defect of issue 15.
 */
class ImportFidelityTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path dir;
    @TempDir
    Path other;
    @TempDir
    Path files;
    private Orbit orbit;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
    }

    @AfterEach
    void close() {
        orbit.close();
    }

    static byte[] fixture(String name) {
        try (InputStream in = ImportFidelityTest.class.getResourceAsStream("/import/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path copy(String name) {
        return Fixtures.write(files, name, fixture(name));
    }

    private static ImportPreview preview(Orbit o, Path file) {
        return o.importer().preview(file, null, Progress.NONE);
    }

    private ImportPreview importFixture(String name) {
        ImportPreview p = preview(orbit, copy(name));
        orbit.importer().apply(p, Progress.NONE);
        return p;
    }

    private static List<Contact> all(Orbit o) {
        return o.contacts().search("", true, 10_000).stream().map(ContactSummary::id).map(o.contacts()::get)
                .sorted(Comparator.comparing(Contact::displayName)).toList();
    }

    private Contact named(String displayName) {
        return all(orbit).stream().filter(c -> c.displayName().equals(displayName)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + displayName + " in " + all(orbit).stream()
                        .map(Contact::displayName).toList()));
    }

    /** A contact with what the store and the clock add taken away: only what the file said. */
    private static Contact fields(Contact c) {
        return c.toBuilder().id(null).createdAt(null).updatedAt(null).lastTouch(null).introducedById(null).build();
    }

    /** Each exporter's file and the people it must give, by the name Orbit shows. */
    static Stream<Arguments> exporters() {
        return Stream.of(
                Arguments.of("apple-contacts.vcf", List.of("Ben Okafor", "Boulangerie Martin",
                        "Dr. Amélie Claire Lefèvre PhD")),
                Arguments.of("google-contacts.vcf", List.of("Jack Robinson", "newsletter@shop.example")),
                Arguments.of("google-contacts.csv", List.of("City Library", "Dr. Priya K. Raman")),
                Arguments.of("outlook-2003.vcf", List.of("Mme Cécile Dupont")),
                Arguments.of("outlook-2007.vcf", List.of("Mr. Michael Angstadt Jr.")),
                Arguments.of("outlook.csv", List.of("Ana Núñez", "Mr. François Xavier Müller Jr.", "Plomberie Rémi")),
                Arguments.of("outlook-fr.csv", List.of("Mme Hélène Lefèbvre")),
                Arguments.of("thunderbird.vcf", List.of("Yann Le Gall", "Zoé Marchand")),
                Arguments.of("thunderbird.csv", List.of("Li Wei", "Sam Taylor (Mozilla)", "events@meetup.example")),
                Arguments.of("thunderbird-fr.csv", List.of("Étienne Gréco")),
                Arguments.of("nextcloud-owncloud.vcf", List.of("Camille Bonnet", "Raphaël Simon")),
                Arguments.of("kde-kaddressbook.vcf", List.of("Greta Hoffmann", "Lukas Weber")),
                Arguments.of("evolution.vcf", List.of("Mr. John Richter, James Doe Sr.")),
                Arguments.of("android.vcf", List.of("Pharmacie du Château", "Zoé André", "contact@plombier.example")),
                Arguments.of("cardbook-4.0.vcf", List.of("Ada Lovelace", "Johann Sebastian Bach")),
                Arguments.of("merge-traps.vcf", List.of("Alice Martin", "Bob Durand", "Broken Arrow", "Broken Heart",
                        "Jack Robinson")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void importExportReimport_everyExporter_givesItsPeopleAndKeepsEveryField(String fixture, List<String> people)
            throws IOException {
        ImportPreview p = importFixture(fixture);
        List<Contact> first = all(orbit);
        assertThat(first).extracting(Contact::displayName).containsExactlyElementsOf(people);
        assertThat(p.skipped()).as("nobody skipped but same-person rows")
                .allSatisfy(s -> assertThat(s.reason().key()).startsWith("import.skip.duplicate"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        orbit.exporter().export(ExportFormat.VCARD, ContactFilter.ALL, out, Progress.NONE);
        Path exported = files.resolve("exported.vcf");
        Files.write(exported, out.toByteArray());
        try (Orbit again = TestOrbit.open(other)) {
            ImportPreview back = preview(again, exported);
            assertThat(back.warnings()).as("Orbit's own export warns of nothing").isEmpty();
            again.importer().apply(back, Progress.NONE);

            assertThat(all(again).stream().map(ImportFidelityTest::fields).toList())
                    .containsExactlyElementsOf(first.stream().map(ImportFidelityTest::fields).toList());
        }
    }

    @Test
    void apple_namesAddressesPhotoAndTheCompanyCard_areKeptWhole() {
        ImportPreview p = importFixture("apple-contacts.vcf");

        Contact amelie = named("Dr. Amélie Claire Lefèvre PhD");
        assertThat(List.of(amelie.namePrefix(), amelie.firstName(), amelie.middleName(), amelie.lastName(),
                amelie.nameSuffix())).containsExactly("Dr.", "Amélie", "Claire", "Lefèvre", "PhD");
        assertThat(amelie.addresses()).containsExactly(new PostalAddress("home", "12 rue des Martyrs\nBâtiment B",
                "75009", "Paris", "Île-de-France", "France"));
        assertThat(amelie.city()).isEqualTo("Paris");
        assertThat(amelie.phones()).containsExactly("+33 6 12 34 56 78", "01 42 14 20 00", "1 800 ELEPHANT");
        assertThat(amelie.birthday()).as("X-APPLE-OMIT-YEAR=1604: no year").isEqualTo(
                new Birthday(MonthDay.of(3, 15), null));
        assertThat(amelie.profileUrl()).isEqualTo("https://www.linkedin.com/in/amelie-lefevre");
        assertThat(amelie.notes()).isEqualTo("Rencontrée à VivaTech, très intéressée par la fintech.\nA un chat."
                + "\n\nNickname: Mimi\nWebsite: https://amelie-lefevre.example/");
        assertThat(amelie.photo().mediaType()).isEqualTo("image/png");
        assertThat(amelie.photo().bytes()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        Contact shop = named("Boulangerie Martin");
        assertThat(shop.organisation()).isEqualTo("Boulangerie Martin");
        assertThat(shop.addresses()).extracting(PostalAddress::street).containsExactly("3 place Bellecour");
        assertThat(named("Ben Okafor").birthday()).as("BDAY:16040101").isEqualTo(
                new Birthday(MonthDay.of(1, 1), null));
        assertThat(p.warnings()).isEmpty();
    }

    @Test
    void sharedCompanyUrl_neverMergesTwoPeople_butALinkedInProfileOrAPersonalSiteDoes() {
        ImportPreview p = importFixture("merge-traps.vcf");

        assertThat(p.newCount()).isEqualTo(5);
        assertThat(p.skipped()).extracting(s -> EN.describe(s.message()))
                .containsExactly("merge-traps.vcf, card 6 (line 35): same person as card 5; combined with it.");
        assertThat(named("Jack Robinson").phones()).containsExactly("+44 20 7946 0018");
        assertThat(named("Alice Martin").emails()).containsExactly("alice@acme.example");
        assertThat(named("Bob Durand").emails()).containsExactly("bob@acme.example");
        importFixture("outlook-2007.vcf");

        ImportPreview later = importFixture("merge-traps-later.vcf");

        assertThat(later.newCount()).as("Chloé gives Acme's site too: a new person").isEqualTo(1);
        assertThat(later.merges()).singleElement().satisfies(m -> {
            assertThat(m.existing().displayName()).isEqualTo("Mr. Michael Angstadt Jr.");
            assertThat(m.merged().emails()).contains("mike@home.example");
        });
        assertThat(named("Chloé Petit").emails()).containsExactly("chloe@acme.example");
    }

    @Test
    void foldCuttingACharacterInTwo_isUnfoldedBeforeDecoding() {
        ImportPreview p = importFixture("nextcloud-owncloud.vcf");

        assertThat(p.legacyEncoding()).isNull();
        assertThat(named("Raphaël Simon").notes()).isEqualTo(
                "Président du comité d'entreprise, passionné de vélo et de randonnée en Ardèche.");
        assertThat(named("Raphaël Simon").tags()).containsExactly("ledger", "vélo");
    }

    @Test
    void birthdays_noYearTextAndUtcDateTimes_keepTheContactAndSayWhatWasNotADate() {
        ImportPreview cardbook = importFixture("cardbook-4.0.vcf");
        importFixture("kde-kaddressbook.vcf");

        assertThat(named("Ada Lovelace").birthday()).isEqualTo(new Birthday(MonthDay.of(12, 10), null));
        Contact bach = named("Johann Sebastian Bach");
        assertThat(bach.birthday()).isNull();
        assertThat(bach.notes()).isEqualTo("Birthday: circa 1685");
        assertThat(cardbook.warnings()).extracting(EN::describe).containsExactly(
                "cardbook-4.0.vcf, card 1 (line 7): the birthday \u201ccirca 1685\u201d is not a date; kept in the notes.");
        assertThat(named("Lukas Weber").birthday()).isEqualTo(Birthday.of(LocalDate.of(1985, 1, 28)));
        assertThat(named("Greta Hoffmann").birthday()).isEqualTo(Birthday.of(LocalDate.of(1953, 10, 15)));
        assertThat(named("Lukas Weber").notes()).contains("X-KADDRESSBOOK-X-SPOUSESNAME: Anna");
    }

    @Test
    void droppedProperty_warnsWithTheCardAndThePropertysLine() {
        ImportPreview p = importFixture("outlook-2007.vcf");

        assertThat(p.warnings()).extracting(EN::describe).containsExactly(
                "outlook-2007.vcf, card 1 (line 23): KEY cannot be kept; left out.");
        Contact mike = named("Mr. Michael Angstadt Jr.");
        assertThat(mike.notes()).startsWith("This is the NOTE field\nIt spans two lines.")
                .contains("Role: TheProfession").contains("Anniversary: 20120801")
                .contains("Website: http://thecompany.example");
        assertThat(mike.profileUrl()).isEqualTo("http://mikeangstadt.name");
        assertThat(mike.birthday()).isEqualTo(Birthday.of(LocalDate.of(1975, 3, 10)));
        assertThat(mike.addresses()).containsExactly(new PostalAddress("work", "TheOffice\n222 Broadway", "99999",
                "New York", "NY", "USA"));
    }

    @Test
    void windows1252Csv_isReadAsWindows1252AndTheNoticeShowsTheDecodedNames() {
        ImportPreview p = preview(orbit, copy("outlook.csv"));

        assertThat(p.format()).isEqualTo(ImportFormat.OUTLOOK);
        assertThat(p.legacyEncoding()).isEqualTo("Windows-1252");
        assertThat(EN.describe(p.encodingNotice())).isEqualTo("outlook.csv: read as Windows-1252, as the file is not "
                + "UTF-8: Mr. François Xavier Müller Jr., Ana Núñez, Plomberie Rémi. Check that these names look right "
                + "before importing; if not, name the encoding.");
        orbit.importer().apply(p, Progress.NONE);
        Contact francois = named("Mr. François Xavier Müller Jr.");
        assertThat(francois.organisation()).isEqualTo("Bürotec GmbH, Vertrieb");
        assertThat(francois.title()).isEqualTo("Directeur régional");
        assertThat(francois.birthday()).isEqualTo(Birthday.of(LocalDate.of(1975, 3, 15)));
        assertThat(francois.tags()).containsExactly("clients", "salon 2024");
        assertThat(francois.addresses()).containsExactly(new PostalAddress("work", "Königsallee 12\n3. Etage",
                "40212", "Düsseldorf", "", "Germany"));
        assertThat(francois.notes()).isEqualTo("Rencontré au salon — très « pro ».\nRelancer en mars.\n\nSpouse: Hélène");
        assertThat(francois.profileUrl()).isEqualTo("http://www.burotec.example/");
        assertThat(p.warnings()).extracting(EN::describe)
                .containsExactly("outlook.csv, line 5: no name: imported under the organisation Plomberie Rémi.");
    }

    @Test
    void outlook2003_quotedPrintableInWindows1252_isDecodedAsWindows1252() {
        ImportPreview p = importFixture("outlook-2003.vcf");

        assertThat(p.legacyEncoding()).isEqualTo("Windows-1252");
        Contact cecile = named("Mme Cécile Dupont");
        assertThat(cecile.notes()).isEqualTo("Préfère le téléphone.\nRappeler en janvier.");
        assertThat(cecile.addresses()).extracting(PostalAddress::street).containsExactly("12 place des États-Unis");
        assertThat(VCardFileReader.quotedPrintableCharset(new SourceText("a.vcf",
                "BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:Pr=E9f=E8re\nEND:VCARD\n"))).isEqualTo(SourceText.WINDOWS_1252);
        assertThat(VCardFileReader.quotedPrintableCharset(new SourceText("a.vcf",
                "BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:Pr=C3=A9\nEND:VCARD\n"))).isEqualTo(
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void macRoman_isToldFromWindows1252() {
        byte[] bytes = "BEGIN:VCARD\nVERSION:3.0\nFN:Zoé Lefèvre\nN:Lefèvre;Zoé;;;\nEND:VCARD\n"
                .getBytes(SourceText.MAC_ROMAN);

        SourceText text = SourceText.decode("mac.vcf", bytes);

        assertThat(text.legacyCharset()).isEqualTo(SourceText.MAC_ROMAN);
        assertThat(text.text()).contains("FN:Zoé Lefèvre");
        assertThat(SourceText.decode("w.vcf", "FN:Zoé Lefèvre\n".getBytes(SourceText.WINDOWS_1252)).text())
                .contains("Zoé Lefèvre");
    }

    @Test
    void frenchOutlookAndThunderbird_headersAreRead() {
        importFixture("outlook-fr.csv");
        importFixture("thunderbird-fr.csv");
        importFixture("thunderbird.csv");

        Contact helene = named("Mme Hélène Lefèbvre");
        assertThat(helene.birthday()).isEqualTo(Birthday.of(LocalDate.of(1982, 2, 28)));
        assertThat(helene.phones()).containsExactly("03 88 14 88 14", "06 12 12 12 12");
        Contact etienne = named("Étienne Gréco");
        assertThat(etienne.addresses()).extracting(PostalAddress::label, PostalAddress::city, PostalAddress::postcode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("home", "Nantes", "44000"),
                        org.assertj.core.groups.Tuple.tuple("work", "Nantes", "44100"));
        assertThat(etienne.birthday()).isEqualTo(Birthday.of(LocalDate.of(1979, 11, 3)));
        Contact sam = named("Sam Taylor (Mozilla)");
        assertThat(sam.profileUrl()).isEqualTo("https://www.linkedin.com/in/samtaylor");
        assertThat(sam.notes()).contains("Owes me a book.").contains("Nickname: Sammy").contains("Custom 1: Rust meetup")
                .contains("Website: https://sam.example");
        assertThat(named("Li Wei").birthday()).isEqualTo(new Birthday(MonthDay.of(12, 25), null));
    }

    @Test
    void samePhoneWrittenTwoWays_isKeptOnceAfterAMerge_andAVanityNumberIsKept() {
        importFixture("kde-kaddressbook.vcf");

        importFixture("kde-kaddressbook-later.vcf");

        assertThat(named("Lukas Weber").phones()).containsExactly("+49-221-9999123", "1 800 ELEPHANT");
        PhoneNumbers germany = new PhoneNumbers("DE");
        assertThat(germany.key("(0221) 9999123", List.of())).isEqualTo(germany.key("+49-221-9999123", List.of()))
                .isEqualTo("+492219999123");
        assertThat(new PhoneNumbers("FR").key("06 12 34 56 78", List.of())).isEqualTo("+33612345678");
    }

    @Test
    void oversizePhoto_isLeftOutWithAWarning() {
        String big = java.util.Base64.getEncoder().encodeToString(new byte[300 * 1024]);
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big Picture\r\nN:Picture;Big;;;\r\nPHOTO;ENCODING=b;TYPE=JPEG:"
                + big + "\r\nEND:VCARD\r\n";
        ImportPreview p = preview(orbit, Fixtures.write(files, "big.vcf", card));

        assertThat(p.newContacts()).singleElement().satisfies(c -> assertThat(c.photo()).isNull());
        assertThat(p.warnings()).extracting(EN::describe).containsExactly(
                "big.vcf, card 1 (line 5): the picture is 300 KB; Orbit keeps pictures up to 256 KB. Left out.");
    }

    @Test
    void googleCsv_columnsWithoutAField_goToTheNotes_andThePictureAddressIsWarnedOf() {
        ImportPreview p = importFixture("google-contacts.csv");

        Contact priya = named("Dr. Priya K. Raman");
        assertThat(priya.notes()).isEqualTo("Speaks at DevFest.\n\nNickname: Pri\n"
                + "Organization 1 - Location: Bengaluru campus\nSpouse: Arjun Raman\nAnniversary: 2012-11-24\n"
                + "Blog: https://priya.example/blog\nT-shirt size: M\nWork (Skype): priya.r.work");
        assertThat(priya.profileUrl()).isEqualTo("https://www.linkedin.com/in/priyaraman");
        assertThat(priya.photo()).isNull();
        assertThat(p.warnings()).extracting(EN::describe).containsExactly("google-contacts.csv, line 2: the picture "
                + "is at a web address (https://lh3.googleusercontent.com/contacts/AHpQ0x-priya); left out.",
                "google-contacts.csv, line 5: no name: imported under the organisation City Library.");
    }

    @Test
    void phoneRegionSetting_readsNationalNumbersInThatRegion_whateverTheSystemSays() {
        // A Rome number: "06 1234 5678" at home, "+39 06 1234 5678" abroad; read in France it is a mobile.
        String first = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Giulia Conti\r\nN:Conti;Giulia;;;\r\n"
                + "EMAIL:giulia@example.it\r\nTEL:06 1234 5678\r\nEND:VCARD\r\n";
        String later = first.replace("TEL:06 1234 5678", "TEL:+39 06 1234 5678");
        try (Orbit inFrance = TestOrbit.open(other)) {
            inFrance.settings().save(inFrance.settings().current().withPhoneRegion("FR"));
            for (String card : List.of(first, later)) {
                inFrance.importer().apply(preview(inFrance, Fixtures.write(files, "fr.vcf", card)), Progress.NONE);
            }
            assertThat(all(inFrance)).singleElement().satisfies(c -> assertThat(c.phones())
                    .as("read in France, 06 1234 5678 is a French mobile").hasSize(2));
        }

        orbit.settings().save(orbit.settings().current().withPhoneRegion("it"));
        for (String card : List.of(first, later)) {
            orbit.importer().apply(preview(orbit, Fixtures.write(files, "it.vcf", card)), Progress.NONE);
        }

        assertThat(orbit.settings().load().phoneRegion()).isEqualTo("IT");
        assertThat(named("Giulia Conti").phones()).containsExactly("06 1234 5678");
    }
}
