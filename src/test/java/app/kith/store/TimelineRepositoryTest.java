package app.kith.store;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimelineRepositoryTest extends JournalTest {

    @Test
    void conversationsAndFavoursComeMergedNewestFirst() {
        Person ada = addPerson("Ada");
        Interaction old = logTalk(TODAY.minusDays(30), ada);
        Favour advice = favour(TODAY.minusDays(10), ada.id(), null);
        journal.favours().add(advice);
        Interaction recent = logTalk(TODAY.minusDays(2), ada);

        TimelinePage page = journal.timeline().page(ada.id(), 0, 10);

        assertThat(page.entries()).extracting(TimelineEntry::id).containsExactly(recent.id(), advice.id(), old.id());
        assertThat(page.entries().get(1)).isEqualTo(new TimelineEntry.FavourDone(advice));
        assertThat(page.entries().get(0)).isEqualTo(new TimelineEntry.Conversation(recent));
        assertThat(page.more()).isFalse();
    }

    @Test
    void aFavourLoggedWithItsConversationFollowsIt() {
        Person ada = addPerson("Ada");
        Interaction talk = talk(TODAY, ada);
        Favour advice = favour(TODAY, ada.id(), talk.id());
        journal.interactions().log(talk, List.of(advice), null);

        assertThat(journal.timeline().page(ada.id(), 0, 10).entries()).extracting(TimelineEntry::id)
                .containsExactly(talk.id(), advice.id());
    }

    @Test
    void onOneDayATimedConversationComesBeforeAnUntimedOne() {
        Person ada = addPerson("Ada");
        Interaction timed = talk(TODAY, ada);
        timed = new Interaction(timed.id(), TODAY, LocalTime.of(9, 0), timed.channel(), timed.depth(),
                timed.initiatedBy(), timed.minutes(), timed.people(), null);
        journal.interactions().add(timed);
        Interaction untimed = logTalk(TODAY, ada);

        assertThat(journal.timeline().page(ada.id(), 0, 10).entries()).extracting(TimelineEntry::id)
                .containsExactly(timed.id(), untimed.id());
    }

    @Test
    void pagesFollowOnWithoutGapsOrRepeats() {
        Person ada = addPerson("Ada");
        for (int day = 0; day < 25; day++) {
            if (day % 3 == 0) {
                journal.favours().add(favour(TODAY.minusDays(day), ada.id(), null));
            } else {
                logTalk(TODAY.minusDays(day), ada);
            }
        }

        List<UUID> read = new ArrayList<>();
        TimelinePage page;
        int offset = 0;
        do {
            page = journal.timeline().page(ada.id(), offset, 10);
            page.entries().forEach(entry -> read.add(entry.id()));
            offset += page.entries().size();
        } while (page.more());

        assertThat(read).hasSize(25).doesNotHaveDuplicates();
        assertThat(offset).isEqualTo(25);
        assertThat(journal.timeline().page(ada.id(), 0, 25).more()).isFalse();
        assertThat(journal.timeline().page(ada.id(), 0, 24).more()).isTrue();
    }

    @Test
    void onlyThePersonsOwnEntriesWithTheNamesOfEveryoneInThem() {
        Person ada = addPerson("Ada");
        Person bob = addPerson("Bob");
        Person cy = addPerson("Cy");
        Interaction dinner = logTalk(TODAY, ada, bob);
        logTalk(TODAY, cy);
        journal.favours().add(favour(TODAY, cy.id(), null));

        TimelinePage page = journal.timeline().page(ada.id(), 0, 10);

        assertThat(page.entries()).extracting(TimelineEntry::id).containsExactly(dinner.id());
        assertThat(page.names()).containsEntry(ada.id(), "Ada").containsEntry(bob.id(), "Bob").hasSize(2);
    }

    @Test
    void someoneWithoutEntriesHasAnEmptyTimeline() {
        Person ada = addPerson("Ada");

        TimelinePage page = journal.timeline().page(ada.id(), 0, 10);

        assertThat(page.entries()).isEmpty();
        assertThat(page.more()).isFalse();
    }

    @Test
    void aNegativeOffsetIsRefused() {
        assertThatThrownBy(() -> journal.timeline().page(UUID.randomUUID(), -1, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
