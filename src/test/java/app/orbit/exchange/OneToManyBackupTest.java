package app.orbit.exchange;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.service.Recipients;
import app.orbit.testing.TestOrbit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-to-many touches (decision 0010) through the JSON backup and one person's export. */
class OneToManyBackupTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate KNOWN = TODAY.minusYears(1);

    @TempDir
    Path first;
    @TempDir
    Path second;

    /** Ann (INNER), Bob (NETWORK), Cid (OUTER); a newsletter to #clients, which reached Dan, since erased. */
    private static void fill(Orbit orbit) {
        Contact ann = orbit.contacts().create(person("Ann", "Lee").circle(Circle.INNER).tag("clients").knownSince(KNOWN)
                .build());
        orbit.contacts().create(person("Bob", "Stone").circle(Circle.NETWORK).tag("clients").knownSince(KNOWN).build());
        orbit.contacts().create(person("Cid", "Roy").circle(Circle.OUTER).knownSince(KNOWN).build());
        Contact dan = orbit.contacts().create(person("Dan", "Oak").circle(Circle.NETWORK).tag("clients")
                .knownSince(KNOWN).build());
        orbit.interactions().logToMany(Recipients.tag("clients"), TODAY.minusDays(10), InteractionKind.NEWSLETTER,
                "November letter", "Three links");
        orbit.interactions().logToMany(Recipients.circle(Circle.OUTER), TODAY.minusDays(2), InteractionKind.SOCIAL,
                "Launch post", "");
        orbit.personalData().erase(dan.id());
        orbit.interactions().logToMany(Recipients.among(List.of(ann.id())), TODAY.minusDays(1), InteractionKind.EVENT,
                "Talk at the meetup", "");
    }

    private static String export(Orbit orbit) {
        return JsonBackupTest.export(orbit);
    }

    private static long id(Orbit orbit, String name) {
        return orbit.contacts().search(name, true, 1).get(0).id();
    }

    @Test
    void exportRestoreExport_withOneToManyTouches_givesIdenticalJsonAndTheSameLastTouches() throws Exception {
        String exported;
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            exported = export(orbit);
        }
        JsonNode letter = new ObjectMapper().readTree(exported).get("interactions").get(0);
        assertThat(letter.get("audience").toString()).isEqualTo("{\"kind\":\"TAG\",\"name\":\"clients\",\"size\":3}");
        assertThat(letter.get("participants")).hasSize(2);

        try (Orbit restored = TestOrbit.open(second, TODAY.plusDays(3))) {
            ImportPreview p = restored.importer().preview(new SourceText("orbit.json", exported), null,
                    Progress.NONE);
            assertThat(p.isRestore()).isTrue();
            restored.importer().apply(p, Progress.NONE);

            assertThat(export(restored)).isEqualTo(exported);
            long ann = id(restored, "ann");
            assertThat(restored.contacts().get(ann).lastTouch()).isEqualTo(KNOWN);
            assertThat(restored.contacts().get(id(restored, "bob")).lastTouch()).isEqualTo(TODAY.minusDays(10));
            assertThat(restored.contacts().get(id(restored, "cid")).lastTouch()).isEqualTo(TODAY.minusDays(2));
            assertThat(restored.interactions().timeline(ann)).extracting(Interaction::audience).containsExactly(
                    new Audience(Audience.Kind.SELECTION, "", 1), new Audience(Audience.Kind.TAG, "clients", 3));
        }
    }

    @Test
    void import_theSameBackupAgain_knowsItsOneToManyTouches() {
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            String exported = export(orbit);

            ImportPreview again = orbit.importer().preview(new SourceText("orbit.json", exported), null,
                    Progress.NONE);

            assertThat(again.interactionCount()).isZero();
            assertThat(again.skipped()).extracting(s -> s.reason().key()).contains("import.skip.interaction.known");
        }
    }

    @Test
    void import_formatOneBackup_stillImportsItsTouchesAsOrdinaryOnes() {
        String v1 = "{\"formatVersion\":1,\"application\":\"Orbit\",\"contacts\":[{\"id\":1,\"firstName\":\"A\","
                + "\"circle\":\"INNER\",\"knownSince\":\"2020-01-01\"}],\"interactions\":[{\"id\":1,"
                + "\"date\":\"2026-11-01\",\"kind\":\"NEWSLETTER\",\"participants\":[1],\"summary\":\"Letter\","
                + "\"exchange\":\"NONE\"}],\"settings\":{}}";
        try (Orbit orbit = TestOrbit.open(first)) {
            orbit.importer().apply(orbit.importer().preview(new SourceText("old.json", v1), null, Progress.NONE),
                    Progress.NONE);

            long a = id(orbit, "a");
            Interaction i = orbit.interactions().timeline(a).get(0);
            assertThat(i.isOneToMany()).isFalse();
            assertThat(orbit.contacts().get(a).lastTouch()).isEqualTo(LocalDate.of(2026, 11, 1));
        }
    }

    @Test
    void import_audienceWithoutAKindOrWithAnExchange_namesTheInteractionAndWritesNothing() {
        String head = "{\"formatVersion\":2,\"application\":\"Orbit\",\"contacts\":[{\"id\":1,\"firstName\":\"A\","
                + "\"circle\":\"NETWORK\",\"knownSince\":\"2020-01-01\"}],\"interactions\":[{\"id\":1,"
                + "\"date\":\"2026-11-01\",\"kind\":\"NEWSLETTER\",\"participants\":[1],";
        String noKind = head + "\"audience\":{\"size\":1}}],\"settings\":{}}";
        String gave = head + "\"audience\":{\"kind\":\"SELECTION\",\"size\":1},\"exchange\":\"GAVE\"}],\"settings\":{}}";
        try (Orbit orbit = TestOrbit.open(first)) {
            for (String bad : List.of(noKind, gave)) {
                assertThatThrownBy(() -> orbit.importer().preview(new SourceText("orbit.json", bad), null,
                        Progress.NONE)).isInstanceOfSatisfying(OrbitException.class,
                                e -> assertThat(e.key()).isEqualTo("import.at.interaction"));
            }
            assertThat(orbit.contacts().count()).isZero();
        }
    }

    @Test
    void exportContact_oneToManyTouch_showsItAndHowManyItReachedWithoutNamingTheOthers() throws Exception {
        try (Orbit orbit = TestOrbit.open(first)) {
            fill(orbit);
            ByteArrayOutputStream out = new ByteArrayOutputStream();

            orbit.personalData().exportContact(id(orbit, "bob"), out);

            String json = out.toString(StandardCharsets.UTF_8);
            JsonNode touch = new ObjectMapper().readTree(json).get("interactions").get(0);
            assertThat(touch.get("summary").asText()).isEqualTo("November letter");
            assertThat(touch.get("audience").get("size").asInt()).isEqualTo(3);
            assertThat(touch.has("with")).isFalse();
            assertThat(json).doesNotContain("Ann").doesNotContain("Dan");
        }
    }
}
