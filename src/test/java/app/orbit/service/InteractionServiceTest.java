package app.orbit.service;

import static app.orbit.testing.ContactBuilder.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.orbit.app.Orbit;
import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.DueEntry;
import app.orbit.domain.Exchange;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.ValidationException;
import app.orbit.testing.FreshOrbit;
import app.orbit.testing.TestOrbit;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@FreshOrbit
class InteractionServiceTest {

    private static final LocalDate TODAY = TestOrbit.TODAY;

    private Orbit orbit;

    @BeforeEach
    void open(Orbit fresh) {
        orbit = fresh;
    }

    private Contact add(String first, Circle circle, int knownDaysAgo) {
        return orbit.contacts().create(person(first, "X").circle(circle).knownSince(TODAY.minusDays(knownDaysAgo)).build());
    }

    @Test
    void log_inTheFuture_isRefusedAndNothingWritten() {
        Contact a = add("Ann", Circle.INNER, 30);

        assertThatThrownBy(() -> orbit.interactions().log(Interaction.of(TODAY.plusDays(1), InteractionKind.CALL,
                List.of(a.id()), "", "", Exchange.NONE, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo("date");
                    assertThat(e.key()).isEqualTo("error.interaction.date.future");
                });
        assertThat(orbit.interactions().timeline(a.id())).isEmpty();
    }

    @Test
    void log_today_isAccepted() {
        Contact a = add("Ann", Circle.INNER, 30);

        Interaction in = orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(a.id()), "Hi",
                "", Exchange.NONE, null));

        assertThat(in.id()).isNotNull();
        assertThat(in.createdAt()).isNotNull();
        assertThat(orbit.contacts().get(a.id()).lastTouch()).isEqualTo(TODAY);
    }

    @Test
    void log_unknownParticipant_isRefusedNamingTheField() {
        Contact a = add("Ann", Circle.INNER, 30);

        assertThatThrownBy(() -> orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL,
                List.of(a.id(), 4242L), "", "", Exchange.NONE, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("participants"));
        assertThat(orbit.contacts().get(a.id()).lastTouch()).isEqualTo(TODAY.minusDays(30));
    }

    @Test
    void log_withTwo_takesBothOffTheDueList() {
        Contact ann = add("Ann", Circle.INNER, 40);
        Contact ben = add("Ben", Circle.CLOSE, 90);
        Contact cat = add("Cat", Circle.NETWORK, 200);
        assertThat(dueIds()).containsExactlyInAnyOrder(ann.id(), ben.id(), cat.id());

        orbit.interactions().log(Interaction.of(TODAY, InteractionKind.MEETING, List.of(ann.id(), ben.id()),
                "Lunch", "", Exchange.GAVE, null));

        assertThat(dueIds()).containsExactly(cat.id());
    }

    @Test
    void edit_andDelete_keepLastTouchRight() {
        Contact ann = add("Ann", Circle.INNER, 100);
        Interaction in = orbit.interactions().log(Interaction.of(TODAY.minusDays(2), InteractionKind.CALL,
                List.of(ann.id()), "", "", Exchange.NONE, null));

        orbit.interactions().edit(new Interaction(in.id(), TODAY.minusDays(20), in.kind(), in.participantIds(),
                "edited", "", Exchange.ASKED, null, null, null));
        assertThat(orbit.contacts().get(ann.id()).lastTouch()).isEqualTo(TODAY.minusDays(20));
        assertThat(orbit.interactions().get(in.id()).createdAt()).isEqualTo(in.createdAt());

        orbit.interactions().delete(in.id());
        assertThat(orbit.contacts().get(ann.id()).lastTouch()).isEqualTo(TODAY.minusDays(100));
        assertThatThrownBy(() -> orbit.interactions().delete(in.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void writes_notifyListenersOnceAfterCommit() {
        AtomicInteger heard = new AtomicInteger();
        orbit.notifier().subscribe(heard::incrementAndGet);

        Contact ann = add("Ann", Circle.INNER, 10);
        orbit.interactions().log(Interaction.of(TODAY, InteractionKind.CALL, List.of(ann.id()), "", "", Exchange.NONE,
                null));

        assertThat(heard).hasValue(2);
    }

    private List<Long> dueIds() {
        return orbit.dueList().dueThisWeek().stream().map(DueEntry::contact).map(c -> c.id()).toList();
    }
}
