package app.kith.ui.person;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.ui.common.EntryEditor;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.OfferedUndos;
import app.kith.ui.common.PersonEditor;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersonPageViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private Journal journal;
    private final JournalChanges changes = new JournalChanges();
    private final List<String> offered = new ArrayList<>();
    private final List<Runnable> undos = new ArrayList<>();
    private final List<UUID> revealed = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final SimpleStringProperty glanceChanged = new SimpleStringProperty();
    private PersonPageViewModel page;

    private final Person maya = Person.builder().name("Maya Cole").organization("Acme").build();
    private final Person tom = Person.named("Tom Reed");

    @BeforeEach
    void open() {
        journal = Journal.open(data, CLOCK);
        journal.people().add(maya);
        journal.people().add(tom);
        page = new PersonPageViewModel(new SameThreadTaskRunner(), new SimpleObjectProperty<>(journal), changes,
                new OfferedUndos((message, undo) -> {
                    offered.add(message);
                    undos.add(undo);
                }), entries(), editor(), revealed::add, id -> id.equals(maya.id()) ? "Ring 5 · Chat" : null,
                glanceChanged);
    }

    @AfterEach
    void close() {
        journal.close();
    }

    private EntryEditor entries() {
        return new EntryEditor() {
            @Override
            public void logConversation(List<UUID> with, java.util.function.Consumer<UUID> closed) {
                opened.add("log " + with);
            }

            @Override
            public void logFavour(UUID with) {
                opened.add("favour " + with);
            }

            @Override
            public void editInteraction(UUID id) {
            }

            @Override
            public void editFavour(UUID id) {
            }
        };
    }

    private PersonEditor editor() {
        return new PersonEditor() {
            @Override
            public void addPerson(Consumer<UUID> whenAdded) {
            }

            @Override
            public void editPerson(UUID id) {
                opened.add("edit " + id);
            }
        };
    }

    private static Interaction talk(LocalDate day, Person... people) {
        return Interaction.create(day, Channel.CALL, Depth.CATCH_UP, Initiator.ME, 20,
                java.util.Arrays.stream(people).map(Person::id).toList(), null);
    }

    @Test
    void choosingSomeoneShowsThemWithTheirGlance() {
        page.personIdProperty().set(maya.id());

        assertThat(page.personProperty().get().organization()).isEqualTo("Acme");
        assertThat(page.glanceProperty().get()).isEqualTo("Ring 5 · Chat");
        page.personIdProperty().set(null);
        assertThat(page.personProperty().get()).isNull();
    }

    @Test
    void theActionsOpenTheEditorsForThePersonShown() {
        page.personIdProperty().set(maya.id());

        page.logConversation();
        page.logFavour();
        page.edit();

        assertThat(opened).containsExactly("log [" + maya.id() + "]", "favour " + maya.id(), "edit " + maya.id());
    }

    @Test
    void archivingAndUnarchivingIsWrittenAndTheScreensAreTold() {
        page.personIdProperty().set(maya.id());

        page.toggleArchived();

        assertThat(journal.people().get(maya.id()).orElseThrow().archived()).isTrue();
        assertThat(page.personProperty().get().archived()).isTrue();
        assertThat(changes.revisionProperty().get()).isEqualTo(1);
        page.toggleArchived();
        assertThat(journal.people().get(maya.id()).orElseThrow().archived()).isFalse();
    }

    @Test
    void someoneWithoutEntriesIsDeletedAtOnceAndUndoBringsThemBack() {
        page.personIdProperty().set(tom.id());

        page.delete();

        assertThat(page.questionProperty().get()).isNull();
        assertThat(journal.people().get(tom.id())).isEmpty();
        assertThat(offered).containsExactly("Deleted Tom Reed");
        undos.get(0).run();
        assertThat(journal.people().get(tom.id())).isPresent();
        assertThat(revealed).containsExactly(tom.id());
    }

    @Test
    void someoneWithEntriesIsNotDeletedBeforeTheUserChooses() {
        journal.interactions().add(talk(TODAY.minusDays(2), maya));
        journal.interactions().add(talk(TODAY.minusDays(3), maya, tom));
        journal.favours().add(Favour.create(TODAY.minusDays(4), maya.id(), FavourDirection.GIVEN, FavourSize.SMALL,
                FavourKind.ADVICE, "Advice on the flat", FavourStatus.DONE, null));
        page.personIdProperty().set(maya.id());

        page.delete();

        DeleteQuestion question = page.questionProperty().get();
        assertThat(question).isEqualTo(new DeleteQuestion(maya.id(), "Maya Cole", 2, 1, 1));
        assertThat(question.solo()).isEqualTo(1);
        assertThat(journal.people().get(maya.id())).isPresent();
        assertThat(DeleteDialog.explanation(question))
                .contains("2 conversations and 1 favour with Maya Cole")
                .contains("Delete removes Maya, 1 conversation only they were part of and 1 favour")
                .contains("1 conversation shared with others stays, without Maya");

        page.cancelDelete();
        assertThat(page.questionProperty().get()).isNull();
        assertThat(journal.people().get(maya.id())).isPresent();
        assertThat(offered).isEmpty();
    }

    @Test
    void deletingWithEntriesKeepsSharedConversationsAndUndoRestoresEverything() {
        journal.interactions().add(talk(TODAY.minusDays(2), maya));
        journal.interactions().add(talk(TODAY.minusDays(3), maya, tom));
        page.personIdProperty().set(maya.id());
        page.delete();

        page.deleteWithEntries();

        assertThat(journal.people().get(maya.id())).isEmpty();
        assertThat(journal.interactions().countForPerson(tom.id())).as("the shared conversation stays").isEqualTo(1);
        assertThat(journal.interactions().count()).isEqualTo(1);
        assertThat(offered).containsExactly("Deleted Maya Cole");

        undos.get(0).run();

        assertThat(journal.people().get(maya.id())).isPresent();
        assertThat(journal.interactions().countForPerson(maya.id())).isEqualTo(2);
        assertThat(journal.interactions().count()).isEqualTo(2);
        assertThat(revealed).containsExactly(maya.id());
    }

    @Test
    void archivingInsteadKeepsEveryEntry() {
        journal.interactions().add(talk(TODAY.minusDays(2), maya));
        page.personIdProperty().set(maya.id());
        page.delete();

        page.archiveInstead();

        Person kept = journal.people().get(maya.id()).orElseThrow();
        assertThat(kept.archived()).isTrue();
        assertThat(journal.interactions().countForPerson(maya.id())).isEqualTo(1);
        assertThat(offered).isEmpty();
    }

    @Test
    void aPersonDeletedElsewhereIsSaidInASentence() {
        page.personIdProperty().set(tom.id());
        journal.people().delete(tom.id());

        page.toggleArchived();

        assertThat(page.problemProperty().get()).isEqualTo("That person is no longer in the journal.");
    }

    @Test
    void afterAJournalChangeThePageSaysItReadAgainEvenWhenThePersonIsTheSame() {
        page.personIdProperty().set(maya.id());
        int before = page.journalReadsProperty().get();

        journal.interactions().add(talk(TODAY, maya));
        changes.changed();

        assertThat(page.journalReadsProperty().get()).isEqualTo(before + 1);
        assertThat(page.personProperty().get().name()).isEqualTo("Maya Cole");
    }
}
