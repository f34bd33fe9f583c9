package app.kith.sample;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.FollowUp;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.domain.Review;
import app.kith.domain.ReviewDecision;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure part of the sample, told into lists: no database needed. */
class SampleStoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final SampleSpec SPEC = new SampleSpec(300, 12_000, 1_200, 8, 7);
    static final StoryBook BOOK = StoryBook.tell(SPEC, TODAY);

    @ParameterizedTest
    @CsvSource({"1, 0, 0, 1", "1, 25, 3, 1", "3, 10, 5, 2", "9, 500, 40, 5", "40, 0, 12, 3", "120, 4000, 400, 10",
        "300, 12000, 1200, 8"})
    void theCountsAreExactlyWhatWasAskedFor(int people, int interactions, int favours, int years) {
        StoryBook book = StoryBook.tell(new SampleSpec(people, interactions, favours, years, 3), TODAY);

        assertThat(book.people).hasSize(people);
        assertThat(book.interactions).hasSize(interactions);
        assertThat(book.favours).hasSize(favours);
    }

    @Test
    void theSameSeedTellsTheSameStoryAndAnotherSeedAnotherOne() {
        StoryBook again = StoryBook.tell(SPEC, TODAY);
        StoryBook other = StoryBook.tell(new SampleSpec(300, 12_000, 1_200, 8, 8), TODAY);

        assertThat(again.people).isEqualTo(BOOK.people);
        assertThat(again.interactions).isEqualTo(BOOK.interactions);
        assertThat(again.favours).isEqualTo(BOOK.favours);
        assertThat(again.followUps).isEqualTo(BOOK.followUps);
        assertThat(again.reviews).isEqualTo(BOOK.reviews);
        assertThat(other.people.stream().map(Person::name).toList())
                .isNotEqualTo(BOOK.people.stream().map(Person::name).toList());
    }

    @Test
    void everyIdIsUsedOnce() {
        Set<UUID> ids = new HashSet<>();
        Stream.of(BOOK.people.stream().map(Person::id), BOOK.interactions.stream().map(Interaction::id),
                        BOOK.favours.stream().map(Favour::id), BOOK.followUps.stream().map(FollowUp::id),
                        BOOK.reviews.stream().map(Review::id))
                .flatMap(s -> s)
                .forEach(id -> assertThat(ids.add(id)).as("id %s used once", id).isTrue());
    }

    @Test
    void conversationsLieWithinTheYearsAskedForAndNeverInTheFuture() {
        LocalDate first = TODAY.minusYears(SPEC.years());

        assertThat(BOOK.interactions).allSatisfy(i -> assertThat(i.date()).isBetween(first, TODAY));
        assertThat(BOOK.favours).allSatisfy(f -> assertThat(f.date()).isBetween(first, TODAY));
        assertThat(BOOK.reviews).allSatisfy(r -> assertThat(r.date()).isBetween(first, TODAY));
    }

    @Test
    void everyEntryNamesPeopleWhoAreInTheJournal() {
        Set<UUID> people = BOOK.people.stream().map(Person::id).collect(Collectors.toSet());

        assertThat(BOOK.interactions).allSatisfy(i -> {
            assertThat(i.people()).isNotEmpty();
            assertThat(people).containsAll(i.people());
        });
        assertThat(BOOK.favours).allSatisfy(f -> assertThat(people).contains(f.person()));
        assertThat(BOOK.followUps).allSatisfy(f -> assertThat(people).contains(f.person()));
        assertThat(BOOK.reviews.stream().flatMap(r -> r.decisions().stream()))
                .allSatisfy(d -> assertThat(people).contains(d.person()));
    }

    @Test
    void aFavourTiedToAConversationHappenedInItWithThatPerson() {
        Map<UUID, Interaction> byId = BOOK.interactions.stream().collect(Collectors.toMap(Interaction::id, i -> i));
        var tied = BOOK.favours.stream().filter(f -> f.interaction() != null).toList();

        assertThat(tied).hasSizeGreaterThan(BOOK.favours.size() / 5);
        assertThat(tied).allSatisfy(f -> {
            Interaction conversation = byId.get(f.interaction());
            assertThat(conversation).isNotNull();
            assertThat(conversation.date()).isEqualTo(f.date());
            assertThat(conversation.people()).contains(f.person());
        });
    }

    @Test
    void theJournalHasTheVarietyOfARealOne() {
        assertThat(BOOK.interactions).anySatisfy(i -> assertThat(i.people()).hasSizeGreaterThanOrEqualTo(4));
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.birthday()).hasToString("--02-29"));
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.birthday().hasYear()).isTrue());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.dates()).isNotEmpty());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.archived()).isTrue());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.kin()).isTrue());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.ring()).isNotNull());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.cadenceDays()).isNotNull());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.mattersToThem()).isNotBlank());
        assertThat(BOOK.people).anySatisfy(p -> assertThat(p.howWeMet()).isNotBlank());
        assertThat(BOOK.people.stream().flatMap(p -> p.tags().stream()).distinct())
                .contains("friends", "family", "work", "neighbours");
        assertThat(BOOK.people).allSatisfy(p -> assertThat(p.emails()).allMatch(e -> e.matches("[a-z.]+@[a-z.]+")));
        assertThat(BOOK.favours).extracting(Favour::direction).contains(FavourDirection.values());
        assertThat(BOOK.favours).extracting(Favour::size).contains(FavourSize.values());
        assertThat(BOOK.favours).extracting(Favour::status).contains(FavourStatus.values());
        assertThat(BOOK.followUps).anySatisfy(f -> assertThat(f.isDueBy(TODAY)).isTrue());
        assertThat(BOOK.followUps).anySatisfy(f -> assertThat(f.done()).isTrue());
        assertThat(BOOK.reviews).isNotEmpty().allSatisfy(r -> assertThat(r.decisions()).isNotEmpty());
        assertThat(BOOK.reviews.stream().flatMap(r -> r.decisions().stream()).map(ReviewDecision::action).distinct())
                .hasSizeGreaterThanOrEqualTo(3);
    }
}
