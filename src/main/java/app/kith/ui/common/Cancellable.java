package app.kith.ui.common;

/** A started task that can be asked to stop. */
@FunctionalInterface
public interface Cancellable {

    /**
     * Asks the task to stop. Its success and error handlers will not run any more; its cancelled
     * handler runs once the work has given up (or at once, when it had not begun).
     */
    void cancel();
}
