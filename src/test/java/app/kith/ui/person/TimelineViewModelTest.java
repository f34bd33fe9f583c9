package app.kith.ui.person;

import static app.kith.ui.person.SectionJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourStatus;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.ui.person.TimelineRows.Conversation;
import app.kith.ui.person.TimelineRows.FavourLine;
import app.kith.ui.person.TimelineRows.Month;
import app.kith.ui.person.TimelineRows.Row;
import app.kith.ui.common.RecordingEditor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimelineViewModelTest {

    @TempDir
    Path folder;

    private SectionJournal data;
    private final RecordingEditor editor = new RecordingEditor();
    private TimelineViewModel timeline;
    private Person maya;

    @BeforeEach
    void open() {
        data = new SectionJournal(folder);
        timeline = new TimelineViewModel(data.tasks, data.open, data.changes, editor, Locale.UK);
        maya = data.person("Maya Cole");
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void conversationsAndFavoursComeNewestFirstUnderTheirMonth() {
        Person ben = data.person("Ben Okafor");
        data.talk(LocalDate.of(2026, 10, 3), Depth.CATCH_UP, Channel.VIDEO, null, null, maya);
        data.favour(LocalDate.of(2026, 11, 2), maya, FavourDirection.GIVEN, FavourStatus.PROMISED);
        data.talk(LocalDate.of(2026, 11, 20), Depth.DEEP, Channel.IN_PERSON, 90,
                "Her move to Porto\nand the job there", maya, ben);

        timeline.show(maya.id());

        List<Row> rows = timeline.rows();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).isEqualTo(new Month(java.time.YearMonth.of(2026, 11), "November 2026"));
        Conversation dinner = (Conversation) rows.get(1);
        assertThat(dinner.title()).isEqualTo("Deep \u00b7 In person \u00b7 90 min");
        assertThat(dinner.with()).isEqualTo("with Ben Okafor");
        assertThat(dinner.note()).isEqualTo("Her move to Porto");
        assertThat(dinner.day()).isEqualTo("Fri, 20");
        FavourLine advice = (FavourLine) rows.get(2);
        assertThat(advice.title()).isEqualTo("You gave \u00b7 Advice \u00b7 Medium");
        assertThat(advice.promised()).isTrue();
        assertThat(advice.note()).isEqualTo("advice on the move");
        assertThat(((Month) rows.get(3)).title()).isEqualTo("October 2026");
        Conversation call = (Conversation) rows.get(4);
        assertThat(call.title()).isEqualTo("Catch-up \u00b7 Video");
        assertThat(call.with()).isEmpty();
        assertThat(timeline.moreProperty().get()).isFalse();
        assertThat(timeline.emptyProperty().get()).isFalse();
    }

    @Test
    void aLongHistoryIsReadAPageAtATimeWithoutRepeatingTheMonth() {
        List<Interaction> talks = new ArrayList<>();
        for (int day = 0; day < 100; day++) {
            talks.add(SectionJournal.conversation(TODAY.minusDays(day), Depth.CATCH_UP, Channel.CALL, maya));
        }
        data.bulk(talks, List.of());

        timeline.show(maya.id());

        assertThat(entries()).hasSize(TimelineViewModel.PAGE);
        assertThat(timeline.moreProperty().get()).isTrue();

        timeline.showMore();
        timeline.showMore();

        assertThat(entries()).hasSize(100).doesNotHaveDuplicates();
        assertThat(timeline.moreProperty().get()).isFalse();
        List<String> months = timeline.rows().stream().filter(Month.class::isInstance).map(row -> ((Month) row).title())
                .toList();
        assertThat(months).doesNotHaveDuplicates().startsWith("November 2026", "October 2026");
    }

    @Test
    void aChangeReadsAgainAsManyAsWereShownWithTheNewEntryOnTop() {
        List<Interaction> talks = new ArrayList<>();
        for (int day = 1; day <= 60; day++) {
            talks.add(SectionJournal.conversation(TODAY.minusDays(day), Depth.CATCH_UP, Channel.CALL, maya));
        }
        data.bulk(talks, List.of());
        timeline.show(maya.id());
        timeline.showMore();

        Interaction fresh = data.talk(TODAY, maya);
        data.changes.changed();

        assertThat(entries()).hasSize(60);
        assertThat(((Conversation) timeline.rows().get(1)).id()).isEqualTo(fresh.id());
        assertThat(timeline.moreProperty().get()).isTrue();
    }

    @Test
    void openingAnEntryAsksTheLogDialogToEditIt() {
        Interaction talk = data.talk(TODAY, maya);
        Favour favour = data.favour(TODAY.minusDays(1), maya, FavourDirection.RECEIVED, FavourStatus.DONE);
        timeline.show(maya.id());

        timeline.open(timeline.rows().get(1));
        timeline.open(timeline.rows().get(2));

        assertThat(editor.asked).containsExactly("edit conversation " + talk.id(), "edit favour " + favour.id());
    }

    @Test
    void withNothingLoggedTheTimelineIsEmptyAndOffersTheFirstConversation() {
        timeline.show(maya.id());

        assertThat(timeline.emptyProperty().get()).isTrue();
        assertThat(timeline.rows()).isEmpty();

        timeline.logFirst();

        assertThat(editor.asked).containsExactly("log conversation with [" + maya.id() + "]");
    }

    @Test
    void anotherPersonStartsFromTheirNewestPage() {
        Person tom = data.person("Tom Reed");
        data.talk(TODAY, tom);
        data.talk(TODAY, maya);
        timeline.show(maya.id());

        timeline.show(tom.id());

        assertThat(entries()).hasSize(1);
        assertThat(timeline.emptyProperty().get()).isFalse();
    }

    private List<Row> entries() {
        return timeline.rows().stream().filter(row -> !(row instanceof Month)).toList();
    }
}
