package app.kith.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One run of a task: executes the work on whatever thread calls {@link #run()}, and hands the
 * outcome and progress to the result thread. Shared by every runner so they behave alike.
 */
final class TaskExecution<T> implements Runnable, TaskContext, Cancellable {

    private final BackgroundTask<T> task;
    private final Executor resultThread;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicReference<Progress> pendingProgress = new AtomicReference<>();

    TaskExecution(BackgroundTask<T> task, Executor resultThread) {
        this.task = task;
        this.resultThread = resultThread;
    }

    @Override
    public void run() {
        if (cancelled.get()) {
            resultThread.execute(task::cancelled);
            return;
        }
        T value;
        try {
            value = task.call(this);
        } catch (Throwable error) {
            // Every failure must reach a handler: otherwise the screen would wait for ever.
            resultThread.execute(() -> {
                if (cancelled.get()) {
                    task.cancelled();
                } else {
                    task.failed(error);
                }
            });
            return;
        }
        resultThread.execute(() -> {
            if (cancelled.get()) {
                task.cancelled();
            } else {
                task.succeeded(value);
            }
        });
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void progress(long done, long total, String message) {
        // Reports arriving faster than the result thread takes them are merged into the latest.
        if (pendingProgress.getAndSet(new Progress(done, total, message)) == null) {
            resultThread.execute(() -> {
                Progress latest = pendingProgress.getAndSet(null);
                if (latest != null && !cancelled.get()) {
                    task.progressed(latest);
                }
            });
        }
    }

    @Override
    public void cancel() {
        cancelled.set(true);
    }
}
