package app.kith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fluent task, run by the same-thread runner: what a ViewModel relies on. */
class BackgroundTaskTest {

    private final TaskRunner tasks = new SameThreadTaskRunner();
    private final List<String> seen = new ArrayList<>();

    @Test
    void theResultReachesTheSuccessHandler() {
        tasks.read(context -> 6 * 7).onSuccess(value -> seen.add("got " + value)).start();

        assertThat(seen).containsExactly("got 42");
    }

    @Test
    void aFailureGoesToTheFirstHandlerOfItsType() {
        tasks.write(context -> {
            throw new UncheckedIOException(new IOException("disk full"));
        }).onSuccess(value -> seen.add("success"))
                .onError(IllegalStateException.class, error -> seen.add("state"))
                .onError(UncheckedIOException.class, error -> seen.add("io: " + error.getCause().getMessage()))
                .onError(error -> seen.add("any"))
                .start();

        assertThat(seen).containsExactly("io: disk full");
    }

    @Test
    void theCatchAllTakesWhatNoTypedHandlerTakes() {
        tasks.write(context -> {
            throw new IllegalArgumentException("odd");
        }).onError(IllegalStateException.class, error -> seen.add("state"))
                .onError(error -> seen.add("any: " + error.getMessage()))
                .start();

        assertThat(seen).containsExactly("any: odd");
    }

    @Test
    void progressIsHandedOverAsItComes() {
        tasks.write(context -> {
            context.progress(1, 4, "one");
            context.progress(4, 4, "four");
            return "done";
        }).onProgress(progress -> seen.add(progress.message() + " " + progress.fraction()))
                .onSuccess(seen::add)
                .start();

        assertThat(seen).containsExactly("one 0.25", "four 1.0", "done");
    }

    @Test
    void workThatIsCancelledWhileRunningEndsAsCancelledNotAsSuccess() {
        BackgroundTask<Integer> task = tasks.write(context -> {
            int written = 0;
            while (!context.isCancelled()) {
                written++;
                context.progress(written, 0, "writing");
            }
            return written;
        });
        task.onProgress(progress -> {
            if (progress.done() == 3) {
                task.cancel();
            }
        }).onSuccess(written -> seen.add("success")).onCancelled(() -> seen.add("cancelled")).start();

        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void aTaskCancelledBeforeItStartsNeverRuns() {
        BackgroundTask<String> task = tasks.write(context -> {
            seen.add("ran");
            return "x";
        }).onCancelled(() -> seen.add("cancelled"));
        task.cancel();
        task.start();

        assertThat(seen).containsExactly("cancelled");
    }

    @Test
    void anUnknownTotalMeansAnIndeterminateBar() {
        assertThat(new Progress(5, 0, null).fraction()).isEqualTo(-1);
        assertThat(new Progress(7, 5, null).fraction()).isEqualTo(1);
    }

    @Test
    void aTaskStartsOnce() {
        BackgroundTask<String> task = tasks.read(context -> "x");
        task.start();

        assertThatThrownBy(task::start).isInstanceOf(IllegalStateException.class);
    }
}
