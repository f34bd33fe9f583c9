package app.kith.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.MatchKeys;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People › Find duplicates without the window: the pairs, the merge into the person chosen, and its undo. */
class DuplicatesViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private final JournalChanges changes = new JournalChanges();
    private final List<String> offered = new ArrayList<>();
    private final List<Runnable> undos = new ArrayList<>();
    private final OfferedUndos undo = new OfferedUndos((message, back) -> {
        offered.add(message);
        undos.add(back);
    });
    private final Person bob = Person.builder().name("Bob Smith").emails(List.of("bob@example.org"))
            .organization("Acme").build();
    private final Person robert = Person.builder().name("Robert Smith").emails(List.of("BOB@example.org"))
            .phones(List.of("+44 20 7946 0000")).build();
    private final Person zoe = Person.named("Zoë Quinn");
    private Journal journal;
    private DuplicatesViewModel model;

    @BeforeEach
    void open() {
        journal = Journal.open(data, CLOCK);
        journal.people().add(bob);
        journal.people().add(robert);
        journal.people().add(zoe);
        journal.interactions().add(Interaction.create(LocalDate.of(2026, 11, 1), Channel.CALL, Depth.DEEP,
                Initiator.ME, 40, List.of(robert.id()), "his new job"));
        model = new DuplicatesViewModel(new SameThreadTaskRunner(), new SimpleObjectProperty<>(journal), changes, undo,
                new MatchKeys("GB"));
    }

    @AfterEach
    void close() {
        journal.close();
    }

    @Test
    void listsEachPairWithWhyAndWhatSetsThemApart() {
        model.open();

        assertThat(model.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.PAIRS);
        assertThat(model.pairs()).hasSize(1);
        DuplicateRow pair = model.pairs().get(0);
        assertThat(pair.title()).isEqualTo("Bob Smith and Robert Smith");
        assertThat(pair.why()).isEqualTo("The same email, similar names");
        assertThat(pair.first().detail()).isEqualTo("bob@example.org · Acme");
        assertThat(pair.second().detail()).isEqualTo("BOB@example.org");
        assertThat(pair.keepProperty().get()).isEqualTo(bob.id());
    }

    @Test
    void mergeKeepsThePersonChosenTellsTheWindowAndOffersTheUndo() {
        model.open();
        DuplicateRow pair = model.pairs().get(0);
        pair.keepProperty().set(robert.id());
        long revision = changes.revisionProperty().get();

        model.merge(pair);

        assertThat(changes.revisionProperty().get()).isGreaterThan(revision);
        assertThat(journal.people().get(bob.id())).isEmpty();
        Person merged = journal.people().get(robert.id()).orElseThrow();
        assertThat(merged.organization()).isEqualTo("Acme");
        assertThat(merged.phones()).containsExactly("+44 20 7946 0000");
        assertThat(journal.interactions().countForPerson(robert.id())).isEqualTo(1);
        assertThat(offered).containsExactly("Merged Bob Smith into Robert Smith");
        assertThat(model.messageProperty().get()).startsWith("Merged Bob Smith into Robert Smith: their conversations");
        // The list follows the journal: the pair is gone.
        assertThat(model.pairs()).isEmpty();
        assertThat(model.stateProperty().get()).isEqualTo(DuplicatesViewModel.State.NONE);

        undos.get(0).run();

        assertThat(journal.people().get(bob.id())).contains(bob);
        assertThat(journal.people().get(robert.id())).contains(robert);
        assertThat(journal.interactions().countForPerson(robert.id())).isEqualTo(1);
        assertThat(journal.interactions().countForPerson(bob.id())).isZero();
        assertThat(model.pairs()).hasSize(1);
        assertThat(model.messageProperty().get()).isEqualTo("Robert Smith and Bob Smith are two people again.");
    }

    @Test
    void aPairWhoseOneIsGoneSaysSoAndChangesNothing() {
        model.open();
        DuplicateRow pair = model.pairs().get(0);
        model.close();
        journal.people().delete(bob.id());

        model.merge(pair);

        assertThat(model.messageProperty().get()).isNotBlank().doesNotContain("Exception");
        assertThat(journal.people().get(robert.id())).contains(robert);
        assertThat(offered).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void onceClosedTheListNoLongerFollowsTheJournal() {
        model.open();
        model.close();
        journal.people().add(Person.builder().name("Zoe Quinn").build());

        changes.changed();

        assertThat(model.pairs()).hasSize(1);
        model.open();
        assertThat(model.pairs()).hasSize(2);
    }
}
