package app.orbit.ui;

import app.orbit.domain.ContactSummary;
import app.orbit.service.ChangeNotifier;
import app.orbit.service.ContactService;
import app.orbit.service.SampleNetwork;
import app.orbit.ui.common.Background;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * The window's own work, apart from its screens': which screen comes first, the sample network of
 * the welcome screen, the people a dialog opens with, and the news that data changed.
 */
public final class MainWindowViewModel {

    private final ContactService contacts;
    private final SampleNetwork sampleNetwork;
    private final ChangeNotifier notifier;
    private final Background background;

    public MainWindowViewModel(ContactService contacts, SampleNetwork sampleNetwork, ChangeNotifier notifier,
            Background background) {
        this.contacts = contacts;
        this.sampleNetwork = sampleNetwork;
        this.notifier = notifier;
        this.background = background;
    }

    /** Counts the contacts (zero: the welcome screen comes first), then hands the count over on the JavaFX thread. */
    public void countContacts(LongConsumer then) {
        background.run(contacts::count, then::accept);
    }

    /** Runs {@code changed} on the JavaFX thread after every write, until the returned handle is closed. */
    public AutoCloseable onChange(Runnable changed) {
        return notifier.subscribe(() -> background.onFx(changed));
    }

    /** Reads these people (those still there, in the order given), then hands them over on the JavaFX thread. */
    public void people(List<Long> ids, Consumer<List<ContactSummary>> then) {
        background.run(() -> contacts.summaries(ids), then);
    }

    /** How many people the sample network holds. */
    public int sampleSize() {
        return sampleNetwork.size();
    }

    /** Loads the sample network, then runs {@code then} on the JavaFX thread. */
    public void loadSample(Runnable then) {
        background.run(sampleNetwork::load, n -> then.run());
    }
}
