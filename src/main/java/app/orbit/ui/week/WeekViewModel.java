package app.orbit.ui.week;

import app.orbit.domain.WeekSummary;
import app.orbit.service.ContactService;
import app.orbit.service.PlanLine;
import app.orbit.service.PlanView;
import app.orbit.service.ReconnectPlanner;
import app.orbit.service.SnoozeLength;
import app.orbit.ui.common.Avatar;
import app.orbit.ui.common.Background;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/** "This week": the persisted reconnect plan, its progress, the actions on each entry, and past weeks. */
public final class WeekViewModel {

    /** How many past weeks the history shows. */
    public static final int HISTORY_WEEKS = 6;
    /** The size of a face on a card, in pixels. */
    public static final double AVATAR = 40;

    private final ReconnectPlanner planner;
    private final ContactService contacts;
    private final Background background;
    private final ObjectProperty<PlanView> plan = new SimpleObjectProperty<>();
    private final ObservableList<WeekSummary> history = FXCollections.observableArrayList();
    private volatile Map<Long, Image> photos = Map.of();
    private volatile boolean networkIsEmpty;

    public WeekViewModel(ReconnectPlanner planner, ContactService contacts, Background background) {
        this.planner = planner;
        this.contacts = contacts;
        this.background = background;
    }

    public ObjectProperty<PlanView> plan() {
        return plan;
    }

    public ObservableList<WeekSummary> history() {
        return history;
    }

    /** The faces of the plan's people who have a picture, by contact id; read when the plan changes. */
    public Map<Long, Image> photos() {
        return photos;
    }

    /** Whether the address book had nobody in it when the plan was read. */
    public boolean networkIsEmpty() {
        return networkIsEmpty;
    }

    public LocalDate today() {
        return planner.today();
    }

    /** Loads this week's plan (generating it the first time) and the history. */
    public void refresh() {
        background.run(() -> loaded(planner.thisWeek()), this::show);
    }

    /** Adds whoever fell due since the plan was made, keeping what was done, snoozed or skipped. */
    public void regenerate() {
        background.run(() -> loaded(planner.refresh()), this::show);
    }

    public void snooze(long entryId, SnoozeLength length) {
        background.run(() -> planner.snooze(entryId, length), e -> { });
    }

    public void snoozeUntil(long entryId, LocalDate until) {
        background.run(() -> planner.snoozeUntil(entryId, until), e -> { });
    }

    public void skip(long entryId, String why) {
        background.run(() -> planner.skip(entryId, why), e -> { });
    }

    public void undo(long entryId) {
        background.run(() -> planner.undo(entryId), e -> { });
    }

    private Loaded loaded(PlanView p) {
        List<Long> ids = p.lines().stream().map(PlanLine::contact).map(c -> c.id()).toList();
        return new Loaded(p, planner.history(HISTORY_WEEKS), Avatar.decode(contacts.photos(ids), AVATAR),
                p.lines().isEmpty() && contacts.count() == 0);
    }

    private void show(Loaded loaded) {
        photos = loaded.photos;
        networkIsEmpty = loaded.emptyNetwork;
        plan.set(loaded.plan);
        history.setAll(loaded.history);
    }

    private record Loaded(PlanView plan, List<WeekSummary> history, Map<Long, Image> photos, boolean emptyNetwork) {
    }
}
