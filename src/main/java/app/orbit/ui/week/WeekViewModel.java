package app.orbit.ui.week;

import app.orbit.domain.WeekSummary;
import app.orbit.service.PlanView;
import app.orbit.service.ReconnectPlanner;
import app.orbit.service.SnoozeLength;
import app.orbit.ui.common.Background;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "This week": the persisted reconnect plan, its progress, the actions on each entry, and past weeks. */
public final class WeekViewModel {

    /** How many past weeks the history shows. */
    public static final int HISTORY_WEEKS = 6;

    private final ReconnectPlanner planner;
    private final Background background;
    private final ObjectProperty<PlanView> plan = new SimpleObjectProperty<>();
    private final ObservableList<WeekSummary> history = FXCollections.observableArrayList();

    public WeekViewModel(ReconnectPlanner planner, Background background) {
        this.planner = planner;
        this.background = background;
    }

    public ObjectProperty<PlanView> plan() {
        return plan;
    }

    public ObservableList<WeekSummary> history() {
        return history;
    }

    public LocalDate today() {
        return planner.today();
    }

    /** Loads this week's plan (generating it the first time) and the history. */
    public void refresh() {
        background.run(() -> new Loaded(planner.thisWeek(), planner.history(HISTORY_WEEKS)), this::show);
    }

    /** Adds whoever fell due since the plan was made, keeping what was done, snoozed or skipped. */
    public void regenerate() {
        background.run(() -> new Loaded(planner.refresh(), planner.history(HISTORY_WEEKS)), this::show);
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

    private void show(Loaded loaded) {
        plan.set(loaded.plan);
        history.setAll(loaded.history);
    }

    private record Loaded(PlanView plan, List<WeekSummary> history) {
    }
}
