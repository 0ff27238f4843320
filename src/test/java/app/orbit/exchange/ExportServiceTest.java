package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.testing.TestOrbit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportServiceTest {

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path files;

    private static String export(Orbit orbit, ExportFormat format, ContactFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        orbit.exporter().export(format, filter, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Contact> everyone(Orbit orbit) {
        List<Long> ids = orbit.contacts().search("", true, 100).stream().map(ContactSummary::id).toList();
        return orbit.contacts().getAll(ids).stream().sorted(Comparator.comparing(Contact::displayName)).toList();
    }

    /** What a vCard carries: everything but ids, timestamps, circle, cadence, archive and introducer. */
    private static Contact portable(Contact c) {
        return Contact.builder().firstName(c.firstName()).lastName(c.lastName()).emails(c.emails()).phones(c.phones())
                .organisation(c.organisation()).title(c.title()).city(c.city()).tags(c.tags()).birthday(c.birthday())
                .howWeMet(c.howWeMet()).notes(c.notes()).needs(c.needs()).offers(c.offers())
                .profileUrl(c.profileUrl()).knownSince(c.knownSince()).build();
    }

    @Test
    void vcardExport_reimportedIntoAnEmptyOrbit_givesBackEveryPortableField() {
        String vcf;
        List<Contact> original;
        try (Orbit orbit = TestOrbit.open(first)) {
            JsonBackupTest.fill(orbit);
            original = everyone(orbit);
            vcf = export(orbit, ExportFormat.VCARD, ContactFilter.ALL);
        }
        assertThat(vcf).startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n").contains("BDAY:--0229");

        try (Orbit other = TestOrbit.open(second)) {
            ImportPreview p = other.importer().preview(Fixtures.write(files, "orbit.vcf", vcf), null, Progress.NONE);
            assertThat(p.format()).isEqualTo(ImportFormat.VCARD);
            assertThat(p.warnings()).isEmpty();
            other.importer().apply(p, Progress.NONE);

            assertThat(everyone(other)).map(ExportServiceTest::portable)
                    .containsExactlyElementsOf(original.stream().map(ExportServiceTest::portable).toList());
        }
    }

    @Test
    void csvExport_ofAFilter_hasTheColumnsInOrderAndOnlyMatchingPeople() {
        try (Orbit orbit = TestOrbit.open(first)) {
            JsonBackupTest.fill(orbit);

            String csv = export(orbit, ExportFormat.CSV, new ContactFilter("acme", false));

            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0)).isEqualTo("\"First Name\",\"Last Name\",Emails,Phones,Organisation,Title,City,"
                    + "Tags,Birthday,Circle,Cadence,\"How We Met\",Needs,Offers,\"Profile URL\",Notes,\"Known Since\","
                    + "\"Last Touch\",Archived");
            assertThat(csv).contains("Ann,Lee,ann@example.com,\"+33 6 12 34 56 78\",Acme,CTO,Lyon,\"friends; tech\","
                    + "--02-29,INNER,10,").contains("\"Quotes \"\"'; DROP TABLE contact; --")
                    .doesNotContain("Bob");
        }
    }

    @Test
    void icsExport_holdsThisWeeksPlanAndYearlyBirthdays() {
        try (Orbit orbit = TestOrbit.open(first)) {
            JsonBackupTest.fill(orbit);
            assertThat(export(orbit, ExportFormat.ICS_WEEK, ContactFilter.ALL)).doesNotContain("Reconnect with");
            orbit.planner().undo(orbit.planner().thisWeek().lines().get(0).entry().id());

            String ics = export(orbit, ExportFormat.ICS, ContactFilter.ALL);

            assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("PRODID:-//Orbit//Orbit//EN")
                    .contains("SUMMARY:Reconnect with Ann Lee").contains("DTSTART;VALUE=DATE:20261126")
                    .contains("SUMMARY:Bob Stone's birthday").contains("DTSTART;VALUE=DATE:19800401")
                    .contains("RRULE:FREQ=YEARLY").contains("UID:birthday-")
                    .doesNotContain("Cléo Ångström's birthday");
        }
    }

    @Test
    void exportTo_writesTheWholeFileUnderItsName() throws Exception {
        try (Orbit orbit = TestOrbit.open(first)) {
            JsonBackupTest.fill(orbit);
            Path target = files.resolve("out/contacts.vcf");

            orbit.exporter().exportTo(ExportFormat.VCARD, ContactFilter.ALL, target, Progress.NONE);

            assertThat(Files.readString(target)).isEqualTo(export(orbit, ExportFormat.VCARD, ContactFilter.ALL));
            try (var listing = Files.list(target.getParent())) {
                assertThat(listing).containsExactly(target);
            }
        }
    }
}
