package app.kith.ui.home;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.JournalCounts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class TodayViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final SimpleObjectProperty<JournalCounts> counts = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Path> folder = new SimpleObjectProperty<>(Path.of("/home/me/kith"));
    private final SimpleBooleanProperty sample = new SimpleBooleanProperty();
    private final TodayViewModel today = new TodayViewModel(counts, folder, sample, CLOCK, Locale.UK);

    @Test
    void theJournalIsSummedUpInOneLine() {
        counts.set(new JournalCounts(1000, 50_000, 5000, 312));

        assertThat(today.summaryProperty().get())
                .isEqualTo("1,000 people · 50,000 conversations · 5,000 favours · 312 follow-ups");
        assertThat(today.emptyHintProperty().get()).isEmpty();
        assertThat(today.firstStartProperty().get()).isFalse();
    }

    @Test
    void oneOfEachIsSingular() {
        counts.set(new JournalCounts(1, 1, 1, 1));

        assertThat(today.summaryProperty().get()).isEqualTo("1 person · 1 conversation · 1 favour · 1 follow-up");
    }

    @Test
    void numbersFollowTheLocale() {
        assertThat(TodayViewModel.summary(new JournalCounts(1000, 0, 0, 0), Locale.GERMANY)).startsWith("1.000 people");
    }

    @Test
    void peopleWithoutEntriesGetASentenceAboutWhatComesHere() {
        counts.set(new JournalCounts(2, 0, 0, 0));

        assertThat(today.emptyHintProperty().get()).startsWith("No conversations or favours logged yet");
    }

    @Test
    void anEmptyJournalMeansTheFirstStartPage() {
        counts.set(new JournalCounts(0, 0, 0, 0));

        assertThat(today.firstStartProperty().get()).isTrue();
    }

    @Test
    void theDateAndTheFolderAreShown() {
        counts.set(new JournalCounts(3, 0, 0, 0));

        assertThat(today.dateProperty().get()).isEqualTo("Sunday, 22 November 2026");
        assertThat(today.folderLineProperty().get()).isEqualTo("Your journal is kept in /home/me/kith");
        assertThat(today.journalCaptionProperty().get()).isEqualTo("Your journal");

        sample.set(true);

        assertThat(today.folderLineProperty().get()).isEqualTo("This sample journal is kept in /home/me/kith");
        assertThat(today.journalCaptionProperty().get()).isEqualTo("This sample journal");
    }
}
