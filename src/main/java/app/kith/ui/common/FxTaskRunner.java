package app.kith.ui.common;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/**
 * The window's runner: one writer thread, a small pool of readers, results on the FX thread.
 * The threads are daemons; {@link #shutdown()} lets the queued writes finish before the JVM exits.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final int READERS = 2;

    private final ExecutorService writer = Executors.newSingleThreadExecutor(daemons("kith-writer"));
    private final ExecutorService readers = Executors.newFixedThreadPool(READERS, daemons("kith-reader"));

    @Override
    public <T> BackgroundTask<T> read(Work<T> work) {
        return new BackgroundTask<>(work, task -> launch(readers, task));
    }

    @Override
    public <T> BackgroundTask<T> write(Work<T> work) {
        return new BackgroundTask<>(work, task -> launch(writer, task));
    }

    /**
     * Takes no new work and finishes the writes already queued (closing the journal is the last
     * of them) on a non-daemon thread, so the JVM does not exit before they are done.
     *
     * @return completes when the queued writes are done
     */
    public CompletableFuture<Void> shutdown() {
        readers.shutdown();
        writer.shutdown();
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread waiter = new Thread(() -> {
            try {
                writer.awaitTermination(Long.MAX_VALUE, TimeUnit.MILLISECONDS);
                done.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                done.completeExceptionally(e);
            }
        }, "kith-shutdown");
        waiter.setDaemon(false);
        waiter.start();
        return done;
    }

    private static void launch(ExecutorService executor, BackgroundTask<?> task) {
        TaskExecution<?> execution = task.prepare(FxTaskRunner::onFxThread);
        try {
            executor.execute(execution);
        } catch (RejectedExecutionException closing) {
            // The window is closing: work asked for now has nobody left to show its result to.
            execution.cancel();
        }
    }

    private static void onFxThread(Runnable handler) {
        Platform.runLater(handler);
    }

    private static ThreadFactory daemons(String name) {
        AtomicInteger count = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
