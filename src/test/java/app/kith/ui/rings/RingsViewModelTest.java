package app.kith.ui.rings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Person;
import app.kith.domain.Ring;
import app.kith.ui.person.InsightViewModel;
import app.kith.ui.pictures.PersonCard;
import app.kith.ui.pictures.PicturesJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Rings are fed, on a journal whose rings and moves are worked out by hand (T = 22 Nov 2026). */
class RingsViewModelTest {

    @TempDir
    Path folder;

    private PicturesJournal pictures;
    private RingsViewModel rings;
    private final List<UUID> opened = new ArrayList<>();
    private Person ann;
    private Person ben;
    private Person cat;
    private Person dan;

    /**
     * Ann (friends): 3 calls before 24 Aug, 6 after: ring 50 then, 15 now. Ben (no tag): one call 400 days ago,
     * then a small-talk message on 12 Nov: 150 then, outside now. Cat (work and climbing: a set, shown sorted, so climbing comes first): two calls since: outside then, 50
     * now. Dan (family) pinned to ring 5. Eve archived; Fay's calls are all still to come.
     */
    @BeforeEach
    void journal() {
        pictures = new PicturesJournal(folder);
        ann = pictures.person(Person.builder().name("Ann Lee").tags(List.of("friends")).build());
        pictures.calls(ann, 200, 150, 120, 80, 70, 60, 50, 40, 30);
        ben = pictures.person("Ben Ito");
        pictures.calls(ben, 400);
        pictures.talk(10, Channel.MESSAGE, Depth.SMALL_TALK, Initiator.ME, null, ben);
        cat = pictures.person(Person.builder().name("Cat Roy").tags(List.of("work", "climbing")).build());
        pictures.calls(cat, 20, 5);
        dan = pictures.person(Person.builder().name("Dan Fox").tags(List.of("family")).ring(Ring.FIVE).build());
        Person eve = pictures.person(Person.builder().name("Eve Moss").archived(true).build());
        pictures.calls(eve, 80, 40, 10);
        pictures.calls(pictures.person("Fay Gold"), -5, -10);
        pictures.changed();
        rings = new RingsViewModel(pictures.asOf(), opened::add, Locale.UK);
        rings.activate();
    }

    @AfterEach
    void close() {
        pictures.close();
    }

    private RingDot dot(Person person) {
        return rings.frameProperty().get().layout().dots().stream().filter(dot -> dot.id().equals(person.id()))
                .findFirst().orElseThrow();
    }

    @Test
    void theListsBesideNameWhoMovedWithTheReasonInWords() {
        assertThat(rings.closer()).containsExactly(
                new RingsViewModel.Mover(ann.id(), "Ann Lee", "50 → 15",
                        "9 catch-ups or deeper talks in the year up to 23 Oct; was 3"),
                new RingsViewModel.Mover(cat.id(), "Cat Roy", "outside → 50",
                        "2 catch-ups or deeper talks in the year up to 17 Nov; was none"));
        assertThat(rings.driftingOut()).containsExactly(new RingsViewModel.Mover(ben.id(), "Ben Ito",
                "150 → outside", "No catch-ups or deeper talks in the year up to 12 Nov; was 1"));
        assertThat(rings.movesTitleProperty().get()).isEqualTo("Moves in the 90 days since 24 August 2026");
        assertThat(rings.summaryProperty().get())
                .isEqualTo("1 in 5 · 1 in 15 · 1 in 50 · 0 in 150 · 2 outside the rings");
    }

    @Test
    void everyoneInTheRingsIsADotOnTheirRingAndMoversHaveAGhostWhereTheyWere() {
        RingsViewModel.Frame frame = rings.frameProperty().get();
        assertThat(frame.today()).isTrue();
        assertThat(frame.movesKnown()).isTrue();
        // Fay is outside and did not move: not drawn. Eve is archived.
        assertThat(frame.layout().dots()).extracting(RingDot::name)
                .containsExactlyInAnyOrder("Ann Lee", "Ben Ito", "Cat Roy", "Dan Fox");

        assertThat(dot(dan).ring()).isEqualTo(Ring.FIVE);
        assertThat(dot(dan).pinned()).isTrue();
        assertThat(dot(dan).distance()).isEqualTo(RingsLayout.distance(Ring.FIVE));
        assertThat(dot(dan).moved()).isFalse();
        assertThat(dot(ann).ring()).isEqualTo(Ring.FIFTEEN);
        assertThat(dot(ann).was()).isEqualTo(Ring.FIFTY);
        assertThat(dot(ann).wasDistance()).isEqualTo(RingsLayout.distance(Ring.FIFTY));
        assertThat(dot(ann).chat()).isFalse();
        assertThat(dot(cat).was()).isNull();
        assertThat(dot(cat).wasDistance()).isEqualTo(RingsLayout.distance(null));
        assertThat(dot(ben).ring()).isNull();
        assertThat(dot(ben).distance()).as("drifted out: just beyond ring 150")
                .isGreaterThan(RingsLayout.distance(Ring.ONE_FIFTY));
    }

    @Test
    void sectorsGoByFirstTagTheUntaggedLastEachAsWideAsItsPeople() {
        List<RingsLayout.Sector> sectors = rings.frameProperty().get().layout().sectors();

        assertThat(sectors).extracting(RingsLayout.Sector::tag)
                .containsExactly("climbing", "family", "friends", RingsLayout.NO_TAG);
        double span = (2 * Math.PI - RingsLayout.TOP_GAP) / 4;
        assertThat(sectors.get(0).from()).isCloseTo(RingsLayout.TOP_GAP / 2, within(1e-9));
        for (RingsLayout.Sector sector : sectors) {
            assertThat(sector.to() - sector.from()).isCloseTo(span, within(1e-9));
            assertThat(sector.people()).isEqualTo(1);
        }
        // Alone in its sector and ring, a dot sits in the sector's middle.
        RingsLayout.Sector climbing = sectors.get(0);
        assertThat(dot(cat).angle()).isCloseTo((climbing.from() + climbing.to()) / 2, within(1e-9));
    }

    @Test
    void theCardSaysTheRingTheMoveAndTheirReasons() {
        rings.focusedProperty().set(ann.id());

        PersonCard card = rings.cardProperty().get();
        assertThat(card.headline()).startsWith("Ring 15 · Good friends · Depth ");
        assertThat(card.lines()).extracting(InsightViewModel.Line::name)
                .containsExactly("Ring", "Moved", "Kind", "Status");
        assertThat(card.lines().get(0).reason())
                .isEqualTo("9 catch-ups or deeper talks in the year up to the latest conversation");
        assertThat(card.lines().get(1).value()).isEqualTo("50 → 15");

        rings.focusedProperty().set(dan.id());
        assertThat(rings.cardProperty().get().headline()).startsWith("Ring 5 · Close · pinned");
        assertThat(rings.cardProperty().get().lines()).extracting(InsightViewModel.Line::name)
                .doesNotContain("Moved");
    }

    @Test
    void anEarlierMonthShowsItsRingsAndItsOwnMoves() {
        pictures.asOf().select(pictures.asOf().stops().indexOf(LocalDate.of(2026, 9, 30)));

        // As of 30 Sep: Ann had 6 calls (ring 50), and 2 by 2 Jul (ring 50 then too); Ben was in ring 150 throughout.
        assertThat(dot(ann).ring()).isEqualTo(Ring.FIFTY);
        assertThat(dot(ben).ring()).isEqualTo(Ring.ONE_FIFTY);
        assertThat(rings.closer()).isEmpty();
        assertThat(rings.driftingOut()).isEmpty();
        assertThat(rings.frameProperty().get().today()).isFalse();
    }

    @Test
    void emptyRingsSayWhy() {
        assertThat(rings.emptyProperty().get()).isNull();

        PicturesJournal empty = new PicturesJournal(folder.resolve("empty"));
        RingsViewModel emptyRings = new RingsViewModel(empty.asOf(), opened::add, Locale.UK);
        emptyRings.activate();

        assertThat(emptyRings.emptyProperty().get()).startsWith("Nobody is in the rings yet");
        assertThat(emptyRings.summaryProperty().get()).isEqualTo("0 in 5 · 0 in 15 · 0 in 50 · 0 in 150 · 0 outside the rings");
        empty.close();
    }

    @Test
    void openingAMoverAsksForTheirPage() {
        rings.open(cat.id());

        assertThat(opened).containsExactly(cat.id());
    }
}
