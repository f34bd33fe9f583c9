package app.kith.insight;

import static app.kith.domain.Channel.CALL;
import static app.kith.domain.Depth.DEEP;
import static app.kith.domain.FavourDirection.GIVEN;
import static app.kith.domain.FavourSize.LARGE;
import static app.kith.domain.FavourStatus.DONE;
import static app.kith.domain.FavourStatus.PROMISED;
import static app.kith.insight.TestJournal.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kith.domain.Favour;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PersonTimelineTest {

    private final UUID person = new UUID(1, 1);

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void addingOneEntryAtATimeBuildsTheSameTimelineAsAllAtOnce(long seed) {
        RandomEntries entries = new RandomEntries(seed, person);
        List<Interaction> interactions = entries.interactions(300, T);
        List<Favour> favours = entries.favours(80, T);
        PersonTimeline whole = PersonTimeline.of(person, interactions, favours);

        PersonTimeline grown = PersonTimeline.empty(person);
        List<Object> shuffled = new ArrayList<>(interactions);
        shuffled.addAll(favours);
        Collections.shuffle(shuffled, new Random(seed));
        for (Object entry : shuffled) {
            grown = entry instanceof Interaction i ? grown.with(i) : grown.with((Favour) entry);
        }

        assertThat(grown).isEqualTo(whole).hasSameHashCodeAs(whole);
        assertThat(new TimelineScorer(T, HalfLife.DEFAULT).score(grown))
                .isEqualTo(new TimelineScorer(T, HalfLife.DEFAULT).score(whole));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5})
    void removingEntriesLeavesWhatBuildingTheRestGives(long seed) {
        RandomEntries entries = new RandomEntries(seed, person);
        List<Interaction> interactions = new ArrayList<>(entries.interactions(200, T));
        List<Favour> favours = new ArrayList<>(entries.favours(60, T));
        PersonTimeline timeline = PersonTimeline.of(person, interactions, favours);
        Random random = new Random(seed);

        for (int i = 0; i < 100; i++) {
            timeline = timeline.without(interactions.remove(random.nextInt(interactions.size())));
        }
        for (int i = 0; i < 30; i++) {
            timeline = timeline.without(favours.remove(random.nextInt(favours.size())));
        }

        assertThat(timeline).isEqualTo(PersonTimeline.of(person, interactions, favours));
        assertThat(timeline.interactionCount()).isEqualTo(100);
        assertThat(timeline.favourCount()).isEqualTo(30);
    }

    @Test
    void aPromiseKeptIsRemovedAsPromisedAndAddedAsDone() {
        Favour promised = new Favour(UUID.randomUUID(), T.minusDays(3), person, GIVEN, LARGE,
                app.kith.domain.FavourKind.LOAN, null, PROMISED, null);
        Favour done = new Favour(promised.id(), promised.date(), person, GIVEN, LARGE, promised.kind(), null, DONE, null);
        PersonTimeline before = PersonTimeline.of(person, List.of(), List.of(promised));

        PersonTimeline after = before.without(promised).with(done);

        assertThat(after).isEqualTo(PersonTimeline.of(person, List.of(), List.of(done)));
        TimelineScorer scorer = new TimelineScorer(T, HalfLife.DEFAULT);
        // 8 × 0.5 × 2^(-3/365) = 3.977 while promised, 7.955 once done
        assertThat(scorer.score(after).figures().favoursGiven())
                .isEqualTo(2 * scorer.score(before).figures().favoursGiven());
    }

    @Test
    void entriesThatAreNotTheresAreRefusedInWords() {
        Interaction elsewhere = Interaction.create(T, CALL, DEEP, null, null, List.of(new UUID(2, 2)), null);
        Interaction notLogged = Interaction.create(LocalDate.of(2026, 1, 5), CALL, DEEP, null, null, List.of(person), null);
        PersonTimeline empty = PersonTimeline.empty(person);

        assertThatThrownBy(() -> empty.with(elsewhere))
                .hasMessage("the conversation on 2026-11-22 does not include " + person);
        assertThatThrownBy(() -> empty.without(notLogged))
                .hasMessage("the timeline of " + person + " holds no conversation like the one on 2026-01-05");
        Favour theirs = new Favour(UUID.randomUUID(), T, new UUID(2, 2), GIVEN, LARGE,
                app.kith.domain.FavourKind.HELP, null, DONE, null);
        assertThatThrownBy(() -> empty.with(theirs)).hasMessageContaining("is not " + person + "'s");
    }

    @Test
    void aGroupConversationLandsInEveryParticipantsTimeline() {
        TestJournal journal = new TestJournal();
        Person ann = journal.person("Ann");
        Person ben = journal.person("Ben");
        journal.talk(1, DEEP, CALL, ann, ben);
        journal.favour(ann, 2, GIVEN, LARGE, DONE);
        Person carl = journal.person("Carl");
        journal.favour(carl, 2, GIVEN, LARGE, DONE);

        Map<UUID, PersonTimeline> all = PersonTimeline.allOf(journal.interactions, journal.favours);

        assertThat(all).containsOnlyKeys(ann.id(), ben.id(), carl.id());
        assertThat(all.get(ann.id())).isEqualTo(journal.timeline(ann));
        assertThat(all.get(ben.id())).isEqualTo(journal.timeline(ben));
        assertThat(all.get(carl.id()).interactionCount()).isZero();
        assertThat(all.get(ann.id()).favourCount()).isEqualTo(1);
        assertThat(all.get(ann.id()).lastInteraction()).isEqualTo(T.minusDays(1));
    }

    @Test
    void datesOutsideTheYearsKithKeepsAreRefused() {
        Interaction ancient = Interaction.create(LocalDate.of(0, 12, 31), CALL, DEEP, null, null, List.of(person), null);

        assertThatThrownBy(() -> PersonTimeline.empty(person).with(ancient))
                .hasMessage("0000-12-31 is outside the years 1 to 9999 that Kith keeps");
    }
}
