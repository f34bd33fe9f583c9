package app.kith.bench;

import app.kith.store.Journal;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.people.PeopleListViewModel;
import app.kith.ui.people.PersonRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Search as you type on L's people list (PRODUCT.md: at most 16 ms per keystroke at the 95th percentile): each
 * call types one more letter of a name or organisation, or clears the field after a word, as a person does. The
 * list's view model only; the bench main ui.people.PeopleSearchBench adds the screen's CSS and layout.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 4)
public class SearchBench {

    private static final int WORDS = 300;

    @Benchmark
    public int keystroke(Typing typing) {
        typing.list.queryProperty().set(typing.next());
        return typing.list.rows().size();
    }

    /** The list, filled from L, and what is typed into its search field. */
    @State(Scope.Thread)
    public static class Typing {
        PeopleListViewModel list;
        private final List<String> queries = new ArrayList<>();
        private int at;

        @Setup(Level.Trial)
        public void fill(LargeJournal large) {
            var open = new SimpleObjectProperty<Journal>(large.journal);
            list = new PeopleListViewModel(new InsightSnapshot(new SameThreadTaskRunner(), open, new JournalChanges(),
                    large.clock), Locale.UK);
            list.activate();
            Random random = new Random(7);
            List<PersonRow> rows = new ArrayList<>(list.rows());
            for (int i = 0; i < WORDS; i++) {
                PersonRow row = rows.get(random.nextInt(rows.size()));
                String text = i % 4 == 3 && row.organization() != null ? row.organization() : row.name();
                String word = text.substring(0, Math.min(text.length(), 4 + random.nextInt(5)));
                for (int letters = 1; letters <= word.length(); letters++) {
                    queries.add(word.substring(0, letters));
                }
                queries.add("");
            }
        }

        String next() {
            String query = queries.get(at);
            at = (at + 1) % queries.size();
            return query;
        }
    }
}
