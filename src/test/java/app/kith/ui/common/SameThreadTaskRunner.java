package app.kith.ui.common;

/**
 * Runs every task at once on the calling thread and hands the outcome back on it, so that a
 * ViewModel test sees the effect of a command as soon as the command returns.
 */
public final class SameThreadTaskRunner implements TaskRunner {

    @Override
    public <T> BackgroundTask<T> read(Work<T> work) {
        return new BackgroundTask<>(work, SameThreadTaskRunner::runNow);
    }

    @Override
    public <T> BackgroundTask<T> write(Work<T> work) {
        return new BackgroundTask<>(work, SameThreadTaskRunner::runNow);
    }

    private static void runNow(BackgroundTask<?> task) {
        task.prepare(Runnable::run).run();
    }
}
