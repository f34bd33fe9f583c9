package app.kith.ui.people;

import app.kith.ui.common.InsightReading;
import app.kith.ui.common.InsightSnapshot;
import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.PersonEditor;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.person.PersonPage;
import app.kith.ui.person.PersonPageViewModel;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Not a test: measures the People screen on a journal made by {@code kith sample} (run on a copy).
 * {@code java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -cp … \
 *  app.kith.ui.people.PeopleSearchBench DIR}
 * Reports reading the list (median of 5), one keystroke of the search (typing the first letters of
 * 300 people's names and organisations one by one, then clearing), in the view model alone and with
 * the real screen's CSS and layout on the FX thread (p50, p95, max), and opening a person's page
 * (reading what the header shows; p50, p95).
 */
public final class PeopleSearchBench {

    private static final int TYPED = 300;

    private PeopleSearchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Clock clock = Clock.systemDefaultZone();
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        try (Journal journal = Journal.open(folder, clock)) {
            System.out.printf(Locale.ROOT, "%s: %s%n", folder, journal.counts());
            long[] reads = new long[5];
            for (int i = 0; i < reads.length; i++) {
                long start = System.nanoTime();
                PeopleSnapshot.of(InsightReading.read(journal, LocalDate.now(clock)));
                reads[i] = System.nanoTime() - start;
            }
            Arrays.sort(reads);
            parts(journal, clock);
            System.out.printf(Locale.ROOT, "list read (summaries, scores, follow-ups, search text): median %.1f ms%n",
                    reads[2] / 1e6);
            onFx(() -> measure(journal, clock));
        }
        Platform.exit();
    }

    /** Where the list read's time goes, and the read of one person for the page. */
    private static void parts(Journal journal, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        long start = System.nanoTime();
        var summaries = journal.people().summaries();
        long summaried = System.nanoTime();
        journal.scores().asOf(today);
        long scored = System.nanoTime();
        journal.followUps().dueBy(today);
        long due = System.nanoTime();
        System.out.printf(Locale.ROOT, "  of which summaries %.1f ms, scores %.1f ms, follow-ups due %.1f ms%n",
                (summaried - start) / 1e6, (scored - summaried) / 1e6, (due - scored) / 1e6);
        Random random = new Random(3);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID id = summaries.get(random.nextInt(summaries.size())).id();
            long begin = System.nanoTime();
            journal.people().get(id);
            if (i >= 100) {
                times.add(System.nanoTime() - begin);
            }
        }
        report("  reading one person with every detail", times);
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        done.get();
    }

    private static void measure(Journal journal, Clock clock) {
        SimpleObjectProperty<Journal> open = new SimpleObjectProperty<>(journal);
        JournalChanges changes = new JournalChanges();
        PeopleListViewModel list = new PeopleListViewModel(
                new InsightSnapshot(new SameThreadTaskRunner(), open, changes, clock), Locale.UK);
        list.activate();
        List<String> words = words(list);
        System.out.printf(Locale.ROOT, "%,d people listed; %d searches typed%n", list.rows().size(), words.size());
        type(list, words, null, "keystroke, view model only");

        PersonPageViewModel page = new PersonPageViewModel(new SameThreadTaskRunner(), open, changes,
                new OfferedUndos((message, undo) -> { }), new NoEntries(), new NoEditor(), id -> { }, id -> {
                    PersonRow row = list.row(id);
                    return row == null ? null : row.glance();
                }, list.rows());
        page.personIdProperty().bind(list.selectedProperty());
        PersonPage pageView = new PersonPage(page, List.of(), clock, Locale.UK);
        PeopleScreen screen = new PeopleScreen(list, pageView.node(), () -> { }, clock, Locale.UK);
        Stage stage = new Stage();
        Scene scene = new Scene((Parent) screen.node(), 1440, 900);
        stage.setScene(scene);
        stage.show();
        layout(scene);
        type(list, words, scene, "keystroke, with the screen's CSS and layout");
        openPages(list, scene);
        stage.close();
    }

    /** The first letters of names and organisations: what a person types to find someone. */
    private static List<String> words(PeopleListViewModel list) {
        Random random = new Random(7);
        List<PersonRow> rows = new ArrayList<>(list.rows());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < TYPED; i++) {
            PersonRow row = rows.get(random.nextInt(rows.size()));
            String text = i % 4 == 3 && row.organization() != null ? row.organization() : row.name();
            words.add(text.substring(0, Math.min(text.length(), 4 + random.nextInt(5))));
        }
        return words;
    }

    private static void type(PeopleListViewModel list, List<String> words, Scene scene, String what) {
        List<Long> times = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            times.clear();
            for (String word : words) {
                for (int i = 1; i <= word.length(); i++) {
                    times.add(keystroke(list, word.substring(0, i), scene));
                }
                times.add(keystroke(list, "", scene));
            }
        }
        report(what, times);
    }

    private static long keystroke(PeopleListViewModel list, String query, Scene scene) {
        long start = System.nanoTime();
        list.queryProperty().set(query);
        if (scene != null) {
            layout(scene);
        }
        return System.nanoTime() - start;
    }

    private static void openPages(PeopleListViewModel list, Scene scene) {
        List<PersonRow> rows = new ArrayList<>(list.rows());
        Random random = new Random(11);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            UUID id = rows.get(random.nextInt(rows.size())).id();
            long start = System.nanoTime();
            list.selectedProperty().set(id);
            layout(scene);
            if (i >= 100) {
                times.add(System.nanoTime() - start);
            }
        }
        report("person page open (read and shown)", times);
    }

    private static void layout(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
    }

    private static void report(String what, List<Long> times) {
        long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d samples)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) (sorted.length * 0.95)] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static final class NoEntries implements EntryEditor {
        @Override
        public void logConversation(List<UUID> with, java.util.function.Consumer<UUID> closed) {
        }

        @Override
        public void logFavour(UUID with) {
        }

        @Override
        public void editInteraction(UUID id) {
        }

        @Override
        public void editFavour(UUID id) {
        }
    }

    private static final class NoEditor implements PersonEditor {
        @Override
        public void addPerson(Consumer<UUID> whenAdded) {
        }

        @Override
        public void editPerson(UUID id) {
        }
    }
}
