package app.kith.ui.pictures;

import app.kith.insight.JournalInsight;
import app.kith.store.Journal;
import app.kith.store.JournalException;
import app.kith.store.ScoreHistory;
import app.kith.ui.common.BackgroundTask;
import app.kith.ui.common.Cancellable;
import app.kith.ui.common.TaskRunner;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journal's insight as of past days, worked out in the background one day at a time (the insight model asked
 * about that day, {@link ScoreHistory}) and kept for the session, most wanted day first. A large journal keeps
 * fewer days (about {@value #BUDGET} people's insight in all) and works out again a day it let go.
 */
final class PastReadings {

    /** People's insights kept in all: every day of the M sample, the last dozen or so of L. */
    static final int BUDGET = 150_000;
    private static final int FEWEST_DAYS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(PastReadings.class);

    private final TaskRunner tasks;
    private final Runnable arrived;
    private Journal journal;
    private int keep = FEWEST_DAYS;
    private long generation;
    private ScoreHistory history;
    private Map<LocalDate, JournalInsight> kept = new LinkedHashMap<>();
    private List<LocalDate> wanted = List.of();
    private Cancellable running;
    private String problem;

    /** @param arrived told on the FX thread each time a day has been worked out (or failed) */
    PastReadings(TaskRunner tasks, Runnable arrived) {
        this.tasks = tasks;
        this.arrived = arrived;
    }

    /** Forgets every day: the journal changed (or another one is open), so the past may read differently. */
    void reset(Journal open, int people) {
        generation++;
        if (running != null) {
            running.cancel();
            running = null;
        }
        journal = open;
        history = null;
        problem = null;
        keep = Math.max(FEWEST_DAYS, BUDGET / Math.max(1, people));
        kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<LocalDate, JournalInsight> eldest) {
                return size() > keep;
            }
        };
    }

    /** Lets go of the decoded timelines once nobody replays; the days worked out are kept. */
    void release() {
        if (running == null) {
            history = null;
        }
    }

    /** The insight as of the day, or null while it is not worked out. */
    JournalInsight get(LocalDate day) {
        return kept.get(day);
    }

    boolean has(LocalDate day) {
        return kept.containsKey(day);
    }

    /** Why the past could not be read, in a sentence, or null. */
    String problem() {
        return problem;
    }

    /** The days to work out, most wanted first; the ones already kept are skipped. */
    void want(List<LocalDate> days) {
        wanted = List.copyOf(days);
        pump();
    }

    private void pump() {
        if (running != null || journal == null || problem != null) {
            return;
        }
        LocalDate day = wanted.stream().filter(wish -> !kept.containsKey(wish)).findFirst().orElse(null);
        if (day == null) {
            return;
        }
        long asked = generation;
        Journal open = journal;
        ScoreHistory known = history;
        BackgroundTask<Worked> task = tasks.read(context -> {
            ScoreHistory past = known != null ? known : open.scores().history();
            return new Worked(past, past.asOf(day));
        });
        // Set before it starts: a runner on the calling thread finishes it (and starts the next) inside start().
        running = task;
        task.onSuccess(worked -> {
            if (asked == generation) {
                running = null;
                history = worked.history();
                kept.put(day, worked.insight());
                arrived.run();
                pump();
            }
        }).onError(JournalException.class, error -> failed(asked, error.getMessage()))
                .onError(error -> {
                    LOG.error("Working out the journal as of {} failed", day, error);
                    failed(asked, "Kith could not work out how the journal read on " + day + ".");
                })
                .start();
    }

    private void failed(long asked, String sentence) {
        if (asked == generation) {
            running = null;
            problem = sentence;
            arrived.run();
        }
    }

    private record Worked(ScoreHistory history, JournalInsight insight) {
    }
}
