package app.orbit.ui.log;

import app.orbit.domain.Circle;
import app.orbit.domain.Contact;
import app.orbit.domain.Exchange;
import app.orbit.domain.FollowUp;
import app.orbit.domain.Interaction;
import app.orbit.domain.InteractionKind;
import app.orbit.domain.Text;
import app.orbit.domain.ValidationException;
import app.orbit.service.InteractionService;
import app.orbit.service.IntroductionService;
import app.orbit.service.Messages;
import app.orbit.service.QuickLogService;
import app.orbit.ui.common.Background;
import app.orbit.ui.common.FormState;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The log-an-interaction form: who was there (existing or new people), when, what kind, what
 * happened, who helped whom, and an optional follow-up. Validates as the user types.
 */
public final class LogInteractionViewModel {

    private final InteractionService interactions;
    private final QuickLogService quickLog;
    private final Background background;
    private final Messages messages;
    private final Function<Throwable, String> describe;
    private final Interaction original;
    private final LocalDate today;

    private final ObservableList<Participant> participants = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<InteractionKind> kind = new SimpleObjectProperty<>(InteractionKind.MEETING);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObjectProperty<Exchange> exchange = new SimpleObjectProperty<>(Exchange.NONE);
    private final BooleanProperty followUp = new SimpleBooleanProperty(false);
    private final ObjectProperty<LocalDate> followUpDate = new SimpleObjectProperty<>();
    private final StringProperty followUpPromise = new SimpleStringProperty("");
    /** Whom the promise was made to, when several were there (with one, it is theirs). */
    private final ObservableList<Participant> promisedTo = FXCollections.observableArrayList();
    /** Log it as an introduction between the two participants (recorded so it is not suggested again). */
    private final BooleanProperty introduction = new SimpleBooleanProperty(false);
    private final IntroductionService introductions;

    private final FormState state;

    /** A form for a new interaction ({@code original} null) or to edit one; {@code people} are prefilled. */
    public LogInteractionViewModel(InteractionService interactions, QuickLogService quickLog,
            IntroductionService introductions, Background background, Messages messages,
            Function<Throwable, String> describe, Interaction original, List<Participant> people) {
        this.introductions = introductions;
        this.interactions = interactions;
        this.quickLog = quickLog;
        this.background = background;
        this.messages = messages;
        this.state = new FormState(messages);
        this.describe = describe;
        this.original = original;
        this.today = interactions.today();
        participants.setAll(people);
        // Someone no longer there cannot be promised anything.
        participants.addListener((javafx.collections.ListChangeListener<Participant>) ch ->
                promisedTo.retainAll(participants));
        date.set(today);
        followUpDate.set(today.plusWeeks(1));
        if (original != null) {
            date.set(original.date());
            kind.set(original.kind());
            summary.set(original.summary());
            notes.set(original.notes());
            exchange.set(original.exchange());
            if (original.followUp() != null) {
                followUp.set(true);
                followUpDate.set(original.followUp().due());
                followUpPromise.set(original.followUp().promise());
                if (participants.size() > 1) {
                    promisedTo.setAll(participants.stream().filter(p -> !p.isNew()
                            && original.followUp().isTo(p.existing().id())).toList());
                }
            }
        }
        Observable[] all = {participants, date, kind, summary, notes, exchange, followUp, followUpDate,
            followUpPromise, promisedTo, introduction};
        state.watch(this::validate, all);
    }

    /** Fills a new interaction's date, kind and summary: a meeting read from the calendar, to edit before it is logged. */
    public void prefill(LocalDate day, InteractionKind kindOf, String summaryText) {
        date.set(day);
        kind.set(kindOf);
        summary.set(summaryText);
    }

    public boolean isNew() {
        return original == null;
    }

    public LocalDate today() {
        return today;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<Exchange> exchange() {
        return exchange;
    }

    /** Whether the form is set to log an introduction. */
    @app.orbit.ui.ViewEdits
    public BooleanProperty introduction() {
        return introduction;
    }

    public ObservableList<Participant> participants() {
        return participants;
    }

    /** The form's validation state: error, field at fault, valid, saving, touched. */
    public FormState form() {
        return state;
    }

    /** Adds someone unless already there. */
    public void add(Participant p) {
        boolean present = participants.stream().anyMatch(q -> p.isNew()
                ? q.isNew() && Text.fold(q.newName()).equals(Text.fold(p.newName()))
                : !q.isNew() && q.existing().id() == p.existing().id());
        if (!present && !(p.isNew() && Text.isBlank(p.newName()))) {
            participants.add(p);
        }
    }

    public void remove(Participant p) {
        participants.remove(p);
    }

    /** Those the promise was made to; asked only when several people were there. */
    public ObservableList<Participant> promisedTo() {
        return promisedTo;
    }

    /** Marks the promise as made to {@code p}, or not. */
    public void promise(Participant p, boolean to) {
        if (!to) {
            promisedTo.remove(p);
        } else if (participants.contains(p) && !promisedTo.contains(p)) {
            promisedTo.add(p);
        }
    }

    /** Whether the form must ask to whom the promise was made: a follow-up, and several people there. */
    public boolean asksRecipient() {
        return followUp.get() && participants.size() > 1;
    }

    /** Checks every field; records each field at fault with its message, or clears them. */
    public void validate() {
        state.checkAll(skip -> {
            draft(skip);
            newPeople();
        });
    }

    Interaction.Draft draft() {
        return draft(Set.of());
    }

    /** The interaction the form says, with a harmless value for each field in {@code skip} (found wrong already). */
    private Interaction.Draft draft(Set<String> skip) {
        if (participants.isEmpty() && !skip.contains("participants")) {
            throw new ValidationException("participants", "error.interaction.participants.required");
        }
        LocalDate when = skip.contains("date") ? today : date.get();
        if (when == null) {
            throw new ValidationException("date", "error.interaction.date.required");
        }
        if (when.isAfter(today)) {
            throw new ValidationException("date", "error.interaction.date.future", when);
        }
        if (introduction.get() && !skip.contains("participants")
                && (participants.size() != 2 || participants.stream().anyMatch(Participant::isNew))) {
            throw new ValidationException("participants", "plan.error.introduction.two");
        }
        FollowUp f = null;
        if (followUp.get()) {
            LocalDate due = skip.contains("followUpDate") ? today.plusWeeks(1) : followUpDate.get();
            if (due == null) {
                throw new ValidationException("followUpDate", "error.followUp.date.required");
            }
            f = new FollowUp(due, skip.contains("followUpPromise") ? "-" : followUpPromise.get(),
                    original != null && original.followUp() != null && original.followUp().done());
            if (participants.size() > 1 && !skip.contains("followUpTo")) {
                if (promisedTo.isEmpty()) {
                    throw new ValidationException("followUpTo", "error.followUp.to.required");
                }
                f = f.to(promisedTo.stream().filter(p -> !p.isNew()).map(p -> p.existing().id()).toList());
            }
        }
        Interaction.Draft d = new Interaction.Draft(when, kind.get(), skip.contains("summary") ? "" : summary.get(),
                skip.contains("notes") ? "" : notes.get(), exchange.get(), f);
        // Validate the rest of the fields with a placeholder participant; the real ids come at save time.
        d.withFollowUp(f == null ? null : f.to(List.of())).with(List.of(0L));
        return d;
    }

    List<Contact> newPeople() {
        return participants.stream().filter(Participant::isNew).map(p -> {
            String name = p.newName().strip();
            int space = name.indexOf(' ');
            return Contact.builder()
                    .firstName(space < 0 ? name : name.substring(0, space))
                    .lastName(space < 0 ? "" : name.substring(space + 1))
                    .circle(Circle.NETWORK)
                    .howWeMet(summary.get())
                    .knownSince(date.get() == null ? today : date.get())
                    .build();
        }).toList();
    }

    /** The positions in {@link #newPeople} of the new people the promise was made to. */
    Set<Integer> promisedToNew() {
        List<Participant> fresh = participants.stream().filter(Participant::isNew).toList();
        Set<Integer> out = new HashSet<>();
        for (int k = 0; k < fresh.size(); k++) {
            if (participants.size() > 1 && promisedTo.contains(fresh.get(k))) {
                out.add(k);
            }
        }
        return out;
    }

    List<Long> existingIds() {
        return participants.stream().filter(p -> !p.isNew()).map(p -> p.existing().id()).toList();
    }

    /** Saves in the background; {@code onSaved} gets the stored interaction. */
    public void save(Consumer<Interaction> onSaved) {
        Interaction.Draft d;
        List<Contact> people;
        try {
            d = draft();
            people = newPeople();
        } catch (ValidationException e) {
            validate();
            return;
        }
        List<Long> ids = existingIds();
        Set<Integer> promisedToNew = followUp.get() ? promisedToNew() : Set.of();
        state.saving().set(true);
        background.run(() -> {
            if (original == null && introduction.get()) {
                return introductions.introduce(d.with(ids));
            }
            if (original == null) {
                return quickLog.log(d, ids, people, promisedToNew);
            }
            Interaction edited = d.with(ids);
            return interactions.edit(new Interaction(original.id(), edited.date(), edited.kind(),
                    edited.participantIds(), edited.summary(), edited.notes(), edited.exchange(), edited.followUp(),
                    original.createdAt(), original.updatedAt()));
        }, saved -> {
            state.saving().set(false);
            onSaved.accept(saved);
        }, failure -> state.failed(describe.apply(failure)));
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

    @app.orbit.ui.ViewEdits
    public StringProperty notes() {
        return notes;
    }

    @app.orbit.ui.ViewEdits
    public BooleanProperty followUp() {
        return followUp;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<LocalDate> followUpDate() {
        return followUpDate;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty followUpPromise() {
        return followUpPromise;
    }
}
