package app.orbit.ui.log;

import app.orbit.domain.Audience;
import app.orbit.domain.Circle;
import app.orbit.domain.ContactSummary;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.OrbitException;
import app.orbit.domain.ValidationException;
import app.orbit.service.ContactService;
import app.orbit.service.InteractionService;
import app.orbit.service.Messages;
import app.orbit.service.Reach;
import app.orbit.service.Recipients;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.FormState;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The one-to-many touch form (a newsletter, a post, a talk): who it went to (a tag, a circle or
 * people picked one by one), when, what kind, one line about it. Before saving it says how many
 * people it reaches and for how many it counts as a touch (decision 0010); it validates as the
 * user types.
 */
public final class BroadcastViewModel {

    private final InteractionService interactions;
    private final ContactService contacts;
    private final Background background;
    private final Messages messages;
    private final Function<Throwable, String> describe;
    private final LocalDate today;
    private final FormState state;
    private long reachSeq;

    private final ObjectProperty<Audience.Kind> audience = new SimpleObjectProperty<>(Audience.Kind.TAG);
    private final StringProperty tag = new SimpleStringProperty("");
    private final ObjectProperty<Circle> circle = new SimpleObjectProperty<>(Circle.NETWORK);
    private final ObservableList<ContactSummary> people = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<InteractionKind> kind = new SimpleObjectProperty<>(InteractionKind.NEWSLETTER);
    private final StringProperty summary = new SimpleStringProperty("");
    /** The tags of unarchived contacts, to choose from. */
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObjectProperty<Reach> reach = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper reachText = new ReadOnlyStringWrapper("");

    /** A form for a new one-to-many touch; {@code chosen} (may be empty) are prefilled as the people picked. */
    public BroadcastViewModel(InteractionService interactions, ContactService contacts, Background background,
            Messages messages, Function<Throwable, String> describe, List<ContactSummary> chosen) {
        this.interactions = interactions;
        this.contacts = contacts;
        this.background = background;
        this.messages = messages;
        this.describe = describe;
        this.today = interactions.today();
        this.state = new FormState(messages);
        date.set(today);
        if (!chosen.isEmpty()) {
            people.setAll(chosen);
            audience.set(Audience.Kind.SELECTION);
        }
        Observable[] who = {audience, tag, circle, people};
        for (Observable o : who) {
            o.addListener(x -> refreshReach());
        }
        // Not reach: the background's answer is not the user touching the form; it re-validates itself.
        state.watch(this::validate, audience, tag, circle, people, date, kind, summary);
        background.run(contacts::tags, found -> tags.setAll(found.keySet()));
        refreshReach();
    }

    public LocalDate today() {
        return today;
    }

    /** The form's validation state: error, field at fault, valid, saving, touched. */
    public FormState form() {
        return state;
    }

    /** "Reaches 1,240 people; counts as a touch for 1,100 of them", once known; empty before. */
    public ReadOnlyStringProperty reachText() {
        return reachText.getReadOnlyProperty();
    }

    /** How far the touch goes as the form stands, or null while it is being worked out. */
    public javafx.beans.property.ReadOnlyObjectProperty<Reach> reach() {
        return reach;
    }

    /** Adds someone to the people picked, unless already there. */
    public void add(ContactSummary c) {
        if (people.stream().noneMatch(p -> p.id() == c.id())) {
            people.add(c);
        }
    }

    public void remove(ContactSummary c) {
        people.remove(c);
    }

    /** The recipients as chosen; validates. */
    Recipients recipients() {
        return switch (audience.get()) {
            case TAG -> Recipients.tag(tag.get());
            case CIRCLE -> Recipients.circle(circle.get());
            case SELECTION -> {
                if (people.isEmpty()) {
                    throw new ValidationException("audience", "broadcast.error.people");
                }
                yield Recipients.among(people.stream().map(ContactSummary::id).toList());
            }
        };
    }

    public void validate() {
        state.check(() -> {
            recipients();
            if (date.get() == null) {
                throw new ValidationException("date", "error.interaction.date.required");
            }
            if (date.get().isAfter(today)) {
                throw new ValidationException("date", "error.interaction.date.future", date.get());
            }
            Reach r = reach.get();
            if (r == null) {
                throw new ValidationException("audience", "broadcast.reach.working");
            }
            if (r.people() == 0) {
                throw new ValidationException("audience", "error.audience.nobody");
            }
        });
    }

    /** Works out, in the background, how many the audience reaches; only the latest answer is kept. */
    private void refreshReach() {
        long mine = ++reachSeq;
        reach.set(null);
        reachText.set("");
        Recipients to;
        try {
            to = recipients();
        } catch (ValidationException e) {
            return;
        }
        background.run(() -> interactions.reach(to), found -> {
            if (mine == reachSeq) {
                reachText.set(messages.get("broadcast.reach", found.people(), found.counted()));
                reach.set(found);
                validate();
            }
        }, failure -> {
            if (mine == reachSeq) {
                reachText.set(failure instanceof OrbitException ? describe.apply(failure) : "");
            }
        });
    }

    /** Saves in the background; {@code onSaved} gets the stored touch and how far it went. */
    public void save(Consumer<InteractionService.LoggedToMany> onSaved) {
        Recipients to;
        try {
            to = recipients();
        } catch (ValidationException e) {
            validate();
            return;
        }
        if (!state.valid().get()) {
            return;
        }
        LocalDate on = date.get();
        InteractionKind k = kind.get();
        String s = summary.get();
        state.saving().set(true);
        background.run(() -> interactions.logToMany(to, on, k, s, ""), saved -> {
            state.saving().set(false);
            onSaved.accept(saved);
        }, failure -> state.failed(describe.apply(failure)));
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Audience.Kind> audience() {
        return audience;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty tag() {
        return tag;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Circle> circle() {
        return circle;
    }

    public ObservableList<ContactSummary> people() {
        return people;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<LocalDate> date() {
        return date;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<InteractionKind> kind() {
        return kind;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty summary() {
        return summary;
    }

    public ObservableList<String> tags() {
        return tags;
    }
}
