package app.orbit.ui.contacts;

import app.orbit.domain.ContactSummary;
import app.orbit.service.ContactDetails;
import app.orbit.service.ContactService;
import app.orbit.service.InteractionService;
import app.orbit.service.ReciprocityService;
import app.orbit.domain.Reciprocity;
import app.orbit.ui.common.Background;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The contacts screen's state: the search, its results, the selected contact's details. */
public final class ContactsViewModel {

    /** How many rows the table shows at most; past that the user refines the search. */
    public static final int LIMIT = 5000;

    private final ContactService contacts;
    private final ReciprocityService reciprocity;
    private final InteractionService interactions;
    private final Background background;
    private final StringProperty query = new SimpleStringProperty("");
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<ContactRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Selection> selected = new SimpleObjectProperty<>();
    private final IntegerProperty resultCount = new SimpleIntegerProperty();
    private final BooleanProperty truncated = new SimpleBooleanProperty();
    /**
     * Who among the rows already shown had a touch logged, until data changes: asking the database
     * for 5,001 rows costs ten search keystrokes, and the next keystroke mostly shows the same
     * people again. Read and written on the worker; replaced (not cleared) on a change, so a
     * search still running writes into the old one.
     */
    private volatile java.util.Map<Long, Boolean> touchedCache = new java.util.concurrent.ConcurrentHashMap<>();
    private long searchSeq;
    private long detailSeq;
    private Long selectedId;

    public ContactsViewModel(ContactService contacts, ReciprocityService reciprocity, InteractionService interactions,
            Background background) {
        this.contacts = contacts;
        this.reciprocity = reciprocity;
        this.interactions = interactions;
        this.background = background;
        query.addListener((obs, old, now) -> search());
        showArchived.addListener((obs, old, now) -> search());
    }

    @app.orbit.ui.ViewEdits
    public StringProperty query() {
        return query;
    }

    @app.orbit.ui.ViewEdits
    public BooleanProperty showArchived() {
        return showArchived;
    }

    public ObservableList<ContactRow> rows() {
        return rows;
    }

    /** The contact on show: its details and what was given and asked between you. */
    public record Selection(ContactDetails details, Reciprocity reciprocity) {
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Selection> selected() {
        return selected;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty resultCount() {
        return resultCount;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty truncated() {
        return truncated;
    }

    /** Runs the search for the current query; a result that arrives after a newer keystroke is dropped. */
    public void search() {
        long seq = ++searchSeq;
        String q = query.get();
        boolean archived = showArchived.get();
        background.run(() -> {
            List<ContactSummary> found = contacts.search(q, archived, LIMIT + 1);
            java.util.Map<Long, Boolean> known = touchedCache;
            List<Long> unknown = found.stream().map(ContactSummary::id).filter(id -> !known.containsKey(id)).toList();
            if (!unknown.isEmpty()) {
                java.util.Set<Long> touched = contacts.touched(unknown);
                unknown.forEach(id -> known.put(id, touched.contains(id)));
            }
            return found.stream().map(c -> new ContactRow(c, contacts.staleness(c), known.get(c.id()))).toList();
        }, found -> {
            if (seq != searchSeq) {
                return;
            }
            truncated.set(found.size() > LIMIT);
            List<ContactRow> shown = found.size() > LIMIT ? found.subList(0, LIMIT) : found;
            rows.setAll(shown);
            resultCount.set(shown.size());
            // A search that no longer finds the open contact closes it: the pane never shows someone the list hides.
            Long open = selectedId;
            if (open != null && q != null && !q.isBlank() && shown.stream().noneMatch(r -> r.contact().id() == open)) {
                select(null);
            }
        });
    }

    /** Shows a contact's details, or none. */
    public void select(Long id) {
        selectedId = id;
        long seq = ++detailSeq;
        if (id == null) {
            selected.set(null);
            return;
        }
        background.run(() -> contacts.find(id).isPresent()
                ? new Selection(contacts.details(id), reciprocity.of(id)) : null, d -> {
            if (seq == detailSeq) {
                selected.set(d);
            }
        });
    }

    public Long selectedId() {
        return selectedId;
    }

    /** Data changed somewhere: search again and reload the open contact. */
    public void refresh() {
        touchedCache = new java.util.concurrent.ConcurrentHashMap<>();
        search();
        select(selectedId);
    }

    public void setArchived(long id, boolean archived) {
        background.run(() -> contacts.setArchived(id, archived), c -> { });
    }

    public void delete(long id) {
        background.run(() -> {
            contacts.delete(id);
            return id;
        }, deleted -> {
            if (deleted.equals(selectedId)) {
                select(null);
            }
        });
    }

    /** Deletes one interaction from the selected contact's history; the change notice refreshes the screen. */
    public void deleteInteraction(long interactionId) {
        background.run(() -> {
            interactions.delete(interactionId);
            return interactionId;
        }, id -> { });
    }
}
