package app.kith.ui.common;

/**
 * Runs work away from the FX application thread and hands its outcome back on it.
 *
 * <pre>{@code
 * tasks.read(context -> journal.counts())
 *      .onSuccess(counts::set)
 *      .onError(JournalException.class, e -> problem.set(e.getMessage()))
 *      .start();
 * }</pre>
 *
 * Writes go through one thread, in the order they were started, so that two user actions never
 * interleave; reads may run beside the writer and beside each other. Handlers run on the FX
 * application thread (in tests: on the calling thread, see the same-thread runner).
 */
public interface TaskRunner {

    /** Work that only reads: may run beside other work. */
    <T> BackgroundTask<T> read(Work<T> work);

    /** Work that writes: runs on the single writer thread, after the writes started before it. */
    <T> BackgroundTask<T> write(Work<T> work);
}
