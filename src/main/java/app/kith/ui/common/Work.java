package app.kith.ui.common;

/** A piece of background work; long work reports progress and polls for cancellation. */
@FunctionalInterface
public interface Work<T> {

    T run(TaskContext context) throws Exception;
}
