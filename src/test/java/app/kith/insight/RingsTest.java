package app.kith.insight;

import static app.kith.domain.Channel.IN_PERSON;
import static app.kith.domain.Channel.SOCIAL;
import static app.kith.domain.Depth.CATCH_UP;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.Depth.SMALL_TALK;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RingsTest {

    private final List<Rings.Candidate> candidates = new ArrayList<>();

    private Rings.Candidate candidate(String name, int meaningful, int depth) {
        return pinned(name, null, meaningful, depth);
    }

    private Rings.Candidate pinned(String name, Ring ring, int meaningful, int depth) {
        Rings.Candidate candidate = new Rings.Candidate(new UUID(0, candidates.size() + 1), name, ring, meaningful, depth);
        candidates.add(candidate);
        return candidate;
    }

    private Ring ringOf(Map<UUID, RingPlacement> placements, Rings.Candidate candidate) {
        return placements.get(candidate.id()).ring();
    }

    @ParameterizedTest(name = "{0} meaningful conversations: ring {1}")
    @CsvSource(nullValues = "-", value = {
        "0, -", "1, ONE_FIFTY", "2, FIFTY", "7, FIFTY", "8, FIFTEEN", "29, FIFTEEN", "30, FIVE", "300, FIVE"})
    void countsGiveARing(int meaningful, Ring ring) {
        assertThat(Rings.earned(meaningful)).isEqualTo(ring);
    }

    @Test
    void theFewestConversationsMoveOutOfAFullRing() {
        Rings.Candidate weakest = candidate("Zoe", 30, 90);
        for (int i = 0; i < 5; i++) {
            candidate("Friend " + i, 31 + i, 50);
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        assertThat(ringOf(placements, weakest)).isEqualTo(Ring.FIFTEEN);
        assertThat(placements.get(weakest.id()).movedOut()).isTrue();
        assertThat(placements.values()).filteredOn(p -> p.ring() == Ring.FIVE).hasSize(5);
    }

    @Test
    void onATieTheLowerDepthMovesFirst() {
        Rings.Candidate deeper = candidate("Ann", 30, 80);
        Rings.Candidate shallower = candidate("Bea", 30, 70);
        for (int i = 0; i < 4; i++) {
            candidate("Friend " + i, 40, 50);
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        assertThat(ringOf(placements, shallower)).isEqualTo(Ring.FIFTEEN);
        assertThat(ringOf(placements, deeper)).isEqualTo(Ring.FIVE);
    }

    @Test
    void onATieOfDepthTooNameOrderMovesFirstCaseAside() {
        Rings.Candidate bob = candidate("Bob", 30, 70);
        Rings.Candidate anna = candidate("anna", 30, 70);
        for (int i = 0; i < 4; i++) {
            candidate("Friend " + i, 40, 50);
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        assertThat(ringOf(placements, anna)).isEqualTo(Ring.FIFTEEN);
        assertThat(ringOf(placements, bob)).isEqualTo(Ring.FIVE);
    }

    @Test
    void twoOfOneNameAreOrderedById() {
        Rings.Candidate first = candidate("Sam", 30, 70);
        Rings.Candidate second = candidate("Sam", 30, 70);
        for (int i = 0; i < 4; i++) {
            candidate("Friend " + i, 40, 50);
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        assertThat(ringOf(placements, first)).isEqualTo(Ring.FIFTEEN);
        assertThat(ringOf(placements, second)).isEqualTo(Ring.FIVE);
    }

    @Test
    void pinnedPeopleNeverMoveAndStillTakePlaces() {
        List<Rings.Candidate> pinnedFive = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pinnedFive.add(pinned("Pinned " + i, Ring.FIVE, 0, 0));
        }
        Rings.Candidate earned = candidate("Earned", 50, 99);
        List<Rings.Candidate> fifteen = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            fifteen.add(candidate("Fifteen " + i, 10 + i, 50));
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        pinnedFive.forEach(c -> assertThat(ringOf(placements, c)).isEqualTo(Ring.FIVE));
        // Ring 5 holds six pinned people, so the unpinned one moves to 15; 6 + 10 > 15 pushes the
        // weakest of ring 15 (10 conversations) on to 50, not the newcomer with 50.
        assertThat(ringOf(placements, earned)).isEqualTo(Ring.FIFTEEN);
        assertThat(ringOf(placements, fifteen.get(0))).isEqualTo(Ring.FIFTY);
        fifteen.subList(1, 9).forEach(c -> assertThat(ringOf(placements, c)).isEqualTo(Ring.FIFTEEN));
        assertThat(placements.get(pinnedFive.get(0).id()).movedOut()).isFalse();
    }

    @Test
    void capacitiesAreCumulative() {
        for (int i = 0; i < 5; i++) {
            candidate("Close " + i, 40, 90);
        }
        List<Rings.Candidate> fifteen = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            fifteen.add(candidate("Friend " + i, 8 + i, 50));
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        // 5 + 12 > 15: the two with 8 and 9 conversations move to ring 50.
        assertThat(ringOf(placements, fifteen.get(0))).isEqualTo(Ring.FIFTY);
        assertThat(ringOf(placements, fifteen.get(1))).isEqualTo(Ring.FIFTY);
        assertThat(ringOf(placements, fifteen.get(2))).isEqualTo(Ring.FIFTEEN);
    }

    @Test
    void pastOneFiftyIsOutside() {
        for (int i = 0; i < 151; i++) {
            candidate(String.format("Person %03d", i), 1, i);
        }

        Map<UUID, RingPlacement> placements = Rings.assign(candidates);

        RingPlacement lowest = placements.get(candidates.get(0).id());
        assertThat(lowest.ring()).isNull();
        assertThat(lowest.earned()).isEqualTo(Ring.ONE_FIFTY);
        assertThat(lowest.movedOut()).isTrue();
        assertThat(placements.values()).filteredOn(p -> p.ring() == Ring.ONE_FIFTY).hasSize(150);
    }

    @Test
    void theYearEndsAtTheLatestConversationSoASilenceKeepsTheRing() {
        TestJournal journal = new TestJournal();
        Person lena = journal.person("Lena");
        for (int i = 0; i < 8; i++) {
            journal.talk(400 + 30 * i, DEEP, IN_PERSON, lena);   // the latest 400 days ago, eight in its year
        }
        journal.talk(400 + 365, DEEP, IN_PERSON, lena);         // 365 days before the latest: outside its year

        PersonInsight insight = journal.insight(lena);

        assertThat(insight.ring().meaningful()).isEqualTo(8);
        assertThat(insight.placedRing()).isEqualTo(Ring.FIFTEEN);
    }

    @Test
    void smallTalkMovesTheLatestConversationButIsNotMeaningful() {
        TestJournal journal = new TestJournal();
        Person lena = journal.person("Lena");
        for (int i = 0; i < 8; i++) {
            journal.talk(400 + 30 * i, CATCH_UP, IN_PERSON, lena);
        }
        journal.talk(10, SMALL_TALK, IN_PERSON, lena);
        journal.talk(11, DEEP, SOCIAL, lena);

        PersonInsight insight = journal.insight(lena);

        // The year up to the latest (10 days ago) holds only small talk and a social post.
        assertThat(insight.ring().meaningful()).isZero();
        assertThat(insight.placedRing()).isNull();
    }

    @Test
    void pinnedRingWinsAndArchivedPeopleTakeNoPlace() {
        TestJournal journal = new TestJournal();
        Person pinned = journal.person(Person.builder().name("Pinned").ring(Ring.FIFTY));
        Person archived = journal.person(Person.builder().name("Archived").ring(Ring.FIVE).archived(true));
        List<Person> close = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            close.add(journal.person("Close " + i));
        }
        for (int day = 0; day < 30; day++) {
            journal.talk(day, CATCH_UP, IN_PERSON, close.toArray(Person[]::new));
            journal.talk(day, CATCH_UP, IN_PERSON, pinned, archived);
        }

        JournalInsight insight = journal.at(T);

        assertThat(insight.of(pinned.id()).placedRing()).isEqualTo(Ring.FIFTY);
        assertThat(insight.of(archived.id()).placedRing()).isNull();
        close.forEach(p -> assertThat(insight.of(p.id()).placedRing()).isEqualTo(Ring.FIVE));
        assertThat(insight.inRing(Ring.FIVE)).extracting(PersonInsight::person).containsExactlyInAnyOrderElementsOf(close);
    }
}
