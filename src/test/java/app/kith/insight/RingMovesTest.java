package app.kith.insight;

import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who moved between the rings in the 90 days up to T, each ring as of its own day, with the reason in words. */
class RingMovesTest {

    private static final LocalDate SINCE = LocalDate.of(2026, 8, 24);

    private final TestJournal journal = new TestJournal();

    private void catchUps(Person person, int... daysAgo) {
        for (int days : daysAgo) {
            journal.talk(days, Depth.CATCH_UP, Channel.CALL, person);
        }
    }

    private RingMoves moves() {
        return RingMoves.between(journal.at(RingMoves.sinceFor(T)), journal.at(T));
    }

    @Test
    void theMovesAreMeasuredFromNinetyDaysBefore() {
        assertThat(RingMoves.sinceFor(T)).isEqualTo(SINCE);
    }

    @Test
    void eachRingIsCountedFromWhatWasKnownOnItsOwnDay() {
        // Ann: 3 calls before 24 Aug (ring 50 then), 6 after (9 → ring 15 now; the latest on 23 Oct).
        Person ann = journal.person("Ann Lee");
        catchUps(ann, 200, 150, 120, 80, 70, 60, 50, 40, 30);
        // Ben: one call 400 days ago kept him in ring 150 (his year ends at his latest talk); a small-talk
        // message on 12 Nov moves his year on past it: no meaningful talk left, outside.
        Person ben = journal.person("Ben Ito");
        catchUps(ben, 400);
        journal.talk(10, Depth.SMALL_TALK, Channel.MESSAGE, ben);
        // Cat: met twice since (the latest on 17 Nov): into ring 50 from outside.
        Person cat = journal.person("Cat Roy");
        catchUps(cat, 20, 5);
        // Dan is pinned, Eve archived, Fay's calls are all still to come: none of them moves.
        journal.person(Person.builder().name("Dan Fox").ring(Ring.FIVE));
        Person eve = journal.person(Person.builder().name("Eve Moss").archived(true));
        catchUps(eve, 80, 70, 60, 50, 40, 30, 20, 10, 5);
        Person fay = journal.person("Fay Gold");
        catchUps(fay, -5, -10, -15, -20, -25, -30, -35, -40);

        RingMoves moves = moves();

        assertThat(moves.since()).isEqualTo(SINCE);
        assertThat(moves.asOf()).isEqualTo(T);
        assertThat(moves.closer()).extracting(RingMove::name).containsExactly("Ann Lee", "Cat Roy");
        assertThat(moves.driftingOut()).extracting(RingMove::name).containsExactly("Ben Ito");
        RingMove annMove = moves.closer().get(0);
        assertThat(annMove.from()).isEqualTo(Ring.FIFTY);
        assertThat(annMove.to()).isEqualTo(Ring.FIFTEEN);
        assertThat(annMove.reason()).isEqualTo("9 catch-ups or deeper talks in the year up to 23 Oct; was 3");
        RingMove catMove = moves.closer().get(1);
        assertThat(catMove.from()).isNull();
        assertThat(catMove.to()).isEqualTo(Ring.FIFTY);
        assertThat(catMove.reason()).isEqualTo("2 catch-ups or deeper talks in the year up to 17 Nov; was none");
        RingMove benMove = moves.driftingOut().get(0);
        assertThat(benMove.from()).isEqualTo(Ring.ONE_FIFTY);
        assertThat(benMove.to()).isNull();
        assertThat(benMove.closer()).isFalse();
        assertThat(benMove.reason()).isEqualTo("No catch-ups or deeper talks in the year up to 12 Nov; was 1");
    }

    @Test
    void whenTheCountStaysTheRingsCapacitiesSayWhy() {
        // Four close friends with 31 calls each, and Zed with 30 (the latest on 4 Jun), all before 24 Aug.
        for (String name : new String[] {"P2", "P3", "P4", "P5"}) {
            catchUps(journal.person(name), range(200, 170));
        }
        Person zed = journal.person("Zed Ash");
        catchUps(zed, range(200, 171));
        // P1's 31 calls a year earlier kept them in ring 5 on 24 Aug, so ring 5 was full and Zed (the fewest)
        // was moved out to 15. A message on 21 Nov moves P1's year past those calls: outside now, and there
        // is room for Zed again, with the same 30 calls.
        Person p1 = journal.person("P1");
        catchUps(p1, range(400, 370));
        journal.talk(1, Depth.SMALL_TALK, Channel.MESSAGE, p1);

        RingMoves moves = moves();

        assertThat(moves.closer()).singleElement().satisfies(move -> {
            assertThat(move.id()).isEqualTo(zed.id());
            assertThat(move.from()).isEqualTo(Ring.FIFTEEN);
            assertThat(move.to()).isEqualTo(Ring.FIVE);
            assertThat(move.reason()).isEqualTo(
                    "30 catch-ups or deeper talks in the year up to 4 Jun, as before; there is room in ring 5 now");
        });
        assertThat(moves.driftingOut()).singleElement().satisfies(move -> {
            assertThat(move.name()).isEqualTo("P1");
            assertThat(move.from()).isEqualTo(Ring.FIVE);
            assertThat(move.to()).isNull();
            assertThat(move.reason()).isEqualTo("No catch-ups or deeper talks in the year up to 21 Nov; was 31");
        });
        assertThat(moves.of(zed.id())).isSameAs(moves.closer().get(0));
    }

    @Test
    void whenTheRingsInsideAreFullTheReasonSaysSoBesideTheCount() {
        for (String name : new String[] {"P2", "P3", "P4", "P5"}) {
            catchUps(journal.person(name), range(200, 170));
        }
        // Kim: 31 calls in the year up to 16 Dec 2025, ring 5 on 24 Aug. A small talk on 23 Oct moves her year on
        // past her first call: 30, still ring 5 by count, but Pia's 32 calls since fill ring 5 and Kim has the fewest.
        Person kim = journal.person("Kim Ode");
        catchUps(kim, 400);
        catchUps(kim, range(370, 341));
        journal.talk(30, Depth.SMALL_TALK, Channel.MESSAGE, kim);
        catchUps(journal.person("Pia Lund"), range(80, 49));

        RingMoves moves = moves();

        assertThat(moves.driftingOut()).singleElement().satisfies(move -> {
            assertThat(move.id()).isEqualTo(kim.id());
            assertThat(move.from()).isEqualTo(Ring.FIVE);
            assertThat(move.to()).isEqualTo(Ring.FIFTEEN);
            assertThat(move.reason()).isEqualTo(
                    "30 catch-ups or deeper talks in the year up to 23 Oct; was 31; would give ring 5, but the rings "
                            + "inside are full");
        });
        assertThat(moves.closer()).singleElement().extracting(RingMove::reason)
                .isEqualTo("32 catch-ups or deeper talks in the year up to 4 Oct; was none");
    }

    @Test
    void aDayInAnotherYearCarriesTheYear() {
        Person old = journal.person("Old Friend");
        catchUps(old, 400);
        Person newer = journal.person("Newer Friend");
        catchUps(newer, 400, 380);

        RingMoves moves = RingMoves.between(journal.at(T.minusDays(395)), journal.at(T));

        // Newer's second call (7 Nov 2025) came after the earlier day (23 Oct 2025): ring 50 now, 150 then.
        assertThat(moves.closer()).singleElement().extracting(RingMove::reason)
                .isEqualTo("2 catch-ups or deeper talks in the year up to 7 Nov 2025; was 1");
    }

    /** Days ago from {@code from} down to {@code to}, one a day. */
    private static int[] range(int from, int to) {
        int[] days = new int[from - to + 1];
        for (int i = 0; i < days.length; i++) {
            days[i] = from - i;
        }
        return days;
    }
}
