package app.orbit.exchange;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Contact;
import app.orbit.testing.FreshOrbit;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of docs/decisions/0005-import-merge-rules.md, one by one. */
@FreshOrbit
class MergeRulesTest {

    private static final String HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";

    private Orbit orbit;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
    }

    private ImportPreview linkedIn(String rows) {
        return orbit.importer().preview(new SourceText("Connections.csv", HEADER + rows), ImportFormat.LINKEDIN,
                Progress.NONE);
    }

    private Contact stored(Contact.Builder b) {
        return orbit.contacts().create(b.build());
    }

    @Test
    void preview_sameEmailInAnotherCase_mergesIntoTheExistingContact() {
        Contact ann = stored(person("Ann", "Lee").email("Ann.Lee@Example.com"));

        ImportPreview p = linkedIn("Annie,Lee-Smith,https://linkedin.com/in/annlee,ann.lee@example.com,Acme,CTO,"
                + "12 Mar 2020\n");

        assertThat(p.newCount()).isZero();
        assertThat(p.merges()).singleElement().satisfies(m -> {
            assertThat(m.existing().id()).isEqualTo(ann.id());
            assertThat(m.merged().firstName()).isEqualTo("Ann");
            assertThat(m.merged().emails()).containsExactly("Ann.Lee@Example.com");
            assertThat(m.merged().organisation()).isEqualTo("Acme");
            assertThat(m.merged().knownSince()).isEqualTo(LocalDate.of(2020, 3, 12));
            assertThat(m.changedFields()).containsExactly("organisation", "title", "howWeMet", "profileUrl",
                    "knownSince");
        });
    }

    @Test
    void preview_sameLinkedInProfileWrittenDifferently_merges() {
        Contact bob = stored(person("Bob", "Stone").profileUrl("https://www.linkedin.com/in/bobstone/"));

        ImportPreview p = linkedIn("Robert,Stone,http://fr.linkedin.com/in/BobStone?trk=x,,Acme,,1 Jan 2021\n");

        assertThat(p.merges()).singleElement().satisfies(m -> assertThat(m.existing().id()).isEqualTo(bob.id()));
        assertThat(p.newCount()).isZero();
    }

    @Test
    void preview_sameNameAccentsAndCaseAside_mergesWhenNothingContradicts() {
        Contact cecile = stored(person("Cécile", "Dupont"));

        ImportPreview p = linkedIn("CECILE,dupont,,cecile@example.fr,,,\n");

        assertThat(p.merges()).singleElement().satisfies(m -> {
            assertThat(m.existing().id()).isEqualTo(cecile.id());
            assertThat(m.merged().emails()).containsExactly("cecile@example.fr");
        });
    }

    @Test
    void preview_sameNameButOtherEmail_isSomeoneElse() {
        stored(person("John", "Smith").email("john@one.example"));

        ImportPreview p = linkedIn("John,Smith,,john@two.example,,,\n");

        assertThat(p.newCount()).isEqualTo(1);
        assertThat(p.mergedCount()).isZero();
    }

    @Test
    void preview_sameNameButOtherProfile_isSomeoneElse() {
        stored(person("John", "Smith").profileUrl("https://linkedin.com/in/js1"));

        ImportPreview p = linkedIn("John,Smith,https://linkedin.com/in/js2,,,,\n");

        assertThat(p.newCount()).isEqualTo(1);
    }

    @Test
    void preview_nameSharedBySeveralContacts_isSkippedNotGuessed() {
        stored(person("Sam", "Taylor").organisation("A"));
        stored(person("Sam", "Taylor").organisation("B"));

        ImportPreview p = linkedIn("Sam,Taylor,,,,,\n");

        assertThat(p.newCount()).isZero();
        assertThat(p.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason().key()).isEqualTo("import.skip.ambiguous");
            assertThat(s.place().line()).isEqualTo(2);
        });
    }

    @Test
    void preview_emailBeatsName_whenTheyPointAtDifferentPeople() {
        stored(person("Ann", "Lee"));
        Contact other = stored(person("Ann", "Brown").email("ann@example.com"));

        ImportPreview p = linkedIn("Ann,Lee,,ann@example.com,Acme,,\n");

        assertThat(p.merges()).singleElement().satisfies(m -> assertThat(m.existing().id()).isEqualTo(other.id()));
    }

    @Test
    void apply_merge_keepsWhatOrbitHoldsAndFillsTheRest() {
        Contact ann = stored(person("Ann", "Lee").email("ann@example.com").organisation("Old Co").notes("Met in Lyon.")
                .birthday(new Birthday(MonthDay.of(5, 1), null)).tag("friends"));
        String vcard = "BEGIN:VCARD\nVERSION:3.0\nN:Lee;Ann;;;\nEMAIL:ann@example.com\nEMAIL:ann@work.example\n"
                + "ORG:New Co\nTITLE:CEO\nBDAY:1980-05-01\nCATEGORIES:Work\nNOTE:Loves jazz.\nEND:VCARD\n";

        orbit.importer().apply(orbit.importer().preview(new SourceText("a.vcf", vcard), null, Progress.NONE),
                Progress.NONE);

        Contact after = orbit.contacts().get(ann.id());
        assertThat(after.organisation()).isEqualTo("Old Co");
        assertThat(after.title()).isEqualTo("CEO");
        assertThat(after.emails()).containsExactly("ann@example.com", "ann@work.example");
        assertThat(after.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 5, 1)));
        assertThat(after.tags()).containsExactly("friends", "work");
        assertThat(after.notes()).isEqualTo("Met in Lyon.\n\nLoves jazz.");
        assertThat(after.knownSince()).isEqualTo(ann.knownSince());
        assertThat(orbit.contacts().count()).isEqualTo(1);
    }

    @Test
    void preview_samePersonTwiceInOneFile_isCombinedIntoOneNewContact() {
        ImportPreview p = linkedIn("Ann,Lee,https://linkedin.com/in/annlee,,Acme,,1 Jan 2020\n"
                + "Ann,Lee,https://www.linkedin.com/in/annlee/,ann@example.com,,CTO,1 Jan 2019\n");

        assertThat(p.newContacts()).singleElement().satisfies(c -> {
            assertThat(c.emails()).containsExactly("ann@example.com");
            assertThat(c.organisation()).isEqualTo("Acme");
            assertThat(c.title()).isEqualTo("CTO");
            assertThat(c.knownSince()).isEqualTo(LocalDate.of(2019, 1, 1));
        });
        assertThat(p.skipped()).singleElement().satisfies(s -> {
            assertThat(s.reason().key()).isEqualTo("import.skip.duplicate.line");
            assertThat(s.place().line()).isEqualTo(3);
        });
    }

    @Test
    void preview_nothingNew_isSkippedAsUnchanged() {
        stored(person("Ann", "Lee").email("ann@example.com").organisation("Acme"));

        ImportPreview p = linkedIn("Ann,Lee,,ann@example.com,Acme,,\n");

        assertThat(p.isEmpty()).isTrue();
        assertThat(p.skipped()).extracting(s -> s.reason().key()).containsExactly("import.skip.unchanged");
    }
}
