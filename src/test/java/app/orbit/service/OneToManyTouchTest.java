package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.PlanStatus;
import app.orbit.domain.Reciprocity;
import app.orbit.domain.ValidationException;
import app.orbit.store.Database;
import app.orbit.store.JdbcContactRepository;
import app.orbit.testing.TestOrbit;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One-to-many touches (decision 0010) through the services, on real H2. */
class OneToManyTouchTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;
    private static final LocalDate KNOWN = TODAY.minusYears(1);

    @TempDir
    Path dir;
    private Orbit orbit;

    @BeforeEach
    void open() {
        orbit = TestOrbit.open(dir);
    }

    @AfterEach
    void close() {
        if (orbit != null) {
            orbit.close();
        }
    }

    private Contact add(String first, Circle circle, String... tags) {
        return orbit.contacts().create(person(first, "X").circle(circle).knownSince(KNOWN).tags(List.of(tags))
                .build());
    }

    private LocalDate lastTouch(Contact c) {
        return orbit.contacts().get(c.id()).lastTouch();
    }

    private InteractionService.LoggedToMany newsletter(Recipients to, LocalDate on) {
        return orbit.interactions().logToMany(to, on, InteractionKind.NEWSLETTER, "November letter", "");
    }

    @Test
    void logToMany_toATag_movesTheLastTouchOfNetworkAndOuterOnly() {
        Contact inner = add("Ines", Circle.INNER, "clients");
        Contact close = add("Chloe", Circle.CLOSE, "clients");
        Contact network = add("Nora", Circle.NETWORK, "clients");
        Contact outer = add("Oscar", Circle.OUTER, "clients");
        Contact dormant = add("Dora", Circle.DORMANT, "clients");
        Contact untagged = add("Ulysse", Circle.NETWORK, "friends");

        InteractionService.LoggedToMany logged = newsletter(Recipients.tag("#Clients"), TODAY.minusDays(2));

        assertThat(logged.reach()).isEqualTo(new Reach(5, 3));
        assertThat(lastTouch(inner)).isEqualTo(KNOWN);
        assertThat(lastTouch(close)).isEqualTo(KNOWN);
        assertThat(lastTouch(network)).isEqualTo(TODAY.minusDays(2));
        assertThat(lastTouch(outer)).isEqualTo(TODAY.minusDays(2));
        assertThat(lastTouch(dormant)).isEqualTo(TODAY.minusDays(2));
        assertThat(lastTouch(untagged)).isEqualTo(KNOWN);
        Interaction stored = orbit.interactions().get(logged.interaction().id());
        assertThat(stored.participantIds()).containsExactlyInAnyOrder(inner.id(), close.id(), network.id(),
                outer.id(), dormant.id());
        assertThat(stored.audience()).isEqualTo(new Audience(Audience.Kind.TAG, "clients", 5));
        assertThat(stored.exchange()).isEqualTo(Exchange.NONE);
    }

    @Test
    void logToMany_innerContact_showsTheTouchInTheirHistoryMarkedAsOneToMany() {
        Contact inner = add("Ines", Circle.INNER, "clients");
        Contact other = add("Nora", Circle.NETWORK, "clients");
        Interaction call = orbit.interactions().log(Interaction.of(TODAY.minusDays(40), InteractionKind.CALL,
                List.of(inner.id()), "Call", "", Exchange.NONE, null));

        newsletter(Recipients.tag("clients"), TODAY.minusDays(1));

        assertThat(lastTouch(inner)).isEqualTo(call.date());
        ContactDetails details = orbit.contacts().details(inner.id());
        assertThat(details.timeline()).hasSize(2);
        Interaction letter = details.timeline().get(0);
        assertThat(letter.isOneToMany()).isTrue();
        assertThat(letter.audience().size()).isEqualTo(2);
        // The others reached are not read for one person's history.
        assertThat(letter.participantIds()).containsExactly(inner.id());
        assertThat(details.people()).extracting(p -> p.id()).doesNotContain(other.id());
    }

    @Test
    void logToMany_toACircle_reachesItsUnarchivedPeople() {
        Contact a = add("Ann", Circle.OUTER);
        Contact b = add("Bob", Circle.OUTER);
        add("Cid", Circle.NETWORK);
        orbit.contacts().setArchived(b.id(), true);

        InteractionService.LoggedToMany logged = orbit.interactions().logToMany(Recipients.circle(Circle.OUTER), TODAY,
                InteractionKind.SOCIAL, "Post about the launch", "");

        assertThat(logged.reach()).isEqualTo(new Reach(1, 1));
        assertThat(orbit.interactions().get(logged.interaction().id()).participantIds()).containsExactly(a.id());
        assertThat(lastTouch(b)).isEqualTo(KNOWN);
    }

    @Test
    void logToMany_selection_leavesArchivedOutAndRefusesUnknownIds() {
        Contact a = add("Ann", Circle.CLOSE);
        Contact b = add("Bob", Circle.NETWORK);
        orbit.contacts().setArchived(b.id(), true);

        assertThat(orbit.interactions().reach(Recipients.among(List.of(a.id(), b.id())))).isEqualTo(new Reach(1, 0));
        assertThatThrownBy(() -> newsletter(Recipients.among(List.of(a.id(), 4242L)), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("audience");
                    assertThat(e.key()).isEqualTo("error.interaction.participant.unknown");
                });
        assertThat(orbit.interactions().timeline(a.id())).isEmpty();
    }

    @Test
    void logToMany_badChoices_areRefusedNamingTheFieldAndNothingIsWritten() {
        Contact a = add("Ann", Circle.NETWORK, "clients");

        assertThatThrownBy(() -> newsletter(Recipients.tag("nobody-has-this"), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("audience");
                    assertThat(e.key()).isEqualTo("error.audience.nobody");
                });
        assertThatThrownBy(() -> newsletter(Recipients.tag("  # "), TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("error.audience.tag.required"));
        assertThatThrownBy(() -> newsletter(Recipients.among(List.of()), TODAY))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("error.audience.nobody"));
        assertThatThrownBy(() -> newsletter(Recipients.tag("clients"), TODAY.plusDays(1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.key()).isEqualTo("error.interaction.date.future");
                });
        assertThatThrownBy(() -> newsletter(Recipients.tag("clients"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("date"));
        assertThat(orbit.interactions().timeline(a.id())).isEmpty();
        assertThat(lastTouch(a)).isEqualTo(KNOWN);
    }

    @Test
    void circleChange_recomputesTheLastTouchUnderTheNewCirclesRule() {
        Contact n = add("Nora", Circle.NETWORK, "clients");
        orbit.interactions().log(Interaction.of(TODAY.minusDays(60), InteractionKind.CALL, List.of(n.id()), "Call",
                "", Exchange.NONE, null));
        newsletter(Recipients.tag("clients"), TODAY.minusDays(3));
        assertThat(lastTouch(n)).isEqualTo(TODAY.minusDays(3));

        Contact inner = orbit.contacts().update(orbit.contacts().get(n.id()).toBuilder().circle(Circle.INNER).build());

        assertThat(inner.lastTouch()).isEqualTo(TODAY.minusDays(60));
        Contact outer = orbit.contacts().update(inner.toBuilder().circle(Circle.OUTER).build());
        assertThat(outer.lastTouch()).isEqualTo(TODAY.minusDays(3));
    }

    @Test
    void circleChange_closeContactReachedOnlyByNewsletters_fallsBackToKnownSince() {
        Contact n = add("Nora", Circle.OUTER, "clients");
        newsletter(Recipients.tag("clients"), TODAY.minusDays(10));

        Contact close = orbit.contacts().update(orbit.contacts().get(n.id()).toBuilder().circle(Circle.CLOSE).build());

        assertThat(close.lastTouch()).isEqualTo(KNOWN);
        assertThat(orbit.dueList().due(TODAY, 50)).extracting(e -> e.contact().id()).contains(n.id());
    }

    @Test
    void delete_oneToManyTouch_putsEveryLastTouchBack() {
        Contact n = add("Nora", Circle.NETWORK, "clients");
        Contact o = add("Oscar", Circle.OUTER, "clients");
        InteractionService.LoggedToMany logged = newsletter(Recipients.tag("clients"), TODAY.minusDays(3));

        orbit.interactions().delete(logged.interaction().id());

        assertThat(lastTouch(n)).isEqualTo(KNOWN);
        assertThat(lastTouch(o)).isEqualTo(KNOWN);
    }

    @Test
    void edit_oneToManyTouch_isRefused() {
        add("Nora", Circle.NETWORK, "clients");
        Interaction letter = newsletter(Recipients.tag("clients"), TODAY).interaction();

        assertThatThrownBy(() -> orbit.interactions().edit(new Interaction(letter.id(), TODAY, InteractionKind.EMAIL,
                letter.participantIds(), "Changed", "", Exchange.NONE, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.key()).isEqualTo("error.interaction.toMany.edit"));
        assertThat(orbit.interactions().get(letter.id()).summary()).isEqualTo("November letter");
    }

    @Test
    void oneToManyTouch_carriesNoExchangeAndLeavesReciprocityAsItWas() {
        Contact n = add("Nora", Circle.NETWORK, "clients");
        orbit.interactions().log(Interaction.of(TODAY.minusDays(5), InteractionKind.CALL, List.of(n.id()), "Advice",
                "", Exchange.GAVE, null));
        Reciprocity before = orbit.reciprocity().of(n.id());

        newsletter(Recipients.tag("clients"), TODAY);
        newsletter(Recipients.tag("clients"), TODAY);

        assertThat(orbit.reciprocity().of(n.id())).isEqualTo(before);
        assertThat(before.gave()).isEqualTo(1);
        assertThatThrownBy(() -> new Interaction(null, TODAY, InteractionKind.NEWSLETTER, List.of(n.id()), "", "",
                Exchange.GAVE, null, null, null, new Audience(Audience.Kind.SELECTION, "", 1)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("exchange"));
    }

    @Test
    void logToMany_thisWeek_completesThePlanEntriesOfThoseItCountsForOnly() {
        Contact inner = add("Ines", Circle.INNER, "clients");
        Contact network = add("Nora", Circle.NETWORK, "clients");
        Map<Long, PlanStatus> before = statuses();
        assertThat(before).containsOnlyKeys(inner.id(), network.id()).containsValues(PlanStatus.OPEN);

        InteractionService.LoggedToMany logged = newsletter(Recipients.tag("clients"), TODAY);

        assertThat(statuses()).containsEntry(inner.id(), PlanStatus.OPEN).containsEntry(network.id(), PlanStatus.DONE);
        orbit.interactions().delete(logged.interaction().id());
        assertThat(statuses()).containsEntry(network.id(), PlanStatus.OPEN);
    }

    @Test
    void oneToManyTouch_doesNotCoverAnInnerPersonWhenTheirOwnTouchIsDeleted() {
        Contact inner = add("Ines", Circle.INNER, "clients");
        statuses();
        newsletter(Recipients.tag("clients"), TODAY);
        Interaction call = orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(inner.id()),
                "Call", "", Exchange.NONE, null));
        assertThat(statuses()).containsEntry(inner.id(), PlanStatus.DONE);

        orbit.interactions().delete(call.id());

        assertThat(statuses()).containsEntry(inner.id(), PlanStatus.OPEN);
    }

    private Map<Long, PlanStatus> statuses() {
        return orbit.planner().thisWeek().lines().stream()
                .collect(Collectors.toMap(l -> l.contact().id(), l -> l.entry().status()));
    }

    @Test
    void logToMany_fiveThousandPeople_isStoredOnceWithFiveThousandParticipantRows() throws Exception {
        orbit.close();
        orbit = null;
        List<Contact> many = new ArrayList<>();
        Instant created = TestOrbit.clockAt(TODAY).instant();
        for (int i = 0; i < 5_000; i++) {
            many.add(person("P" + i, "Reader").circle(i % 10 == 0 ? Circle.CLOSE : Circle.OUTER).knownSince(KNOWN)
                    .tags(List.of("newsletter")).createdAt(created).updatedAt(created).build());
        }
        try (Database db = Database.open(dir)) {
            db.inTransaction(() -> new JdbcContactRepository(db).insertAll(many));
        }
        orbit = TestOrbit.open(dir);

        InteractionService.LoggedToMany logged = newsletter(Recipients.tag("newsletter"), TODAY.minusDays(1));

        assertThat(logged.reach()).isEqualTo(new Reach(5_000, 4_500));
        Map<Circle, List<LocalDate>> touches = orbit.contacts().search("reader", false, 10_000).stream()
                .collect(Collectors.groupingBy(c -> c.circle(), Collectors.mapping(c -> c.lastTouch(),
                        Collectors.toList())));
        assertThat(touches.get(Circle.CLOSE)).hasSize(500).containsOnly(KNOWN);
        assertThat(touches.get(Circle.OUTER)).hasSize(4_500).containsOnly(TODAY.minusDays(1));
        orbit.close();
        orbit = null;
        try (Connection c = DriverManager.getConnection(Database.url(dir), "orbit", "")) {
            assertThat(count(c, "SELECT COUNT(*) FROM interaction")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM interaction_participant")).isEqualTo(5_000);
            assertThat(count(c, "SELECT COUNT(*) FROM interaction WHERE one_to_many AND audience_size = 5000"))
                    .isEqualTo(1);
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void tags_listsTheTagsOfUnarchivedContactsWithTheirCounts() {
        add("Ann", Circle.NETWORK, "clients", "lyon");
        add("Bob", Circle.OUTER, "clients");
        Contact gone = add("Cid", Circle.OUTER, "old");
        orbit.contacts().setArchived(gone.id(), true);

        assertThat(orbit.contacts().tags()).containsExactly(Map.entry("clients", 2), Map.entry("lyon", 1));
    }
}
