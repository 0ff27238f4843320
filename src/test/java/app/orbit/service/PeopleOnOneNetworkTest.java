package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Ask;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.WeekPlan;
import app.orbit.store.EachEngine;
import app.orbit.testing.TestOrbit;
import app.orbit.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several people on one network (decision 0016), on both engines: one Orbit whose person at the
 * computer changes name stands for two people taking turns on one database; on PostgreSQL, two
 * computers at once.
 */
class PeopleOnOneNetworkTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private static Contact due(Orbit orbit, String first) {
        return orbit.contacts().create(person(first, "X").circle(Circle.CLOSE).knownSince(TODAY.minusDays(100))
                .build());
    }

    private static Interaction call(Orbit orbit, Contact... who) {
        return orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL,
                java.util.Arrays.stream(who).map(Contact::id).toList(), "Call", "", null, null));
    }

    @EachEngine
    void log_namesWhoLoggedIt_andTheSystemUserUntilTheySay(Orbit orbit) {
        Contact lea = due(orbit, "Léa");

        Interaction first = call(orbit, lea);
        orbit.settings().setMe("  Ada  ");
        Interaction second = call(orbit, lea);

        assertThat(orbit.interactions().get(first.id()).loggedBy()).isEqualTo(System.getProperty("user.name"));
        assertThat(orbit.interactions().get(second.id()).loggedBy()).isEqualTo("Ada");
        assertThat(orbit.settings().me()).isEqualTo("Ada");
    }

    @EachEngine
    void details_sayWhoLoggedOnlyOnceSeveralPeopleLogged(Orbit orbit) {
        Contact lea = due(orbit, "Léa");
        orbit.settings().setMe("Ada");
        Interaction byAda = call(orbit, lea);

        ContactDetails alone = orbit.contacts().details(lea.id());
        orbit.settings().setMe("Bruno");
        Interaction byBruno = call(orbit, lea);
        ContactDetails together = orbit.contacts().details(lea.id());

        assertThat(alone.severalLoggers()).isFalse();
        assertThat(alone.loggedBy(alone.timeline().get(0))).isEmpty();
        assertThat(together.severalLoggers()).isTrue();
        assertThat(together.timeline()).extracting(together::loggedBy)
                .containsExactlyInAnyOrder(java.util.Optional.of("Ada"), java.util.Optional.of("Bruno"));
        assertThat(orbit.interactions().get(byAda.id()).loggedBy()).isEqualTo("Ada");
        assertThat(orbit.interactions().get(byBruno.id()).loggedBy()).isEqualTo("Bruno");
    }

    @EachEngine
    void edit_bySomeoneElse_keepsWhoLoggedIt(Orbit orbit) {
        Contact lea = due(orbit, "Léa");
        orbit.settings().setMe("Ada");
        Interaction logged = call(orbit, lea);
        orbit.settings().setMe("Bruno");

        Interaction edited = orbit.interactions().edit(new Interaction(logged.id(), logged.date(), logged.kind(),
                logged.participantIds(), "Long call", "", null, null, null, null));

        assertThat(edited.loggedBy()).isEqualTo("Ada");
        assertThat(orbit.interactions().get(logged.id()).loggedBy()).isEqualTo("Ada");
    }

    @EachEngine
    void ourPlan_isOnePlanForEveryone_namingWhoGeneratedIt(Orbit orbit) {
        due(orbit, "Léa");
        orbit.settings().setMe("Ada");
        WeekPlan adas = orbit.planner().thisWeek().plan();
        orbit.settings().setMe("Bruno");
        WeekPlan brunos = orbit.planner().thisWeek().plan();

        assertThat(brunos.id()).isEqualTo(adas.id());
        assertThat(brunos.ours()).isTrue();
        assertThat(brunos.generatedBy()).isEqualTo("Ada");
        assertThat(brunos.entries()).hasSize(1);
    }

    @EachEngine
    void myPlan_isOnePlanEachPerWeek_andATouchByAnyoneCompletesEveryOne(Orbit orbit) {
        Contact lea = due(orbit, "Léa");
        Contact marc = due(orbit, "Marc");
        orbit.settings().setPlanMode(Settings.PlanMode.MINE);
        orbit.settings().setMe("Ada");
        WeekPlan adas = orbit.planner().thisWeek().plan();
        orbit.settings().setMe("Bruno");
        WeekPlan brunos = orbit.planner().thisWeek().plan();

        call(orbit, lea);

        assertThat(brunos.id()).isNotEqualTo(adas.id());
        assertThat(adas.owner()).isEqualTo("Ada");
        assertThat(brunos.owner()).isEqualTo("Bruno");
        assertThat(brunos.generatedBy()).isEqualTo("Bruno");
        assertThat(brunos.entries()).extracting(e -> e.contactId()).containsExactlyInAnyOrder(lea.id(), marc.id());
        WeekPlan brunosNow = orbit.planner().thisWeek().plan();
        orbit.settings().setMe("Ada");
        WeekPlan adasNow = orbit.planner().thisWeek().plan();
        assertThat(adasNow.id()).isEqualTo(adas.id());
        for (WeekPlan p : List.of(adasNow, brunosNow)) {
            assertThat(p.entryFor(lea.id()).orElseThrow().status()).isEqualTo(PlanStatus.DONE);
            assertThat(p.entryFor(marc.id()).orElseThrow().status()).isEqualTo(PlanStatus.OPEN);
        }
    }

    @EachEngine
    void asks_arePersonal_anotherPersonsAskIsNotFound(Orbit orbit) {
        orbit.settings().setMe("Ada");
        Ask adas = orbit.asks().create(Ask.draft("a CTO", "fintech", "payments", "ten years of SEPA",
                HelpWanted.INTRODUCTION));
        orbit.settings().setMe("Bruno");
        Ask brunos = orbit.asks().create(Ask.draft("a designer", "health", "", "", HelpWanted.ADVICE));

        assertThat(orbit.asks().list(true)).extracting(Ask::id).containsExactly(brunos.id());
        assertThat(brunos.owner()).isEqualTo("Bruno");
        assertThatThrownBy(() -> orbit.asks().get(adas.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> orbit.asks().delete(adas.id())).isInstanceOf(NotFoundException.class);
        orbit.settings().setMe("Ada");
        assertThat(orbit.asks().list(true)).extracting(Ask::id).containsExactly(adas.id());
    }

    @EachEngine
    void calendars_arePersonal(Orbit orbit) throws Exception {
        Path ics = Files.createTempFile("orbit-people", ".ics");
        try {
            Files.writeString(ics, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
            orbit.settings().setMe("Ada");
            long adas = orbit.calendar().add(ics.toString(), "ada@example.org").id();
            orbit.settings().setMe("Bruno");

            assertThat(orbit.calendar().sources()).isEmpty();
            assertThatThrownBy(() -> orbit.calendar().remove(adas)).isInstanceOf(app.orbit.domain.OrbitException.class);
            orbit.settings().setMe("Ada");
            assertThat(orbit.calendar().sources()).extracting(s -> s.id()).containsExactly(adas);
        } finally {
            Files.deleteIfExists(ics);
        }
    }

    @EachEngine
    void personalSettings_stayOnThisComputer_networkSettingsInTheDatabase(Orbit orbit) throws Exception {
        orbit.settings().save(orbit.settings().current().withLanguage(Settings.Language.FR).withPlanSize(3));
        orbit.settings().setMe("Ada");
        orbit.settings().setPlanMode(Settings.PlanMode.MINE);

        String file = Files.readString(orbit.dataDirectory().resolve("personal.properties"));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        orbit.exporter().export(app.orbit.exchange.ExportFormat.JSON, app.orbit.exchange.ContactFilter.ALL, out,
                app.orbit.exchange.Progress.NONE);
        String backup = out.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(file).contains("ui.language=FR").contains("me.name=Ada").doesNotContain("plan.");
        assertThat(backup).contains("\"plan.size\" : \"3\"").contains("\"plan.mode\" : \"MINE\"")
                .doesNotContain("ui.language").doesNotContain("me.name");
        assertThat(orbit.settings().load().language()).isEqualTo(Settings.Language.FR);
    }

    @Test
    void twoComputersOnOneServer_eachKeepsItsNameAndLanguage_andTheyShareThePlanSize(@TempDir Path first,
            @TempDir Path second) throws Exception {
        String database = TestPostgres.newDatabase();
        java.time.Clock clock = TestOrbit.clockAt(TODAY);
        try (Orbit ada = Orbit.openShared(TestPostgres.address(database), first, clock);
             Orbit bruno = Orbit.openShared(TestPostgres.address(database), second, clock)) {
            ada.settings().setMe("Ada");
            bruno.settings().setMe("Bruno");
            ada.settings().save(ada.settings().current().withLanguage(Settings.Language.FR).withPlanSize(3));
            Contact lea = due(ada, "Léa");

            Interaction byBruno = call(bruno, lea);
            boolean severalAfterBruno = ada.contacts().details(lea.id()).severalLoggers();
            call(ada, lea);

            assertThat(bruno.settings().load().language()).isEqualTo(Settings.Language.SYSTEM);
            assertThat(bruno.settings().load().planSize()).isEqualTo(3);
            assertThat(bruno.settings().me()).isEqualTo("Bruno");
            assertThat(ada.interactions().get(byBruno.id()).loggedBy()).isEqualTo("Bruno");
            assertThat(severalAfterBruno).isFalse();
            assertThat(bruno.contacts().details(lea.id()).severalLoggers()).isTrue();
        } finally {
            TestPostgres.drop(database);
        }
    }
}
