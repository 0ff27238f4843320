package app.orbit.ui.intros;

import app.orbit.domain.IntroductionMatch;
import app.orbit.service.IntroductionService;
import app.orbit.ui.common.Background;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Introductions: every introduction Orbit would suggest, best first, and the three answers to
 * one — introduce them (the window opens the log dialog with both people), not a good match,
 * later. Database work runs on the background executor.
 */
public final class IntroductionsViewModel {

    private final IntroductionService introductions;
    private final Background background;
    private final Consumer<IntroductionMatch> introduce;
    private final ObservableList<IntroductionMatch> suggestions = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    /**
     * @param introduce what accepting does: the window opens the log dialog with both people,
     *     marked as an introduction (exchange GAVE)
     */
    public IntroductionsViewModel(IntroductionService introductions, Background background,
            Consumer<IntroductionMatch> introduce) {
        this.introductions = introductions;
        this.background = background;
        this.introduce = introduce;
    }

    public ObservableList<IntroductionMatch> suggestions() {
        return suggestions;
    }

    public ReadOnlyBooleanProperty loading() {
        return loading;
    }

    /** Reads the suggestions again (when opened, and after any change to stored data). */
    public void refresh() {
        loading.set(true);
        background.run(introductions::suggestions, list -> {
            loading.set(false);
            suggestions.setAll(list);
        }, failure -> {
            loading.set(false);
            background.fail(failure);
        });
    }

    /** Accept: the log dialog opens with both people; logging it records the introduction. */
    public void accept(IntroductionMatch m) {
        introduce.accept(m);
    }

    /** Not a good match: never suggested again. */
    public void decline(IntroductionMatch m) {
        answer(m, () -> introductions.decline(m.needer().id(), m.offerer().id()));
    }

    /** Later: out of the list for a few weeks. */
    public void later(IntroductionMatch m) {
        answer(m, () -> introductions.later(m.needer().id(), m.offerer().id()));
    }

    private void answer(IntroductionMatch m, Runnable store) {
        int at = suggestions.indexOf(m);
        // Gone from the list at once; the refresh that the change triggers confirms it.
        suggestions.remove(m);
        background.run(() -> {
            store.run();
            return introductions.suggestions();
        }, suggestions::setAll, failure -> {
            if (at >= 0 && !suggestions.contains(m)) {
                suggestions.add(Math.min(at, suggestions.size()), m);
            }
            background.fail(failure);
        });
    }

    /** The suggestions as they stand, for tests. */
    List<IntroductionMatch> current() {
        return List.copyOf(suggestions);
    }
}
