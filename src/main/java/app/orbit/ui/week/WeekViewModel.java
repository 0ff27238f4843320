package app.orbit.ui.week;

import app.orbit.domain.DueEntry;
import app.orbit.service.DueListService;
import app.orbit.ui.common.Background;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** "This week": who is due for a reconnect, most urgent first. */
public final class WeekViewModel {

    private final DueListService dueList;
    private final Background background;
    private final ObservableList<DueEntry> entries = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> weekStart = new SimpleObjectProperty<>();

    public WeekViewModel(DueListService dueList, Background background, LocalDate today) {
        this.dueList = dueList;
        this.background = background;
        weekStart.set(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    }

    public ObservableList<DueEntry> entries() {
        return entries;
    }

    public BooleanProperty loaded() {
        return loaded;
    }

    public ObjectProperty<LocalDate> weekStart() {
        return weekStart;
    }

    public void refresh() {
        background.run(dueList::dueThisWeek, found -> {
            entries.setAll(found);
            loaded.set(true);
        });
    }
}
