package app.orbit.exchange;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Ask;
import app.orbit.domain.Birthday;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.service.Settings;
import app.orbit.testing.TestOrbit;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonBackupTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    @TempDir
    Path first;
    @TempDir
    Path second;
    @TempDir
    Path files;

    /** A small network with everything a backup must carry: odd text, introducers, group touches, settings. */
    static void fill(Orbit orbit) {
        Contact ann = orbit.contacts().create(person("Ann", "Lee").email("ann@example.com").phone("+33 6 12 34 56 78")
                .organisation("Acme").title("CTO").city("Lyon").tag("friends").tag("tech")
                .birthday(new Birthday(MonthDay.of(2, 29), null)).needs("a designer").offers("Kotlin")
                .notes("Quotes \"'; DROP TABLE contact; --\nRTL: \u05e9\u05dc\u05d5\u05dd \ud83d\ude00")
                .profileUrl("https://www.linkedin.com/in/annlee").circle(Circle.INNER).cadenceOverride(10)
                .knownSince(TODAY.minusYears(3)).build());
        Contact bob = orbit.contacts().create(person("Bob", "Stone").introducedById(ann.id())
                .birthday(Birthday.of(LocalDate.of(1980, 4, 1))).howWeMet("Met at a party").knownSince(TODAY.minusYears(1))
                .build());
        Contact cleo = orbit.contacts().create(person("Cléo", "Ångström").archived(true).circle(Circle.DORMANT).build());
        orbit.interactions().log(Interaction.of(TODAY.minusDays(40), InteractionKind.MEETING,
                List.of(ann.id(), bob.id()), "Lunch", "Talked about the move", Exchange.GAVE,
                new FollowUp(TODAY.minusDays(30), "Send the article", false, List.of(bob.id()))));
        orbit.interactions().log(Interaction.of(TODAY.minusDays(5), InteractionKind.CALL, List.of(cleo.id()),
                "Catch-up", "", Exchange.NONE, null));
        orbit.asks().create(Ask.draft("a first client", "fintech", "SMB accounting", "ten years at a bank",
                HelpWanted.INTRODUCTION));
        orbit.asks().setActive(orbit.asks().create(Ask.draft("a mentor", "product", "", "", HelpWanted.ADVICE)).id(),
                false);
        orbit.introductions().introduce(ann.id(), bob.id(), TODAY.minusDays(20), "Introduced over email");
        orbit.settings().save(orbit.settings().current().withPlanSize(9).withTheme(Settings.Theme.DARK));
        var week = orbit.planner().thisWeek();
        assertThat(week.lines()).isNotEmpty();
        orbit.planner().snooze(week.lines().get(0).entry().id(), app.orbit.service.SnoozeLength.values()[0]);
    }

    static String export(Orbit orbit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        orbit.exporter().export(ExportFormat.JSON, ContactFilter.ALL, out, Progress.NONE);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportRestoreExport_intoAnEmptyOrbit_givesIdenticalJson() {
        String exported;
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            exported = export(orbit);
        }
        Path file = Fixtures.write(files, "orbit.json", exported);

        try (Orbit restored = TestOrbit.open(second, TODAY.plusDays(3))) {
            ImportPreview p = restored.importer().preview(file, null, Progress.NONE);
            assertThat(p.isRestore()).isTrue();
            assertThat(p.newCount()).isEqualTo(3);
            assertThat(p.interactionCount()).isEqualTo(3);
            assertThat(p.askCount()).isEqualTo(2);
            restored.importer().apply(p, Progress.NONE);

            assertThat(export(restored)).isEqualTo(exported);
            assertThat(restored.settings().current().planSize()).isEqualTo(9);
            assertThat(restored.asks().list(true)).extracting(Ask::lookingFor, Ask::active)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("a first client", true),
                            org.assertj.core.groups.Tuple.tuple("a mentor", false));
            Contact bob = restored.contacts().get(restored.contacts().search("bob", true, 1).get(0).id());
            assertThat(restored.contacts().get(bob.introducedById()).firstName()).isEqualTo("Ann");
            assertThat(bob.lastTouch()).isEqualTo(TODAY.minusDays(20));
        }
        assertThat(exported).contains("\"formatVersion\" : " + JsonBackup.FORMAT_VERSION).contains("DROP TABLE").contains("\ud83d\ude00")
                .contains("\"week\" : \"2026-W48\"").contains("\"status\" : \"SNOOZED\"")
                .contains("\"introductions\" : [ {").contains("\"to\" : [ 2 ]");
    }

    @Test
    void import_backupIntoANonEmptyOrbit_mergesPeopleAndSkipsKnownInteractions() {
        String exported;
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            exported = export(orbit);
            ImportPreview again = orbit.importer().preview(new SourceText("orbit.json", exported), null,
                    Progress.NONE);

            assertThat(again.isRestore()).isFalse();
            assertThat(again.newCount()).isZero();
            assertThat(again.interactionCount()).isZero();
            assertThat(again.askCount()).isZero();
            assertThat(again.skipped()).extracting(s -> s.reason().key()).containsOnly("import.skip.unchanged",
                    "import.skip.interaction.known");
        }
    }

    @Test
    void restore_keepsEveryCircleAsStored_sortedOrNot() {
        String exported;
        try (Orbit orbit = TestOrbit.open(first)) {
            orbit.contacts().create(person("Ann", "Lee").circle(Circle.CLOSE).build());
            String csv = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                    + "Ben,Carter,https://www.linkedin.com/in/ben,,Acme,CTO,02 Feb 2015\n";
            orbit.importer().apply(orbit.importer().preview(new SourceText("Connections.csv", csv), null,
                    Progress.NONE), Progress.NONE);
            exported = export(orbit);
        }

        try (Orbit restored = TestOrbit.open(second)) {
            ImportResult r = restored.importer().apply(restored.importer().preview(
                    new SourceText("orbit.json", exported), null, Progress.NONE), Progress.NONE);

            assertThat(r.created()).isEqualTo(2);
            assertThat(r.unsorted()).isEqualTo(1);
            assertThat(restored.contacts().search("", true, 10)).extracting(c -> c.displayName() + " " + c.circle())
                    .containsExactly("Ann Lee CLOSE", "Ben Carter UNSORTED");
        }
    }

    @Test
    void import_backupWithAnInvalidEmail_namesTheContactAndWritesNothing() {
        String bad = "{\"formatVersion\":1,\"application\":\"Orbit\",\"contacts\":[{\"id\":1,\"firstName\":\"A\","
                + "\"circle\":\"NETWORK\",\"knownSince\":\"2020-01-01\"},{\"id\":2,\"firstName\":\"B\","
                + "\"emails\":[\"not an email\"],\"circle\":\"NETWORK\",\"knownSince\":\"2020-01-01\"}],"
                + "\"interactions\":[],\"settings\":{}}";
        try (Orbit orbit = TestOrbit.open(first)) {
            assertThatThrownBy(() -> orbit.importer().preview(new SourceText("orbit.json", bad), null, Progress.NONE))
                    .isInstanceOfSatisfying(OrbitException.class, e -> {
                        assertThat(e.key()).isEqualTo("import.at.contact");
                        assertThat(e.args()[1]).isEqualTo(2);
                    });
            assertThat(orbit.contacts().count()).isZero();
        }
    }

    /** A backup of two people and a lunch with both, with a promise; {@code to} is the JSON of its recipients. */
    private static String lunchBackup(String to) {
        return "{\"formatVersion\":1,\"application\":\"Orbit\",\"contacts\":[{\"id\":1,\"firstName\":\"Ann\","
                + "\"circle\":\"NETWORK\",\"knownSince\":\"2020-01-01\"},{\"id\":2,\"firstName\":\"Bob\","
                + "\"circle\":\"NETWORK\",\"knownSince\":\"2020-01-01\"}],\"interactions\":[{\"id\":1,"
                + "\"date\":\"2026-11-20\",\"kind\":\"MEETING\",\"participants\":[1,2],\"summary\":\"Lunch\","
                + "\"followUp\":{\"due\":\"2026-11-30\",\"promise\":\"Send the list\",\"done\":false" + to + "}}],"
                + "\"settings\":{}}";
    }

    @Test
    void import_backupFromBeforePromiseRecipients_promisesToEveryParticipantAsBefore() {
        try (Orbit orbit = TestOrbit.open(first)) {
            ImportPreview p = orbit.importer().preview(new SourceText("old.json", lunchBackup("")), null,
                    Progress.NONE);
            orbit.importer().apply(p, Progress.NONE);

            long ann = orbit.contacts().search("ann", true, 1).get(0).id();
            long bob = orbit.contacts().search("bob", true, 1).get(0).id();
            Interaction lunch = orbit.interactions().timeline(ann).get(0);
            assertThat(lunch.followUp().to()).containsExactlyInAnyOrder(ann, bob);
            assertThat(export(orbit)).contains("\"to\" : [ 1, 2 ]");
        }
    }

    @Test
    void import_backupWithAPromiseToOne_keepsItToThatOne() {
        try (Orbit orbit = TestOrbit.open(first)) {
            ImportPreview p = orbit.importer().preview(new SourceText("new.json", lunchBackup(",\"to\":[2]")), null,
                    Progress.NONE);
            orbit.importer().apply(p, Progress.NONE);

            long bob = orbit.contacts().search("bob", true, 1).get(0).id();
            assertThat(orbit.interactions().timeline(bob).get(0).followUp().to()).containsExactly(bob);
        }
    }

    @Test
    void import_backupWithAPromiseToSomeoneNotThere_namesTheInteractionAndWritesNothing() {
        try (Orbit orbit = TestOrbit.open(first)) {
            assertThatThrownBy(() -> orbit.importer().preview(new SourceText("bad.json", lunchBackup(",\"to\":[3]")),
                    null, Progress.NONE)).isInstanceOfSatisfying(OrbitException.class, e -> {
                        assertThat(e.key()).isEqualTo("import.at.interaction");
                        assertThat(orbit.messages().describe(e)).contains("id 3")
                                .contains("not one of its participants");
                    });
            assertThat(orbit.contacts().count()).isZero();
        }
    }

    @Test
    void exportContact_holdsTheirDataAndNotTheOthers() {
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            long bob = orbit.contacts().search("bob", true, 1).get(0).id();
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            orbit.personalData().exportContact(bob, out);

            String json = out.toString(StandardCharsets.UTF_8);
            assertThat(json).contains("\"firstName\" : \"Bob\"").contains("\"introducedBy\" : \"Ann Lee\"")
                    .contains("Lunch").doesNotContain("ann@example.com").doesNotContain("Catch-up");
        }
    }

    @Test
    void erase_removesThePersonAndTheirSoloInteractionsButKeepsSharedOnes() {
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            long ann = orbit.contacts().search("ann", true, 1).get(0).id();
            long bob = orbit.contacts().search("bob", true, 1).get(0).id();
            long cleo = orbit.contacts().search("cleo", true, 1).get(0).id();

            orbit.personalData().erase(cleo);
            orbit.personalData().erase(ann);

            assertThat(orbit.contacts().find(ann)).isEmpty();
            assertThat(orbit.contacts().find(cleo)).isEmpty();
            assertThat(orbit.interactions().timeline(bob)).hasSize(2)
                    .allSatisfy(i -> assertThat(i.participantIds()).containsExactly(bob));
            assertThat(orbit.contacts().get(bob).introducedById()).isNull();
            assertThat(export(orbit)).doesNotContain("Ann").doesNotContain("Catch-up");
        }
    }
}
