package app.kith.sample;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The people of PRODUCT.md's personas can be found in a generated journal, read as a person would. */
class PersonaPatternsTest {

    private static final LocalDate TODAY = SampleStoryTest.TODAY;
    private static final List<Journal> JOURNALS = List.of(
            new Journal("a small journal", SampleStoryTest.BOOK),
            new Journal("the M journal", StoryBook.tell(SampleSpec.MEDIUM, TODAY)));

    static List<Journal> journals() {
        return JOURNALS;
    }

    /** A generated journal with each person's conversations at hand. */
    record Journal(String name, StoryBook book, Map<UUID, List<Interaction>> byPerson) {

        Journal(String name, StoryBook book) {
            this(name, book, book.interactionsByPerson());
        }

        List<Person> people(Predicate<Person> pattern) {
            return book.people.stream().filter(pattern).toList();
        }

        List<Interaction> talks(Person person) {
            return byPerson.getOrDefault(person.id(), new ArrayList<>());
        }

        long favours(Person person, FavourDirection direction) {
            return book.favours(person.id(), direction);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest
    @MethodSource("journals")
    void closeFriendsAreSeenEveryWeekOrTwoMostlyForRealTalksAndTakeTurnsReachingOut(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> lastTwoYears = journal.talks(p).stream()
                    .filter(i -> i.date().isAfter(TODAY.minusDays(730))).toList();
            return lastTwoYears.size() >= 52 && last(lastTwoYears).isAfter(TODAY.minusDays(21))
                    && share(lastTwoYears, i -> i.depth().isSubstantial()) >= 0.6 && shared(lastTwoYears)
                    && journal.favours(p, FavourDirection.GIVEN) > 0
                    && journal.favours(p, FavourDirection.RECEIVED) > 0;
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void acquaintancesAreKeptAtSmallTalk(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> talks = journal.talks(p);
            return talks.size() >= 10 && share(talks, i -> i.depth() == Depth.SMALL_TALK) >= 0.75
                    && last(talks).isAfter(TODAY.minusDays(60));
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void colleaguesAreSeenAlmostEveryWorkdayForSmallTalk(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> lastYear = lastYear(journal.talks(p));
            return lastYear.size() >= 150 && share(lastYear, i -> i.depth() == Depth.SMALL_TALK) >= 0.7
                    && share(lastYear, i -> i.channel() == Channel.IN_PERSON) >= 0.8;
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void askersTakeEightFavoursOrMoreGiveNoneAndCallThemselves(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> talks = journal.talks(p);
            long theirs = count(talks, i -> i.initiatedBy() == Initiator.THEM);
            long mine = count(talks, i -> i.initiatedBy() == Initiator.ME);
            return journal.favours(p, FavourDirection.GIVEN) >= 8 && journal.favours(p, FavourDirection.RECEIVED) == 0
                    && theirs > 3 * mine;
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void helpersDidLargeFavoursForMeThisYearAndIOweThem(Journal journal) {
        assertThat(journal.people(p -> {
            long largeReceived = journal.book().favours.stream().filter(f -> f.person().equals(p.id())
                    && f.direction() == FavourDirection.RECEIVED && f.size() == FavourSize.LARGE
                    && f.date().isAfter(TODAY.minusDays(365))).count();
            List<Interaction> talks = journal.talks(p);
            return largeReceived >= 3 && journal.favours(p, FavourDirection.GIVEN) == 0 && !talks.isEmpty()
                    && last(talks).isBefore(TODAY.minusDays(30));
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void someOldFriendsFadedYearsOfTalksThenSilenceForAYear(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> talks = journal.talks(p);
            return talks.size() >= 20 && ChronoUnit.DAYS.between(first(talks), last(talks)) >= 3 * 365
                    && last(talks).isBefore(TODAY.minusDays(365))
                    && share(talks, i -> i.depth().isSubstantial()) >= 0.6;
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void newColleaguesHaveAFewRecentCatchUps(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> talks = journal.talks(p);
            return !talks.isEmpty() && talks.size() < 5 && first(talks).isAfter(TODAY.minusDays(60))
                    && p.tags().contains("work");
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void kinAreCalledForDeepTalksEveryFewWeeks(Journal journal) {
        assertThat(journal.people(p -> {
            List<Interaction> lastYear = lastYear(journal.talks(p));
            return p.kin() && lastYear.size() >= 10 && lastYear.size() <= 20
                    && share(lastYear, i -> i.depth().isSubstantial()) >= 0.6;
        })).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("journals")
    void mostPeopleAreTheLongTail(Journal journal) {
        long seenOftenLastYear = journal.book().people.stream().filter(p -> journal.talks(p).stream()
                .filter(i -> i.date().isAfter(TODAY.minusDays(365))).count() >= 30).count();

        assertThat(seenOftenLastYear).isLessThan(journal.book().people.size() / 5);
    }

    private static List<Interaction> lastYear(List<Interaction> talks) {
        return talks.stream().filter(i -> i.date().isAfter(TODAY.minusDays(365))).toList();
    }

    private static double share(List<Interaction> talks, Predicate<Interaction> which) {
        return talks.isEmpty() ? 0 : (double) count(talks, which) / talks.size();
    }

    private static long count(List<Interaction> talks, Predicate<Interaction> which) {
        return talks.stream().filter(which).count();
    }

    /** Neither side reaches out much more than the other. */
    private static boolean shared(List<Interaction> talks) {
        long mine = count(talks, i -> i.initiatedBy() == Initiator.ME);
        long theirs = count(talks, i -> i.initiatedBy() == Initiator.THEM);
        return Math.abs(mine - theirs) <= 0.3 * (mine + theirs);
    }

    private static LocalDate first(List<Interaction> talks) {
        return talks.get(0).date();
    }

    private static LocalDate last(List<Interaction> talks) {
        return talks.get(talks.size() - 1).date();
    }
}
