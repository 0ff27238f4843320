package app.orbit.ui.sorting;

import app.orbit.domain.Circle;
import app.orbit.domain.Text;
import app.orbit.domain.UnsortedContact;
import app.orbit.service.ContactService;
import app.orbit.service.Messages;
import app.orbit.ui.common.Background;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The "Not sorted" page's state: everyone waiting for a circle, filtered as the user types or
 * picks an organisation or a tag, and the commands that put a selection in a circle or archive
 * it. The whole list is held (30,000 rows after a full LinkedIn import are a few megabytes) so
 * that filtering is instant; the database is read and written on the background worker.
 */
public final class SortingViewModel {

    /** One person of the table, with the folded text the filter looks in, computed once. */
    public record Row(UnsortedContact person, String folded) {

        static Row of(UnsortedContact p) {
            return new Row(p, p.filterText());
        }

        public long id() {
            return person.id();
        }
    }

    /** An organisation or tag to filter on, with how many people not sorted have it; a null value is "every". */
    public record Choice(String value, int count) {
    }

    private final ContactService contacts;
    private final Background background;
    private final Messages messages;
    private final Function<Throwable, String> describe;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(all);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Choice> organisation = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice> tag = new SimpleObjectProperty<>();
    private final ObservableList<Choice> organisations = FXCollections.observableArrayList();
    private final ObservableList<Choice> tags = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper();
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private boolean active;
    private long loadSeq;

    public SortingViewModel(ContactService contacts, Background background, Messages messages,
            Function<Throwable, String> describe) {
        this.contacts = contacts;
        this.background = background;
        this.messages = messages;
        this.describe = describe;
        filter.addListener((obs, old, now) -> applyFilter());
        organisation.addListener((obs, old, now) -> applyFilter());
        tag.addListener((obs, old, now) -> applyFilter());
    }

    /** The people shown: those not sorted yet that match the filter, by name. */
    public ObservableList<Row> rows() {
        return shown;
    }

    /** What the user typed: every word must be in the name, organisation, title or tags. */
    @app.orbit.ui.ViewEdits
    public StringProperty filter() {
        return filter;
    }

    /** The organisation chosen, or null (or a choice with a null value) for every one. */
    @app.orbit.ui.ViewEdits
    public ObjectProperty<Choice> organisation() {
        return organisation;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Choice> tag() {
        return tag;
    }

    /** "Every organisation", then the organisations of the people not sorted, the most common first. */
    public ObservableList<Choice> organisations() {
        return organisations;
    }

    public ObservableList<Choice> tags() {
        return tags;
    }

    /** How many people are not sorted yet (all of them, not only those shown). */
    public ReadOnlyIntegerProperty count() {
        return count.getReadOnlyProperty();
    }

    /** What the last action did ("3 people put in Close."). */
    public javafx.beans.property.ReadOnlyStringProperty notice() {
        return notice;
    }

    /** True while a sort or an archive is being written. */
    public javafx.beans.property.ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /**
     * Whether the page is on screen: then a refresh reads every row, otherwise only the count
     * (for the sidebar), which an index answers without reading the people.
     */
    public void setActive(boolean active) {
        this.active = active;
        if (active) {
            load();
        }
    }

    /** Data changed somewhere (an import, an edit): read again what is needed. */
    public void refresh() {
        if (active) {
            load();
        } else {
            background.run(contacts::countUnsorted, n -> count.set((int) (long) n));
        }
    }

    /** Reads every person not sorted yet; a result older than a newer load is dropped. */
    public void load() {
        long seq = ++loadSeq;
        background.run(() -> contacts.unsorted().stream().map(Row::of).toList(), rows -> {
            if (seq == loadSeq) {
                show(rows);
            }
        });
    }

    private void show(List<Row> rows) {
        count.set(rows.size());
        // The same rows again (the echo of the user's own sort): leave the table and its selection be.
        if (!rows.equals(all)) {
            all.setAll(rows);
            choices();
        }
    }

    /**
     * Puts these people in a circle, all in one transaction. When written, they leave the list and
     * {@code then} runs (the view moves the focus to the next person).
     */
    public void put(Collection<Long> ids, Circle circle, Runnable then) {
        List<Long> chosen = List.copyOf(ids);
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            contacts.sort(chosen, circle);
            return chosen.size();
        }, n -> {
            removed(chosen);
            notice.set(messages.get("sorting.done", (long) n, messages.of("circle", circle)));
            then.run();
        }, this::failed);
    }

    /** Archives these people in one transaction; they leave the list (an archived person is in no plan). */
    public void archive(Collection<Long> ids, Runnable then) {
        List<Long> chosen = List.copyOf(ids);
        if (chosen.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            contacts.archiveAll(chosen);
            return chosen.size();
        }, n -> {
            removed(chosen);
            notice.set(messages.get("sorting.archived", (long) n));
            then.run();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        notice.set(describe.apply(e));
        // Whatever was or was not written, show the list as the database has it.
        load();
    }

    private void removed(List<Long> ids) {
        busy.set(false);
        Set<Long> gone = new HashSet<>(ids);
        all.removeIf(r -> gone.contains(r.id()));
        count.set(all.size());
        choices();
    }

    private void applyFilter() {
        String[] words = Arrays.stream(Text.fold(filter.get()).split(" ")).filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        String org = organisation.get() == null ? null : organisation.get().value();
        String t = tag.get() == null ? null : tag.get().value();
        shown.setPredicate(r -> (org == null || r.person().organisation().equals(org))
                && (t == null || r.person().tags().contains(t))
                && Arrays.stream(words).allMatch(r.folded()::contains));
    }

    /** Rebuilds the organisation and tag choices, keeping the ones chosen when they still have people. */
    private void choices() {
        Choice org = organisation.get();
        Choice t = tag.get();
        organisations.setAll(ranked(all, r -> r.person().organisation().isEmpty() ? List.of()
                : List.of(r.person().organisation())));
        tags.setAll(ranked(all, r -> r.person().tags()));
        organisation.set(find(organisations, org));
        tag.set(find(tags, t));
    }

    private static Choice find(List<Choice> choices, Choice wanted) {
        String value = wanted == null ? null : wanted.value();
        return choices.stream().filter(c -> java.util.Objects.equals(c.value(), value)).findFirst()
                .orElse(choices.get(0));
    }

    private static List<Choice> ranked(List<Row> rows, Function<Row, List<String>> values) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Row r : rows) {
            for (String v : values.apply(r)) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(null, rows.size()));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(e -> Text.fold(e.getKey())))
                .forEach(e -> out.add(new Choice(e.getKey(), e.getValue())));
        return out;
    }

    /** The label of a choice in the organisation or tag list. */
    public String label(Choice c, String everyKey) {
        return c == null || c.value() == null ? messages.get(everyKey)
                : messages.get("sorting.option", c.value(), (long) c.count());
    }
}
