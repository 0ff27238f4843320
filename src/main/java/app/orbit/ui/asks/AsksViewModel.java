package app.orbit.ui.asks;

import app.orbit.domain.Ask;
import app.orbit.domain.HelpWanted;
import app.orbit.domain.PrecisionCheck;
import app.orbit.domain.ValidationException;
import app.orbit.service.AskComposer;
import app.orbit.service.AskService;
import app.orbit.service.Messages;
import app.orbit.service.PlanWording;
import app.orbit.ui.common.Background;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.Observable;
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

/**
 * My asks: the list of the user's asks, and an editor that composes the sentence and scores its
 * precision live as the user types (pure computation, no database).
 */
public final class AsksViewModel {

    private final AskService asks;
    private final Background background;
    private final Messages messages;
    private final PlanWording wording;
    private final Function<Throwable, String> describe;

    private final ObservableList<Ask> list = FXCollections.observableArrayList();
    private final BooleanProperty showRetired = new SimpleBooleanProperty(false);
    private final ObjectProperty<Ask> editing = new SimpleObjectProperty<>();

    private final StringProperty lookingFor = new SimpleStringProperty("");
    private final StringProperty domain = new SimpleStringProperty("");
    private final StringProperty niche = new SimpleStringProperty("");
    private final StringProperty differentiator = new SimpleStringProperty("");
    private final ObjectProperty<HelpWanted> helpWanted = new SimpleObjectProperty<>(HelpWanted.ADVICE);

    private final StringProperty sentence = new SimpleStringProperty("");
    private final StringProperty otherSentence = new SimpleStringProperty("");
    private final IntegerProperty score = new SimpleIntegerProperty();
    private final ObservableList<String> hints = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public AsksViewModel(AskService asks, Background background, Messages messages,
            Function<Throwable, String> describe) {
        this.asks = asks;
        this.background = background;
        this.messages = messages;
        this.wording = new PlanWording(messages);
        this.describe = describe;
        Observable[] fields = {lookingFor, domain, niche, differentiator, helpWanted};
        for (Observable o : fields) {
            o.addListener(x -> recompute());
        }
        showRetired.addListener((obs, o, n) -> load());
        recompute();
    }

    public ObservableList<Ask> list() {
        return list;
    }

    @app.orbit.ui.ViewEdits
    public BooleanProperty showRetired() {
        return showRetired;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Ask> editing() {
        return editing;
    }

    public javafx.beans.property.ReadOnlyStringProperty sentence() {
        return sentence;
    }

    /**
     * The same ask in the other language, to say it to someone who speaks it; empty when the
     * ask's words are in one language only (they would not fit the other one's grammar).
     */
    public javafx.beans.property.ReadOnlyStringProperty otherSentence() {
        return otherSentence;
    }

    public javafx.beans.property.ReadOnlyIntegerProperty score() {
        return score;
    }

    public ObservableList<String> hints() {
        return hints;
    }

    public javafx.beans.property.ReadOnlyStringProperty error() {
        return error;
    }

    /** Says that the sentence was copied (the view puts it on the clipboard). */
    public void copied() {
        status.set(messages.get("asks.copied"));
    }

    public javafx.beans.property.ReadOnlyStringProperty status() {
        return status;
    }

    public void load() {
        boolean retired = showRetired.get();
        background.run(() -> asks.list(retired), list::setAll);
    }

    /** Starts a new ask in the editor. */
    public void startNew() {
        edit(null);
    }

    /** Loads an ask into the editor (null for a new one). */
    public void edit(Ask ask) {
        editing.set(ask);
        lookingFor.set(ask == null ? "" : ask.lookingFor());
        domain.set(ask == null ? "" : ask.domain());
        niche.set(ask == null ? "" : ask.niche());
        differentiator.set(ask == null ? "" : ask.differentiator());
        helpWanted.set(ask == null ? HelpWanted.ADVICE : ask.helpWanted());
        status.set("");
        recompute();
    }

    Ask draft() {
        Ask base = editing.get();
        Ask d = Ask.draft(lookingFor.get(), domain.get(), niche.get(), differentiator.get(), helpWanted.get());
        return base == null ? d : new Ask(base.id(), d.lookingFor(), d.domain(), d.niche(), d.differentiator(),
                d.helpWanted(), base.active(), base.createdAt(), base.updatedAt());
    }

    private void recompute() {
        try {
            Ask d = draft();
            PrecisionCheck check = asks.check(d);
            score.set(check.score());
            hints.setAll(wording.hints(check));
            // The sentence in the window's language when the ask's words allow it, else in theirs;
            // the other language only when it can be said right there too.
            Optional<String> mine = asks.compose(d, messages.locale());
            Optional<String> theirs = asks.compose(d, AskComposer.other(messages.locale()));
            sentence.set(mine.or(() -> theirs).orElse(""));
            otherSentence.set(mine.isPresent() ? theirs.orElse("") : "");
            error.set("");
        } catch (ValidationException e) {
            error.set(messages.describe(e));
            score.set(0);
            sentence.set("");
            otherSentence.set("");
            hints.clear();
        }
    }

    public void save() {
        Ask d;
        try {
            d = draft();
        } catch (ValidationException e) {
            error.set(messages.describe(e));
            return;
        }
        background.run(() -> d.id() == null ? asks.create(d) : asks.update(d), saved -> {
            editing.set(saved);
            status.set(messages.get("asks.saved"));
            load();
        }, failure -> error.set(describe.apply(failure)));
    }

    /** Retires the ask being edited, or brings it back. */
    public void toggleActive() {
        Ask a = editing.get();
        if (a == null || a.id() == null) {
            return;
        }
        background.run(() -> asks.setActive(a.id(), !a.active()), saved -> {
            editing.set(saved);
            load();
        }, failure -> error.set(describe.apply(failure)));
    }

    List<Ask> snapshot() {
        return List.copyOf(list);
    }

    @app.orbit.ui.ViewEdits
    public StringProperty lookingFor() {
        return lookingFor;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty domain() {
        return domain;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty niche() {
        return niche;
    }

    @app.orbit.ui.ViewEdits
    public StringProperty differentiator() {
        return differentiator;
    }

    @app.orbit.ui.ViewEdits
    public ObjectProperty<HelpWanted> helpWanted() {
        return helpWanted;
    }
}
