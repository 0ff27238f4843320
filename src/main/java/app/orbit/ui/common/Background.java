package app.orbit.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs database work off the JavaFX thread and hands the result back on it. The window uses a
 * worker thread and Platform::runLater; view-model tests use a same-thread executor for both.
 */
public final class Background {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);
    private final Executor worker;
    private final Executor fx;
    private final Consumer<Throwable> defaultFailure;

    /**
     * @param worker where the work runs
     * @param fx where results are delivered (the JavaFX thread)
     * @param defaultFailure how failures are shown when the caller has no handler of its own
     */
    public Background(Executor worker, Executor fx, Consumer<Throwable> defaultFailure) {
        this.worker = worker;
        this.fx = fx;
        this.defaultFailure = defaultFailure;
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, defaultFailure);
    }

    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            worker.execute(() -> deliver(work, onSuccess, onFailure));
        } catch (RejectedExecutionException e) {
            // The window is closing and the worker has stopped: nothing left to show it to.
            LOG.debug("Work refused after shutdown");
        }
    }

    private <T> void deliver(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Throwable e) {
            fx.execute(() -> onFailure.accept(e));
            return;
        }
        fx.execute(() -> {
            try {
                onSuccess.accept(result);
            } catch (RuntimeException e) {
                LOG.error("Showing a result failed", e);
                defaultFailure.accept(e);
            }
        });
    }

    /** Shows a failure the way failures without a handler of their own are shown. */
    public void fail(Throwable failure) {
        defaultFailure.accept(failure);
    }

    /** Delivers on the JavaFX thread, e.g. from a change notification raised by a worker thread. */
    public void onFx(Runnable action) {
        fx.execute(action);
    }
}
