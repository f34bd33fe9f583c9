package app.kith.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A piece of background work with its handlers, configured fluently and then started.
 * Handlers run on the thread the runner hands results to (the FX application thread).
 */
public final class BackgroundTask<T> implements Cancellable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTask.class);

    /** How a runner starts a configured task: {@link #prepare} it, then run the execution. */
    @FunctionalInterface
    interface Launcher {
        void launch(BackgroundTask<?> task);
    }

    private final Work<T> work;
    private final Launcher launcher;
    private final List<ErrorHandler<?>> errorHandlers = new ArrayList<>();
    private Consumer<? super T> onSuccess = value -> { };
    private Runnable onCancelled = () -> { };
    private Consumer<Progress> onProgress = progress -> { };
    private boolean started;
    private volatile boolean cancelRequested;
    private volatile TaskExecution<T> execution;

    BackgroundTask(Work<T> work, Launcher launcher) {
        this.work = Objects.requireNonNull(work, "work");
        this.launcher = launcher;
    }

    /** Runs with the work's result. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Runs when the work fails with this type of error. Handlers are tried in the order they were
     * given; the first whose type matches runs. A failure no handler takes is logged.
     */
    public <E extends Throwable> BackgroundTask<T> onError(Class<E> type, Consumer<? super E> handler) {
        errorHandlers.add(new ErrorHandler<>(type, handler));
        return this;
    }

    /** Runs for any failure that no earlier, more specific handler took. */
    public BackgroundTask<T> onError(Consumer<? super Throwable> handler) {
        return onError(Throwable.class, handler);
    }

    /** Runs once a cancelled task has stopped. */
    public BackgroundTask<T> onCancelled(Runnable handler) {
        onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** Runs with the latest progress the work reported. */
    public BackgroundTask<T> onProgress(Consumer<Progress> handler) {
        onProgress = Objects.requireNonNull(handler);
        return this;
    }

    /**
     * Starts the work; a task starts once.
     *
     * @return this task, to cancel it later
     */
    public Cancellable start() {
        if (started) {
            throw new IllegalStateException("This task was started already");
        }
        started = true;
        launcher.launch(this);
        return this;
    }

    /** Asks the work to stop, also when it has not started yet or runs at this moment. */
    @Override
    public void cancel() {
        cancelRequested = true;
        TaskExecution<T> running = execution;
        if (running != null) {
            running.cancel();
        }
    }

    /** Makes the one execution of this task, handing results to the given thread. */
    TaskExecution<T> prepare(Executor resultThread) {
        TaskExecution<T> prepared = new TaskExecution<>(this, resultThread);
        execution = prepared;
        // Read after publishing the execution: a cancel() racing with us sees one or the other.
        if (cancelRequested) {
            prepared.cancel();
        }
        return prepared;
    }

    T call(TaskContext context) throws Exception {
        return work.run(context);
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable error) {
        for (ErrorHandler<?> handler : errorHandlers) {
            if (handler.takes(error)) {
                handler.handle(error);
                return;
            }
        }
        LOG.error("Background work failed and nobody handled it", error);
    }

    void cancelled() {
        onCancelled.run();
    }

    void progressed(Progress progress) {
        onProgress.accept(progress);
    }

    private record ErrorHandler<E extends Throwable>(Class<E> type, Consumer<? super E> handler) {

        boolean takes(Throwable error) {
            return type.isInstance(error);
        }

        void handle(Throwable error) {
            handler.accept(type.cast(error));
        }
    }
}
