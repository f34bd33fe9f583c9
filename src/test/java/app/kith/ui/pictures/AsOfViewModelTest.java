package app.kith.ui.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which day the pictures show: the slider's stops, Play, the banner, Esc, and the past kept for the session. */
class AsOfViewModelTest {

    @TempDir
    Path folder;

    private PicturesJournal pictures;
    private AsOfViewModel asOf;
    private Person ann;

    @BeforeEach
    void journal() {
        pictures = new PicturesJournal(folder);
        ann = pictures.person("Ann Lee");
        // A call at the end of each of the last six months: she is on every picture from May on.
        pictures.calls(ann, 5, 30, 60, 100, 140, 180);
        pictures.changed();
        asOf = pictures.asOf();
        asOf.activate(false);
    }

    @AfterEach
    void close() {
        pictures.close();
    }

    @Test
    void theSliderStopsAtTheLast24MonthEndsAndToday() {
        assertThat(asOf.stops()).hasSize(25);
        assertThat(asOf.stops().get(0)).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(asOf.stops().get(23)).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(asOf.stops().get(24)).isEqualTo(PicturesJournal.TODAY);
        assertThat(asOf.indexProperty().get()).isEqualTo(24);
        assertThat(asOf.awayProperty().get()).isFalse();
        assertThat(asOf.bannerProperty().get()).isNull();
        assertThat(asOf.stopTextProperty().get()).isEqualTo("Today");
        assertThat(asOf.momentProperty().get().today()).isTrue();
    }

    @Test
    void choosingAMonthShowsTheInsightAsOfItsLastDayWithABanner() {
        asOf.select(23);

        AsOfViewModel.Moment moment = asOf.momentProperty().get();
        assertThat(moment.day()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(moment.today()).isFalse();
        assertThat(moment.insight().asOf()).isEqualTo(LocalDate.of(2026, 10, 31));
        // Five of her six calls were on or before 31 Oct: all but the one 5 days before 22 Nov (30 days before
        // is 23 Oct).
        assertThat(moment.insight().of(ann.id()).evidence().interactions()).isEqualTo(5);
        assertThat(asOf.awayProperty().get()).isTrue();
        assertThat(asOf.workingProperty().get()).isFalse();
        assertThat(asOf.bannerProperty().get()).isEqualTo("As of 31 October 2026");
        assertThat(asOf.stopTextProperty().get()).isEqualTo("31 Oct 2026");
    }

    @Test
    void eachPastDayIsWorkedOutOnceAndKeptForTheSession() {
        asOf.select(23);
        int afterFirst = pictures.tasksStarted();

        asOf.select(5);
        asOf.select(23);
        asOf.select(0);

        assertThat(pictures.tasksStarted()).as("every month was worked out with the first").isEqualTo(afterFirst);
        assertThat(asOf.momentProperty().get().day()).isEqualTo(LocalDate.of(2024, 11, 30));
    }

    @Test
    void aWriteMakesThePastBeWorkedOutAgain() {
        asOf.select(23);
        int before = pictures.tasksStarted();

        pictures.calls(ann, 300);
        pictures.changed();
        asOf.select(22);

        assertThat(pictures.tasksStarted()).isGreaterThan(before);
        assertThat(asOf.momentProperty().get().insight().of(ann.id()).evidence().interactions())
                .as("as of 30 Sep: the calls 300, 180, 140, 100 and 60 days before today").isEqualTo(5);
    }

    @Test
    void playStepsFromTheOldestMonthToTodayAndStops() {
        asOf.play();

        assertThat(asOf.playingProperty().get()).isTrue();
        assertThat(asOf.indexProperty().get()).isZero();
        for (int step = 1; step <= 24; step++) {
            asOf.advance();
            assertThat(asOf.indexProperty().get()).isEqualTo(step);
            assertThat(asOf.momentProperty().get().day()).isEqualTo(asOf.stops().get(step));
        }
        assertThat(asOf.playingProperty().get()).as("today ends the replay").isFalse();
        assertThat(asOf.momentProperty().get().today()).isTrue();
        asOf.advance();
        assertThat(asOf.indexProperty().get()).isEqualTo(24);
    }

    @Test
    void playFromAPastMonthGoesOnFromThere() {
        asOf.select(20);
        asOf.play();
        asOf.advance();

        assertThat(asOf.indexProperty().get()).isEqualTo(21);
        asOf.pause();
        asOf.advance();
        assertThat(asOf.indexProperty().get()).isEqualTo(21);
    }

    @Test
    void backToTodayIsEscAndSaysWhetherThereWasAWayBack() {
        asOf.select(3);

        assertThat(asOf.backToToday()).isTrue();
        assertThat(asOf.indexProperty().get()).isEqualTo(24);
        assertThat(asOf.bannerProperty().get()).isNull();
        assertThat(asOf.backToToday()).isFalse();
    }

    @Test
    void withTheRingsShownTheMovesOfTheNinetyDaysBeforeComeToo() {
        assertThat(asOf.momentProperty().get().moves()).isNull();

        asOf.activate(true);

        assertThat(asOf.momentProperty().get().moves()).isNotNull();
        assertThat(asOf.momentProperty().get().moves().since()).isEqualTo(LocalDate.of(2026, 8, 24));
        asOf.select(23);
        assertThat(asOf.momentProperty().get().moves().since()).isEqualTo(LocalDate.of(2026, 8, 2));
    }

    @Test
    void hiddenItStopsPlaying() {
        asOf.play();

        asOf.deactivate(false);

        assertThat(asOf.playingProperty().get()).isFalse();
    }
}
