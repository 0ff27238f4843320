package app.orbit.service;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells whoever subscribed that stored data changed, after the write committed. One instance
 * per application, built by the composition root and handed to services and view models.
 */
public final class ChangeNotifier {

    private static final Log LOG = Log.of(ChangeNotifier.class);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final Transactions transactions;
    private final Runnable fire = this::fire;

    public ChangeNotifier(Transactions transactions) {
        this.transactions = transactions;
    }

    /** Subscribes; the returned handle unsubscribes (views call it when they go away). */
    public AutoCloseable subscribe(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Data changed: listeners hear of it once the current transaction has committed. */
    public void changed() {
        transactions.afterCommit(fire);
    }

    private void fire() {
        for (Runnable l : listeners) {
            try {
                l.run();
            } catch (RuntimeException e) {
                LOG.error("A change listener failed", e);
            }
        }
    }
}
