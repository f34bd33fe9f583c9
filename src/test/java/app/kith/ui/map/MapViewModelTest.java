package app.kith.ui.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Person;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import app.kith.ui.common.SameThreadTaskRunner;
import app.kith.ui.person.InsightViewModel;
import app.kith.ui.pictures.PersonCard;
import app.kith.ui.pictures.PicturesJournal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Map is fed, on a journal whose figures are worked out by hand (H = 90 days, T = 22 Nov 2026). */
class MapViewModelTest {

    @TempDir
    Path folder;

    private PicturesJournal pictures;
    private MapViewModel map;
    private final List<UUID> opened = new ArrayList<>();
    private Person ann;
    private Person ben;
    private Person eve;
    private Person fay;

    /**
     * Ann: a deep half-hour talk in person today that I started: w = 5, E = S = 5, Time 0.632,
     * Intimacy 0.713, Depth 55; initiative (1 − 0)/(1 + 2) = 1/3, Investment 0.3 × 1/3 = +0.1; radius 3 + 2.7√5.
     * Ben and Fay: a small-talk message today that they started: E = 0.4, Depth 2, Investment −0.1, the same place.
     * Eve: a deep half-hour call 400 days ago, starter not noted: E = 3.5 × 2^(−400/90) = 0.161, Depth 3,
     * Investment 0, Dormant. Cat is archived, Dan has no conversation: neither is on the map.
     */
    @BeforeEach
    void journal() {
        pictures = new PicturesJournal(folder);
        ann = pictures.person(Person.builder().name("Ann Lee").tags(List.of("climbing")).build());
        ben = pictures.person("Ben Ito");
        eve = pictures.person("Eve Moss");
        fay = pictures.person("Fay Ito");
        Person cat = pictures.person(Person.builder().name("Cat Roy").archived(true).build());
        pictures.person("Dan Fox");
        pictures.talk(0, Channel.IN_PERSON, Depth.DEEP, Initiator.ME, 30, ann);
        pictures.talk(0, Channel.MESSAGE, Depth.SMALL_TALK, Initiator.THEM, null, ben);
        pictures.talk(0, Channel.MESSAGE, Depth.SMALL_TALK, Initiator.THEM, null, fay);
        pictures.talk(400, Channel.CALL, Depth.DEEP, null, 30, eve);
        pictures.talk(3, Channel.CALL, Depth.DEEP, null, 30, cat);
        pictures.changed();
        map = new MapViewModel(new SameThreadTaskRunner(), pictures.asOf(), opened::add, Locale.UK);
        map.activate();
    }

    @AfterEach
    void close() {
        pictures.close();
    }

    private MapPoint point(Person person) {
        return map.frameProperty().get().points().stream().filter(point -> point.id().equals(person.id()))
                .findFirst().orElseThrow();
    }

    private List<String> names() {
        return map.frameProperty().get().points().stream().map(MapPoint::name).toList();
    }

    @Test
    void everyoneKeptWithAConversationIsABubbleWarmestFirst() {
        assertThat(names()).containsExactly("Ann Lee", "Ben Ito", "Fay Ito", "Eve Moss");
        assertThat(map.countProperty().get()).isEqualTo("4 people on the map");
        assertThat(map.frameProperty().get().today()).isTrue();
        assertThat(map.frameProperty().get().day()).isEqualTo(PicturesJournal.TODAY);
        assertThat(map.emptyProperty().get()).isNull();
    }

    @Test
    void depthIsUpInvestmentAcrossAndTheAreaFollowsWarmth() {
        MapPoint annPoint = point(ann);
        assertThat(annPoint.depth()).isEqualTo(55);
        assertThat(annPoint.investment()).isCloseTo(0.1, within(1e-9));
        assertThat(annPoint.x()).isCloseTo(550, within(1e-6));
        assertThat(annPoint.y()).isCloseTo(450, within(1e-6));
        assertThat(annPoint.radius()).isCloseTo(9.0374, within(1e-4));
        assertThat(annPoint.kind()).isEqualTo(Kind.CHAT);
        assertThat(annPoint.chat()).isTrue();
        assertThat(annPoint.status()).isEqualTo(Status.NEW);

        MapPoint benPoint = point(ben);
        assertThat(benPoint.depth()).isEqualTo(2);
        assertThat(benPoint.x()).isCloseTo(450, within(1e-6));
        assertThat(benPoint.y()).isCloseTo(980, within(1e-6));
        assertThat(benPoint.radius()).isCloseTo(4.7076, within(1e-4));
        assertThat(benPoint.chat()).isFalse();

        MapPoint evePoint = point(eve);
        assertThat(evePoint.depth()).isEqualTo(3);
        assertThat(evePoint.x()).isCloseTo(500, within(1e-6));
        assertThat(evePoint.y()).isCloseTo(970, within(1e-6));
        assertThat(evePoint.radius()).isCloseTo(4.0825, within(1e-4));
        assertThat(evePoint.status()).isEqualTo(Status.DORMANT);
    }

    @Test
    void twoPeopleOnOnePlaceAreSpreadSoThatBothCanBePointedAt() {
        MapPoint benPoint = point(ben);
        MapPoint fayPoint = point(fay);
        // Ben comes first (same warmth, name order) and keeps his place; Fay takes the nearest free place.
        assertThat(Math.hypot(fayPoint.x() - 450, fayPoint.y() - 980)).isBetween(BubbleSpreader.GAP, 4.4);
        assertThat(fayPoint.depth()).as("the figures stay true").isEqualTo(2);

        Viewport view = new Viewport();
        view.resize(1000 + 2 * Viewport.MARGIN, 1000 + 2 * Viewport.MARGIN);
        MapIndex index = map.frameProperty().get().index();
        assertThat(index.at(view, view.screenX(benPoint.x()), view.screenY(benPoint.y()))).isEqualTo(benPoint);
        assertThat(index.at(view, view.screenX(fayPoint.x()), view.screenY(fayPoint.y()))).isEqualTo(fayPoint);
        assertThat(index.at(view, view.screenX(100), view.screenY(100))).isNull();
    }

    @Test
    void theSearchAndFiltersLightTheMatchesAndDimTheRest() {
        map.queryProperty().set("ann");

        assertThat(map.matchesProperty().get()).containsExactly(ann.id());
        assertThat(map.lit(point(ann))).isTrue();
        assertThat(map.lit(point(ben))).isFalse();
        assertThat(map.countProperty().get()).isEqualTo("1 of 4 people match");

        map.queryProperty().set("");
        map.kindProperty().set(Kind.CHAT);
        assertThat(map.matchesProperty().get()).containsExactlyInAnyOrder(ann.id(), eve.id());

        map.kindProperty().set(null);
        map.statusProperty().set(Status.DORMANT);
        assertThat(map.matchesProperty().get()).containsExactly(eve.id());
        map.tagProperty().set("climbing");
        assertThat(map.matchesProperty().get()).isEqualTo(Set.of());
        assertThat(map.countProperty().get()).isEqualTo("0 of 4 people match");
        assertThat(map.tags()).containsExactly("climbing");

        map.clearFilters();
        assertThat(map.matchesProperty().get()).isNull();
        assertThat(map.lit(point(ben))).isTrue();
    }

    @Test
    void theFocusedPersonsCardHasDepthTheLabelsAndTheirReasons() {
        map.focusedProperty().set(ann.id());

        PersonCard card = map.cardProperty().get();
        assertThat(card.name()).isEqualTo("Ann Lee");
        assertThat(card.headline()).isEqualTo("Depth 55 · Ring 150 · Investment +0.10");
        assertThat(card.lines()).extracting(InsightViewModel.Line::name)
                .containsExactly("Kind", "Balance", "Initiative", "Status");
        InsightViewModel.Line kind = card.lines().get(0);
        assertThat(kind.value()).isEqualTo("Chat");
        assertThat(kind.code()).isEqualTo("chat");
        assertThat(kind.reason()).isEqualTo("100% of the contact is personal or deep (chat from 35%)");
        assertThat(card.lines().get(3).value()).isEqualTo("New");

        map.focusedProperty().set(null);
        assertThat(map.cardProperty().get()).isNull();
    }

    @Test
    void openingAPersonAsksForTheirPage() {
        map.open(ben.id());

        assertThat(opened).containsExactly(ben.id());
    }

    @Test
    void anEarlierDayShowsOnlyWhatWasKnownThen() {
        int lastOctober = pictures.asOf().stops().indexOf(LocalDate.of(2026, 10, 31));
        pictures.asOf().select(lastOctober);

        assertThat(map.frameProperty().get().day()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(map.frameProperty().get().today()).isFalse();
        // Only Eve had talked by then: her call 378 days before, E = 3.5 × 2^(−378/90) = 0.190.
        assertThat(names()).containsExactly("Eve Moss");
        assertThat(point(eve).radius()).isCloseTo(4.1782, within(1e-4));
        assertThat(map.countProperty().get()).isEqualTo("1 person on the map");

        pictures.asOf().backToToday();
        assertThat(names()).hasSize(4);
    }

    @Test
    void aJournalWithNobodyToShowSaysWhy() {
        PicturesJournal empty = new PicturesJournal(folder.resolve("empty"));
        MapViewModel emptyMap = new MapViewModel(new SameThreadTaskRunner(), empty.asOf(), opened::add, Locale.UK);
        emptyMap.activate();

        assertThat(emptyMap.frameProperty().get().points()).isEmpty();
        assertThat(emptyMap.emptyProperty().get()).startsWith("Nobody is on the map yet");
        empty.close();
    }
}
