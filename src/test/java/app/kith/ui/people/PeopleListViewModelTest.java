package app.kith.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.insight.Balance;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import app.kith.store.Journal;
import app.kith.ui.common.InsightSnapshot;
import app.kith.ui.common.JournalChanges;
import app.kith.ui.common.SameThreadTaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeopleListViewModelTest {

    @TempDir
    Path data;

    private final PeopleJournal.MovableClock clock = new PeopleJournal.MovableClock();
    private final PeopleJournal people = new PeopleJournal();
    private final SimpleObjectProperty<Journal> journal = new SimpleObjectProperty<>();
    private final JournalChanges changes = new JournalChanges();
    private PeopleListViewModel list;

    @BeforeEach
    void open() {
        Journal opened = Journal.open(data, clock);
        list = new PeopleListViewModel(
                new InsightSnapshot(new SameThreadTaskRunner(), journal, changes, clock), Locale.UK);
        list.activate();
        journal.set(opened);
    }

    @AfterEach
    void close() {
        journal.get().close();
    }

    private void fill() {
        people.write(journal.get(), clock);
        changes.changed();
    }

    private List<String> names() {
        return list.rows().stream().map(PersonRow::name).toList();
    }

    @Test
    void anEmptyJournalSaysSoAndListsNobody() {
        assertThat(list.stateProperty().get()).isEqualTo(PeopleListViewModel.State.EMPTY_JOURNAL);
        assertThat(list.rows()).isEmpty();
        assertThat(list.countProperty().get()).isEqualTo("0 people");
    }

    @Test
    void everyoneButTheArchivedIsListedInNameOrderWithTheirScores() {
        fill();

        assertThat(names()).containsExactly("Dora Old", "José Núñez", "Maya Cole", "Tom Reed");
        assertThat(list.stateProperty().get()).isEqualTo(PeopleListViewModel.State.LIST);
        assertThat(list.countProperty().get()).isEqualTo("4 people");
        PersonRow maya = list.row(people.maya.id());
        assertThat(maya.kind()).isEqualTo(Kind.CHAT);
        assertThat(maya.balance()).isEqualTo(Balance.YOU_GIVE);
        assertThat(maya.depth()).isPositive();
        assertThat(maya.lastTalked()).isEqualTo(PeopleJournal.TODAY.minusDays(3));
        assertThat(list.row(people.jose.id()).lastTalked()).isNull();
        assertThat(list.tags()).containsExactly("climbing", "Work");
    }

    @Test
    void theSearchLooksInNameNicknameOrganisationEmailAndTags() {
        fill();

        list.queryProperty().set("maya");
        assertThat(names()).containsExactly("Maya Cole");
        list.queryProperty().set("BIRDIE");
        assertThat(names()).containsExactly("Maya Cole");
        list.queryProperty().set("globex");
        assertThat(names()).containsExactly("Tom Reed");
        list.queryProperty().set("nunez.example");
        assertThat(names()).containsExactly("José Núñez");
        list.queryProperty().set("work");
        assertThat(names()).containsExactly("Tom Reed");
        list.queryProperty().set("climbing");
        assertThat(names()).as("the archived Ada carries the tag too, but is hidden").containsExactly("Maya Cole");
        assertThat(list.countProperty().get()).isEqualTo("1 of 4 people");
    }

    @Test
    void theSearchIgnoresAccentsAndNeedsEveryWord() {
        fill();

        list.queryProperty().set("jose nun");
        assertThat(names()).containsExactly("José Núñez");
        list.queryProperty().set("maya globex");
        assertThat(names()).isEmpty();
        assertThat(list.stateProperty().get()).isEqualTo(PeopleListViewModel.State.NO_MATCHES);
        assertThat(list.noMatchesProperty().get()).isEqualTo("No one matches “maya globex”.");
        list.clearSearch();
        assertThat(names()).hasSize(4);
    }

    @Test
    void typingOnNarrowsAndDeletingWidensAgain() {
        fill();

        list.queryProperty().set("o");
        assertThat(names()).containsExactly("Dora Old", "José Núñez", "Maya Cole", "Tom Reed");
        list.queryProperty().set("ol");
        assertThat(names()).containsExactly("Dora Old", "Maya Cole");
        list.queryProperty().set("ol ac");
        assertThat(names()).containsExactly("Maya Cole");
        list.queryProperty().set("ol");
        assertThat(names()).containsExactly("Dora Old", "Maya Cole");
        list.showArchivedProperty().set(true);
        assertThat(names()).containsExactly("Dora Old", "Maya Cole");
        list.queryProperty().set("a");
        assertThat(names()).contains("Ada Archived");
        assertThat(list.countProperty().get()).isEqualTo("4 of 5 people");
    }

    @Test
    void aSearchThatOnlyTheArchivedMatchSaysSo() {
        fill();

        list.queryProperty().set("ada");

        assertThat(list.noMatchesProperty().get())
                .isEqualTo("No one matches “ada”. One archived person does: show the archived to see them.");
        list.showArchivedProperty().set(true);
        assertThat(names()).containsExactly("Ada Archived");
    }

    @Test
    void theFiltersNarrowByTagFollowUpKindBalanceRingAndStatus() {
        fill();

        list.tagProperty().set("CLÍMBING");
        assertThat(names()).as("the tag filter ignores case and accents").containsExactly("Maya Cole");
        list.showArchivedProperty().set(true);
        assertThat(names()).containsExactly("Ada Archived", "Maya Cole");
        list.clearFilters();
        list.showArchivedProperty().set(false);

        list.followUpDueProperty().set(true);
        assertThat(names()).containsExactly("Tom Reed");
        list.clearFilters();

        list.kindProperty().set(Kind.CHIT);
        assertThat(names()).contains("Tom Reed").doesNotContain("Maya Cole", "José Núñez");
        list.kindProperty().set(Kind.CHAT);
        assertThat(names()).containsExactly("Maya Cole");
        list.clearFilters();

        list.balanceProperty().set(Balance.YOU_GIVE);
        assertThat(names()).containsExactly("Maya Cole");
        list.clearFilters();

        list.ringProperty().set(RingFilter.FIVE);
        assertThat(names()).containsExactly("Maya Cole");
        list.ringProperty().set(RingFilter.OUTSIDE);
        assertThat(names()).doesNotContain("Maya Cole").contains("José Núñez");
        list.clearFilters();

        list.statusProperty().set(Status.DORMANT);
        assertThat(names()).containsExactly("Dora Old");
        list.queryProperty().set("maya");
        assertThat(list.noMatchesProperty().get()).isEqualTo("No one matches “maya” with these filters.");
    }

    @Test
    void theListSortsByNameLastTalkedAddedAndDepth() {
        fill();

        list.sortProperty().set(PeopleSort.LAST_TALKED);
        assertThat(names()).containsExactly("Maya Cole", "Tom Reed", "Dora Old", "José Núñez");
        list.sortProperty().set(PeopleSort.ADDED);
        assertThat(names()).containsExactly("Dora Old", "Maya Cole", "Tom Reed", "José Núñez");
        list.sortProperty().set(PeopleSort.DEPTH);
        assertThat(names().get(0)).isEqualTo("Maya Cole");
        assertThat(list.rows()).isSortedAccordingTo((a, b) -> Integer.compare(b.depth(), a.depth()));
        list.queryProperty().set("o");
        assertThat(list.rows()).isSortedAccordingTo((a, b) -> Integer.compare(b.depth(), a.depth()));
        list.sortProperty().set(PeopleSort.NAME);
        assertThat(names()).containsExactly("Dora Old", "José Núñez", "Maya Cole", "Tom Reed");
    }

    @Test
    void theListSortsByTheBiggestFallsOfDepthSinceHalfAYearAgo() {
        fill();
        Person lena = Person.named("Lena Gone");
        Person ben = Person.named("Ben Quiet");
        journal.get().people().add(lena);
        journal.get().people().add(ben);
        for (int daysAgo : new int[] {200, 230, 260}) {
            journal.get().interactions().add(PeopleJournal.talk(lena, PeopleJournal.TODAY.minusDays(daysAgo),
                    app.kith.domain.Depth.DEEP));
        }
        journal.get().interactions().add(PeopleJournal.talk(ben, PeopleJournal.TODAY.minusDays(200),
                app.kith.domain.Depth.CATCH_UP));
        changes.changed();

        list.sortProperty().set(PeopleSort.BIGGEST_FALLS);

        // Lena's three deep talks of 7 to 9 months ago fell furthest, Ben's one catch-up less; Dora and José did
        // not move (in name order); Tom's and Maya's talks are all of the last two months, so their Depth rose.
        assertThat(names()).containsExactly("Lena Gone", "Ben Quiet", "Dora Old", "José Núñez", "Tom Reed",
                "Maya Cole");
        assertThat(list.rows()).isSortedAccordingTo((a, b) -> Integer.compare(a.depthChange(), b.depthChange()));
        PersonRow fell = list.row(lena.id());
        assertThat(fell.depthChange()).isNegative();
        assertThat(fell.direction().text()).isEqualTo("\u2193 " + -fell.depthChange() + " since May");
        assertThat(fell.status()).isEqualTo(Status.FADING);
    }

    @Test
    void theSelectionIsKeptWhenTheJournalChanges() {
        fill();
        list.selectedProperty().set(people.tom.id());

        journal.get().people().add(Person.named("Aaron Early"));
        changes.changed();

        assertThat(names()).startsWith("Aaron Early");
        assertThat(list.selectedProperty().get()).isEqualTo(people.tom.id());
    }

    @Test
    void whenTheSelectedPersonIsDeletedThePersonInTheirPlaceIsSelected() {
        fill();
        list.selectedProperty().set(people.maya.id());

        journal.get().people().deleteWithEntries(people.maya.id());
        changes.changed();

        assertThat(list.selectedProperty().get()).isEqualTo(people.tom.id());
    }

    @Test
    void selectingSomeoneHiddenByTheSearchShowsThemAgain() {
        fill();
        list.queryProperty().set("tom");

        list.select(people.ada.id());

        assertThat(list.queryProperty().get()).isEmpty();
        assertThat(list.showArchivedProperty().get()).isTrue();
        assertThat(names()).contains("Ada Archived", "Maya Cole");
        assertThat(list.selectedProperty().get()).isEqualTo(people.ada.id());
    }

    @Test
    void someoneJustAddedIsSelectedOnceTheListHasReadThem() {
        fill();
        Person added = Person.named("Zoe New");
        journal.get().people().add(added);

        list.select(added.id());
        changes.changed();

        assertThat(list.selectedProperty().get()).isEqualTo(added.id());
        assertThat(names()).contains("Zoe New");
    }

    @Test
    void anotherJournalStartsWithNobodySelected() {
        fill();
        list.selectedProperty().set(people.tom.id());
        Journal first = journal.get();

        journal.set(null);
        first.close();

        assertThat(list.selectedProperty().get()).isNull();
        assertThat(list.rows()).isEmpty();
        journal.set(Journal.open(data.resolve("other"), clock));
        assertThat(list.stateProperty().get()).isEqualTo(PeopleListViewModel.State.EMPTY_JOURNAL);
    }
}
