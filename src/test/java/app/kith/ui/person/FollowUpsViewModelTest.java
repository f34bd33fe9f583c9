package app.kith.ui.person;

import static app.kith.ui.person.SectionJournal.CLOCK;
import static app.kith.ui.person.SectionJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.person.FollowUpsViewModel.Item;
import app.kith.ui.person.FollowUpsViewModel.State;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpsViewModelTest {

    @TempDir
    Path folder;

    private SectionJournal data;
    private final List<String> offered = new ArrayList<>();
    private final List<Runnable> undos = new ArrayList<>();
    private FollowUpsViewModel followUps;
    private Person maya;

    @BeforeEach
    void open() {
        data = new SectionJournal(folder);
        followUps = new FollowUpsViewModel(data.tasks, data.open, data.changes, CLOCK, new OfferedUndos((message, undo) -> {
            offered.add(message);
            undos.add(undo);
        }), Locale.UK);
        maya = data.person("Maya Cole");
    }

    @AfterEach
    void close() {
        data.close();
    }

    @Test
    void anAddedFollowUpIsSavedShownAndTheFieldEmptied() {
        followUps.show(maya.id());
        followUps.newDueProperty().set(TODAY.plusDays(3));
        followUps.newTextProperty().set("Send her the article on Porto");

        followUps.add();

        assertThat(data.journal.followUps().forPerson(maya.id())).extracting(FollowUp::text)
                .containsExactly("Send her the article on Porto");
        assertThat(followUps.items()).extracting(Item::text, Item::state, Item::when)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Send her the article on Porto", State.UPCOMING,
                        "in 3 days"));
        assertThat(followUps.newTextProperty().get()).isEmpty();
        assertThat(data.changes.revisionProperty().get()).isEqualTo(1);
    }

    @Test
    void withoutTextNothingIsAddedAndTheReasonIsSaid() {
        followUps.show(maya.id());
        followUps.newTextProperty().set("  ");

        followUps.add();

        assertThat(followUps.newErrorProperty().get()).isEqualTo("Say what to do.");
        assertThat(data.journal.followUps().forPerson(maya.id())).isEmpty();

        followUps.newTextProperty().set("Call");
        assertThat(followUps.newErrorProperty().get()).isNull();
    }

    @Test
    void lateOnesComeFirstAndStandOutThenTodaysThenLaterOnesThenTheDone() {
        add(TODAY.plusDays(30), "Book the dinner", false);
        add(TODAY, "Ask about the move", false);
        add(TODAY.minusDays(3), "Return the book", false);
        add(TODAY.minusDays(40), "Send the photos", true);

        followUps.show(maya.id());

        assertThat(followUps.items()).extracting(Item::text)
                .containsExactly("Return the book", "Ask about the move", "Book the dinner", "Send the photos");
        assertThat(followUps.items()).extracting(Item::state)
                .containsExactly(State.OVERDUE, State.DUE_TODAY, State.UPCOMING, State.DONE);
        assertThat(followUps.items()).extracting(Item::when)
                .containsExactly("3 days ago", "today", "in 30 days", "40 days ago");
    }

    @Test
    void tickingOneOffMarksItDoneAndUntickingPutsItBack() {
        FollowUp call = add(TODAY, "Call about the job", false);
        followUps.show(maya.id());

        followUps.markDone(call.id(), true);

        assertThat(followUps.items().get(0).state()).isEqualTo(State.DONE);
        assertThat(data.journal.followUps().dueBy(TODAY)).isEmpty();

        followUps.markDone(call.id(), false);

        assertThat(followUps.items().get(0).state()).isEqualTo(State.DUE_TODAY);
        assertThat(data.journal.followUps().dueBy(TODAY)).extracting(FollowUp::id).containsExactly(call.id());
    }

    @Test
    void aDeletedFollowUpGoesAndUndoBringsItBack() {
        FollowUp call = add(TODAY, "Call about the job", false);
        followUps.show(maya.id());

        followUps.delete(call.id());

        assertThat(followUps.items()).isEmpty();
        assertThat(offered).containsExactly("Deleted the follow-up \u201cCall about the job\u201d");

        undos.get(0).run();

        assertThat(followUps.items()).extracting(Item::followUp).containsExactly(call);
    }

    @Test
    void deletingOneAlreadyGoneSaysSo() {
        FollowUp call = add(TODAY, "Call about the job", false);
        followUps.show(maya.id());
        data.journal.followUps().delete(call.id());

        followUps.delete(call.id());

        assertThat(followUps.writeErrorProperty().get()).isEqualTo("That follow-up is no longer in the journal.");
        assertThat(offered).isEmpty();
    }

    @Test
    void anotherPersonShowsTheirOwnAndTheFormStartsAfresh() {
        add(TODAY, "Call about the job", false);
        Person tom = data.person("Tom Reed");
        followUps.show(maya.id());
        followUps.newTextProperty().set("half typed");

        followUps.show(tom.id());

        assertThat(followUps.items()).isEmpty();
        assertThat(followUps.newTextProperty().get()).isEmpty();
    }

    private FollowUp add(java.time.LocalDate due, String text, boolean done) {
        FollowUp followUp = new FollowUp(java.util.UUID.randomUUID(), maya.id(), due, text, done);
        data.journal.followUps().add(followUp);
        return followUp;
    }
}
