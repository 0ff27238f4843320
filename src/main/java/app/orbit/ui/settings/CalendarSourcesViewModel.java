package app.orbit.ui.settings;

import app.orbit.domain.CalendarSource;
import app.orbit.service.CalendarService;
import app.orbit.ui.common.Background;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The calendars of the settings screen: list (addresses masked), add a file or an address, remove. */
public final class CalendarSourcesViewModel {

    private final CalendarService calendar;
    private final Background background;
    private final Runnable changed;
    private final java.util.function.Function<Throwable, String> describe;
    private final ObservableList<CalendarSource> sources = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");

    /** {@code changed} runs after a source was added or removed (the week view reads the calendars again). */
    public CalendarSourcesViewModel(CalendarService calendar, Background background, Runnable changed,
            java.util.function.Function<Throwable, String> describe) {
        this.calendar = calendar;
        this.background = background;
        this.changed = changed;
        this.describe = describe;
    }

    public ObservableList<CalendarSource> sources() {
        return sources;
    }

    /** Why the last add failed (a missing file, an address that is none), or empty. */
    public javafx.beans.property.ReadOnlyStringProperty error() {
        return error;
    }

    public void load() {
        background.run(calendar::sources, sources::setAll);
    }

    /** Adds a file's path or an address; the error names what is wrong, and nothing is added then. */
    public void add(String location) {
        add(location, "");
    }

    /**
     * The same, saying which attendee is the user ({@code me}, an email, empty when the calendar
     * tells): Outlook's exports name no owner.
     */
    public void add(String location, String me) {
        background.run(() -> {
            calendar.add(location, me == null ? "" : me.strip());
            return calendar.sources();
        }, this::changed, e -> error.set(describe.apply(e)));
    }

    public void remove(CalendarSource s) {
        background.run(() -> {
            calendar.remove(s.id());
            return calendar.sources();
        }, this::changed);
    }

    private void changed(List<CalendarSource> now) {
        error.set("");
        sources.setAll(now);
        changed.run();
    }
}
