package app.kith.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The window's runner: writes one after another on one thread, outcomes on the FX thread. */
class FxTaskRunnerTest {

    private static final long PATIENCE_SECONDS = 30;

    private final FxTaskRunner tasks = new FxTaskRunner();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stopRunner() throws Exception {
        tasks.shutdown().get(PATIENCE_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void writesRunInTheOrderTheyWereStartedOnOneThread() throws Exception {
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) {
            int number = i;
            tasks.write(context -> {
                order.add(number);
                threads.add(Thread.currentThread().getName());
                return null;
            }).onSuccess(value -> done.countDown()).start();
        }

        assertThat(done.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactlyElementsOf(java.util.stream.IntStream.range(0, 20).boxed().toList());
        assertThat(threads).allMatch(name -> name.equals(threads.get(0))).allMatch(name -> name.startsWith("kith-writer"));
    }

    @Test
    void outcomesArriveOnTheFxThreadAndWorkRunsElsewhere() throws Exception {
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(2);
        tasks.read(context -> Platform.isFxApplicationThread()).onSuccess(workOnFx -> {
            onFxThread.add(workOnFx);
            onFxThread.add(Platform.isFxApplicationThread());
            done.countDown();
        }).start();
        tasks.write(context -> {
            throw new IllegalStateException("refused");
        }).onError(error -> {
            onFxThread.add(Platform.isFxApplicationThread());
            done.countDown();
        }).start();

        assertThat(done.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(onFxThread).containsExactlyInAnyOrder(false, true, true);
    }

    @Test
    void aReadRunsWhileALongWriteIsBusy() throws Exception {
        CountDownLatch writeStarted = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        CountDownLatch writeEnded = new CountDownLatch(1);
        tasks.write(context -> {
            writeStarted.countDown();
            // The write waits for the read: with one shared thread this would never end.
            return readDone.await(PATIENCE_SECONDS, TimeUnit.SECONDS);
        }).onSuccess(readFinishedFirst -> {
            if (readFinishedFirst) {
                writeEnded.countDown();
            }
        }).start();
        assertThat(writeStarted.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        tasks.read(context -> {
            readDone.countDown();
            return null;
        }).start();

        assertThat(writeEnded.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void cancellingLongWorkStopsItAndRunsTheCancelledHandler() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        List<String> outcome = new CopyOnWriteArrayList<>();
        BackgroundTask<String> task = tasks.write(context -> {
            running.countDown();
            while (!context.isCancelled()) {
                context.progress(1, 0, "still going");
                Thread.onSpinWait();
            }
            return "stopped";
        });
        task.onSuccess(outcome::add).onCancelled(() -> {
            outcome.add("cancelled");
            cancelled.countDown();
        }).start();
        assertThat(running.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();

        task.cancel();

        assertThat(cancelled.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(outcome).containsExactly("cancelled");
    }

    @Test
    void shutdownLetsTheQueuedWritesFinish() throws Exception {
        List<Integer> written = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            int number = i;
            tasks.write(context -> written.add(number)).start();
        }

        tasks.shutdown().get(PATIENCE_SECONDS, TimeUnit.SECONDS);

        assertThat(written).containsExactly(0, 1, 2, 3, 4);
    }
}
