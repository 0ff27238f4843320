package app.orbit.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.service.Messages;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanOnDay;
import app.orbit.service.PlanWording;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@FreshOrbit
class ImportServiceTest {

    private static final Messages EN = new Messages(Locale.ENGLISH);

    @TempDir
    Path files;
    private Orbit orbit;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
    }

    private ImportPreview preview(String fixture) {
        return orbit.importer().preview(Fixtures.copy(fixture, files), null, Progress.NONE);
    }

    private Contact only(String query) {
        List<ContactSummary> found = orbit.contacts().search(query, true, 10);
        assertThat(found).as(query).hasSize(1);
        return orbit.contacts().get(found.get(0).id());
    }

    @Test
    void preview_linkedInExport_writesNothingAndCountsNewAndSkipped() {
        ImportPreview p = preview("Connections.csv");

        assertThat(p.format()).isEqualTo(ImportFormat.LINKEDIN);
        assertThat(p.newCount()).isEqualTo(4);
        assertThat(p.skipped()).singleElement().satisfies(s -> assertThat(EN.describe(s.message()))
                .isEqualTo("Connections.csv, line 7: no name."));
        assertThat(orbit.contacts().count()).isZero();
    }

    @Test
    void apply_linkedInExport_keepsQuotedCommasAndConnectedOnAsKnownSince() {
        ImportResult r = orbit.importer().apply(preview("Connections.csv"), Progress.NONE);

        assertThat(r.created()).isEqualTo(4);
        Contact jack = only("robinson");
        assertThat(jack.organisation()).isEqualTo("Google, Inc.");
        assertThat(jack.title()).isEqualTo("Developer advocate, \"DevRel\"");
        assertThat(jack.emails()).containsExactly("jack.robinson@example.com");
        assertThat(jack.knownSince()).isEqualTo(LocalDate.of(2023, 1, 3));
        assertThat(jack.lastTouch()).isEqualTo(LocalDate.of(2023, 1, 3));
        assertThat(jack.howWeMet()).isEqualTo("Connected on LinkedIn on 2023-01-03");
        assertThat(jack.profileUrl()).isEqualTo("https://www.linkedin.com/in/jackrobinson");
        Contact camille = only("camille");
        assertThat(camille.firstName()).isEqualTo("Camille");
        Contact zoe = only("zoe");
        assertThat(zoe.lastName()).isEqualTo("André");
        Contact raphael = only("raphael");
        assertThat(raphael.title()).isEqualTo("Security engineer\nParis office");
        assertThat(raphael.knownSince()).isEqualTo(LocalDate.of(2019, 9, 7));
    }

    @Test
    void apply_sameFileTwice_addsNobodyTheSecondTime() {
        orbit.importer().apply(preview("Connections.csv"), Progress.NONE);

        ImportPreview again = preview("Connections.csv");

        assertThat(again.newCount()).isZero();
        assertThat(again.mergedCount()).isZero();
        assertThat(again.skipped()).extracting(s -> s.reason().key())
                .containsOnly("import.skip.noName", "import.skip.unchanged").hasSize(5);
        assertThat(orbit.importer().apply(again, Progress.NONE).created()).isZero();
        assertThat(orbit.contacts().count()).isEqualTo(4);
    }

    @Test
    void apply_googleExport_readsNamesLabelsBirthdaysAndSeveralValues() {
        ImportPreview p = preview("google-contacts.csv");
        assertThat(p.format()).isEqualTo(ImportFormat.GOOGLE);
        assertThat(p.skipped()).isEmpty();
        assertThat(p.warnings()).extracting(EN::describe)
                .containsExactly("google-contacts.csv, line 6: no name: imported under the organisation Acme Corp.");

        orbit.importer().apply(p, Progress.NONE);
        assertThat(only("acme").emails()).containsExactly("info@acme.example");

        Contact ines = only("chevalier");
        assertThat(ines.firstName()).isEqualTo("Inès");
        assertThat(ines.emails()).containsExactly("ines.chevalier@example.fr", "ines@example.org",
                "ines.chevalier@necker.example");
        assertThat(ines.phones()).containsExactly("+33 6 12 34 56 78");
        assertThat(ines.organisation()).isEqualTo("Hôpital Necker");
        assertThat(ines.title()).isEqualTo("Paediatrician");
        assertThat(ines.birthday()).isEqualTo(Birthday.of(LocalDate.of(1984, 5, 17)));
        assertThat(ines.tags()).containsExactly("friends", "health");
        assertThat(ines.city()).isEqualTo("Paris");
        assertThat(ines.notes()).isEqualTo("Met at the health-tech meetup.\nInterested in apps for children.");
        assertThat(ines.profileUrl()).isEqualTo("https://www.linkedin.com/in/ines-chevalier");
        Contact george = only("mitchell");
        assertThat(george.birthday()).isEqualTo(new Birthday(MonthDay.of(3, 14), null));
        assertThat(george.organisation()).isEqualTo("Rolls-Royce, Aerospace");
        assertThat(george.phones()).hasSize(2);
        assertThat(george.knownSince()).isEqualTo(TestOrbit.TODAY);
    }

    @Test
    void apply_android21_decodesQuotedPrintableAndKeepsPhotos() {
        ImportPreview p = preview("android-2.1.vcf");
        assertThat(p.format()).isEqualTo(ImportFormat.VCARD);
        assertThat(p.newCount()).isEqualTo(3);
        assertThat(p.skipped()).isEmpty();
        assertThat(p.warnings()).extracting(EN::describe).containsExactly(
                "android-2.1.vcf, card 2 (line 17): no name: imported under the email no.name@example.com.",
                "android-2.1.vcf, card 3 (line 27): \u201c\u00d1\u00d1\u00d1\u201d is not an email address; left out.");

        orbit.importer().apply(p, Progress.NONE);

        Contact amelie = only("amelie");
        assertThat(amelie.firstName()).isEqualTo("Amélie");
        assertThat(amelie.lastName()).isEqualTo("Lefèvre");
        assertThat(amelie.organisation()).isEqualTo("Société Générale");
        assertThat(amelie.notes()).isEqualTo("Rencontrée au salon VivaTech, très intéressée par la fintech.");
        assertThat(amelie.phones()).containsExactly("+33612345678", "01 23 45 67 89");
        assertThat(amelie.tags()).containsExactly("my contacts");
        assertThat(amelie.photo().mediaType()).isEqualTo("image/jpeg");
        assertThat(only("no.name").displayName()).isEqualTo("no.name@example.com");
        Contact paul = only("paul martin");
        assertThat(paul.birthday()).isEqualTo(Birthday.of(LocalDate.of(1980, 2, 29)));
        assertThat(paul.emails()).isEmpty();
    }

    @Test
    void apply_iPhone30_readsGroupsCategoriesProfileAndYearlessBirthday() {
        orbit.importer().apply(preview("iphone-3.0.vcf"), Progress.NONE);

        Contact john = only("john doe");
        assertThat(john.firstName()).isEqualTo("John");
        assertThat(john.organisation()).isEqualTo("IBM, Accounting");
        assertThat(john.title()).isEqualTo("Money Counter");
        assertThat(john.emails()).containsExactly("john.doe@ibm.com");
        assertThat(john.phones()).containsExactly("905-555-1234", "905-666-1234", "905-222-1234");
        assertThat(john.city()).isEqualTo("New York");
        assertThat(john.birthday()).isEqualTo(Birthday.of(LocalDate.of(1975, 6, 6)));
        assertThat(john.notes()).isEqualTo("Likes chess, and long\nwalks.\n\nNickname: Johny\nWebsite: http://www.ibm.com");
        assertThat(john.displayName()).isEqualTo("Mr. John Richter James Doe Sr.");
        assertThat(List.of(john.namePrefix(), john.middleName(), john.nameSuffix()))
                .containsExactly("Mr.", "Richter James", "Sr.");
        assertThat(john.addresses()).containsExactly(new app.orbit.domain.PostalAddress("home", "Silicon Alley 5",
                "12345", "New York", "New York", "United States of America"));
        assertThat(john.photo()).as("the picture").isNotNull();
        assertThat(john.tags()).containsExactly("finance", "work");
        assertThat(john.profileUrl()).isEqualTo("https://www.linkedin.com/in/johndoe");
        assertThat(only("arnold").birthday()).isEqualTo(new Birthday(MonthDay.of(4, 15), null));
    }

    @Test
    void apply_vcard40_readsTelUrisAndPartialBirthday() {
        orbit.importer().apply(preview("rfc6350-4.0.vcf"), Progress.NONE);

        Contact simon = only("perreault");
        assertThat(simon.phones()).containsExactly("+1-418-656-9254 x102", "+1-418-262-6501");
        assertThat(simon.birthday()).isEqualTo(new Birthday(MonthDay.of(2, 3), null));
        assertThat(simon.organisation()).isEqualTo("Viagenie");
        assertThat(simon.city()).isEqualTo("Quebec");
        assertThat(simon.profileUrl()).isEqualTo("http://nomis80.org");
    }

    @Test
    void preview_namedFormatThatDoesNotFit_saysSoAndNamesTheFile() {
        Path vcf = Fixtures.copy("iphone-3.0.vcf", files);

        assertThatThrownBy(() -> orbit.importer().preview(vcf, ImportFormat.LINKEDIN, Progress.NONE))
                .isInstanceOfSatisfying(OrbitException.class, e -> assertThat(EN.describe(e))
                        .startsWith("iphone-3.0.vcf: this is not a LinkedIn export"));
    }

    @Test
    void apply_cancelledMidway_writesNothing() {
        ImportPreview p = preview("Connections.csv");
        int[] updates = {0};
        Progress cancelAfterTwo = new Progress() {
            @Override
            public void update(long done, long total) {
                updates[0]++;
            }

            @Override
            public boolean isCancelled() {
                return updates[0] >= 2;
            }
        };

        assertThatThrownBy(() -> orbit.importer().apply(p, cancelAfterTwo))
                .isInstanceOf(ImportCancelledException.class);
        assertThat(updates[0]).isEqualTo(2);
        assertThat(orbit.contacts().count()).isZero();
    }

    @Test
    void apply_failureMidway_rollsBackEveryWrite() {
        Contact existing = orbit.contacts().create(Contact.builder().firstName("Jack").lastName("Robinson")
                .email("jack.robinson@example.com").knownSince(LocalDate.of(2025, 1, 1)).build());
        ImportPreview p = preview("Connections.csv");
        assertThat(p.mergedCount()).isEqualTo(1);
        Progress failOnThird = (done, total) -> {
            if (done == 3) {
                throw new IllegalStateException("disk full");
            }
        };

        assertThatThrownBy(() -> orbit.importer().apply(p, failOnThird)).hasMessage("disk full");

        assertThat(orbit.contacts().count()).isEqualTo(1);
        assertThat(orbit.contacts().get(existing.id())).isEqualTo(existing);
    }

    /** Someone of the user's own, in Close, untouched for 200 days: lost, and due this week. */
    private Contact lostCloseFriend() {
        return orbit.contacts().create(Contact.builder().firstName("Lost").lastName("Friend").circle(Circle.CLOSE)
                .knownSince(TestOrbit.TODAY.minusDays(200)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Connections.csv", "google-contacts.csv", "android-2.1.vcf", "iphone-3.0.vcf",
        "rfc6350-4.0.vcf"})
    void apply_linkedInGoogleOrVcard_peopleArriveNotSorted_andTheWeekHoldsOnlyTheUsersOwn(String fixture) {
        Contact lost = lostCloseFriend();

        ImportResult r = orbit.importer().apply(preview(fixture), Progress.NONE);

        assertThat(r.created()).isPositive();
        assertThat(r.unsorted()).isEqualTo(r.created());
        assertThat(orbit.contacts().unsorted()).hasSize(r.created());
        assertThat(orbit.contacts().search("", true, 1000)).filteredOn(c -> c.id() != lost.id())
                .hasSize(r.created()).extracting(ContactSummary::circle).containsOnly(Circle.UNSORTED);
        assertThat(orbit.dueList().dueThisWeek()).extracting(e -> e.contact().id()).containsExactly(lost.id());
        assertThat(orbit.planner().thisWeek().lines()).extracting(l -> l.contact().id()).containsExactly(lost.id());
    }

    /** A backup: Ann (ann@example.com), Bea (INNER); a meeting of both, a later call with Ann, a letter to Bea. */
    private static final String MET_EARLIER = "{\"formatVersion\":2,\"application\":\"Orbit\",\"contacts\":["
            + "{\"id\":1,\"firstName\":\"Ann\",\"lastName\":\"Lee\",\"emails\":[\"ann@example.com\"],"
            + "\"circle\":\"NETWORK\",\"knownSince\":\"2025-06-01\"},"
            + "{\"id\":2,\"firstName\":\"Bea\",\"lastName\":\"Roy\",\"circle\":\"INNER\",\"knownSince\":\"2024-01-01\"}],"
            + "\"interactions\":["
            + "{\"id\":1,\"date\":\"2019-05-05\",\"kind\":\"MEETING\",\"participants\":[1,2],\"summary\":\"Lunch\",\"exchange\":\"NONE\"},"
            + "{\"id\":2,\"date\":\"2024-03-03\",\"kind\":\"CALL\",\"participants\":[1],\"summary\":\"Call\",\"exchange\":\"NONE\"},"
            + "{\"id\":3,\"date\":\"2026-11-01\",\"kind\":\"NEWSLETTER\",\"participants\":[2],"
            + "\"audience\":{\"kind\":\"SELECTION\",\"size\":1},\"summary\":\"Letter\"}],\"settings\":{}}";

    private Contact named(String name) {
        return orbit.contacts().get(orbit.contacts().search(name, true, 1).get(0).id());
    }

    @Test
    void apply_intoAnEmptyOrbit_knownSinceIsTheFirstMeetingAndLastTouchTheLatestThatCounts() {
        orbit.importer().apply(orbit.importer().preview(new SourceText("met.json", MET_EARLIER), null, Progress.NONE),
                Progress.NONE);

        Contact ann = named("ann");
        assertThat(ann.knownSince()).isEqualTo(LocalDate.of(2019, 5, 5));
        assertThat(ann.lastTouch()).isEqualTo(LocalDate.of(2024, 3, 3));
        Contact bea = named("bea");
        assertThat(bea.knownSince()).isEqualTo(LocalDate.of(2019, 5, 5));
        // A letter to many does not count for an INNER friend (decision 0010).
        assertThat(bea.lastTouch()).isEqualTo(LocalDate.of(2019, 5, 5));
    }

    @Test
    void apply_interactionsOfSomeoneAlreadyInOrbit_movesTheirKnownSinceBackAndSetsTheirLastTouch() {
        Contact ann = orbit.contacts().create(Contact.builder().firstName("Ann").lastName("Lee")
                .email("ann@example.com").knownSince(LocalDate.of(2025, 1, 1)).build());

        ImportResult r = orbit.importer().apply(orbit.importer().preview(new SourceText("met.json", MET_EARLIER),
                null, Progress.NONE), Progress.NONE);

        assertThat(r.created()).as("Ann is matched, not added again").isEqualTo(1);
        Contact after = orbit.contacts().get(ann.id());
        assertThat(after.knownSince()).isEqualTo(LocalDate.of(2019, 5, 5));
        assertThat(after.lastTouch()).isEqualTo(LocalDate.of(2024, 3, 3));
        assertThat(named("bea").lastTouch()).isEqualTo(LocalDate.of(2019, 5, 5));
    }

    @Test
    void apply_intoAnExistingContact_neverChangesItsCircle() {
        Contact jack = orbit.contacts().create(Contact.builder().firstName("Jack").lastName("Robinson")
                .email("jack.robinson@example.com").circle(Circle.INNER).knownSince(LocalDate.of(2025, 1, 1)).build());

        ImportResult r = orbit.importer().apply(preview("Connections.csv"), Progress.NONE);

        assertThat(r.merged()).isEqualTo(1);
        assertThat(r.unsorted()).isEqualTo(3);
        Contact merged = orbit.contacts().get(jack.id());
        assertThat(merged.circle()).isEqualTo(Circle.INNER);
        // Connected On is earlier than the day he was added: it becomes when Orbit has known him since.
        assertThat(merged.knownSince()).isEqualTo(LocalDate.of(2023, 1, 3));
    }

    @Test
    void apply_previewedIntoAnEmptyOrbit_someoneAddedBeforeApplying_isCompletedNotAddedTwice() {
        ImportPreview p = preview("Connections.csv");
        Contact jack = orbit.contacts().create(Contact.builder().firstName("Jack").lastName("Robinson")
                .email("jack.robinson@example.com").circle(Circle.INNER).knownSince(LocalDate.of(2025, 1, 1)).build());

        ImportResult r = orbit.importer().apply(p, Progress.NONE);

        assertThat(r.created()).isEqualTo(3);
        assertThat(r.merged()).isEqualTo(1);
        assertThat(orbit.contacts().count()).isEqualTo(4);
        assertThat(orbit.contacts().get(jack.id()).organisation()).isEqualTo("Google, Inc.");
    }

    @Test
    void apply_samePreviewTwice_theSecondAddsNobody() {
        ImportPreview p = preview("Connections.csv");

        assertThat(orbit.importer().apply(p, Progress.NONE).created()).isEqualTo(4);
        assertThat(orbit.importer().apply(p, Progress.NONE).created()).isZero();
        assertThat(orbit.contacts().count()).isEqualTo(4);
    }

    @Test
    void apply_vcardWithABirthdayAndAPromiseThisWeek_staysOutOfThePlanUntilSorted() {
        Contact lost = lostCloseFriend();
        String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nina Hart\r\nN:Hart;Nina;;;\r\nBDAY:1990-11-28\r\n"
                + "END:VCARD\r\n";
        orbit.importer().apply(orbit.importer().preview(new SourceText("nina.vcf", card), null, Progress.NONE),
                Progress.NONE);
        Contact nina = only("nina");
        orbit.interactions().log(Interaction.of(TestOrbit.TODAY.minusDays(10), InteractionKind.CALL,
                List.of(nina.id()), "Call", "", Exchange.NONE,
                new FollowUp(TestOrbit.TODAY.plusDays(1), "Send the deck", false)));

        assertThat(nina.circle()).isEqualTo(Circle.UNSORTED);
        assertThat(orbit.planner().thisWeek().lines()).extracting(l -> l.contact().id()).containsExactly(lost.id());

        orbit.contacts().sort(List.of(nina.id()), Circle.CLOSE);

        PlanOnDay after = orbit.planner().refresh();
        assertThat(after.lines()).extracting(l -> l.contact().id()).containsExactlyInAnyOrder(lost.id(), nina.id());
        assertThat(after.lineFor(nina.id()).orElseThrow().entry().timeBound()).isTrue();
    }

    @Test
    void apply_linkedIn_connectedOnIsKnownSince_andOnceSortedThePlanSaysNoTouchIsLogged() {
        orbit.importer().apply(preview("Connections.csv"), Progress.NONE);
        Contact jack = only("robinson");
        assertThat(jack.circle()).isEqualTo(Circle.UNSORTED);
        assertThat(orbit.contacts().touched(List.of(jack.id()))).isEmpty();

        orbit.contacts().sort(List.of(jack.id()), Circle.CLOSE);

        PlanLine line = orbit.planner().thisWeek().lineFor(jack.id()).orElseThrow();
        assertThat(line.entry().reason().key()).isEqualTo("plan.reason.neverTouched");
        assertThat(new PlanWording(EN).reason(line)).isEqualTo(
                "No touch logged yet; you have known them since January 3, 2023; you aim for every 30 days.");
        assertThat(new PlanWording(new Messages(Locale.FRENCH)).reason(line)).isEqualTo(
                "Aucun échange noté pour l’instant ; vous vous connaissez depuis le 3 janvier 2023 ; "
                        + "vous visez tous les 30 jours.");
    }
}
