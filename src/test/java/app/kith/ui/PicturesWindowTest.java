package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.ui.exchange.FilePicker;
import app.kith.ui.map.MapLayout;
import app.kith.ui.map.Viewport;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.robot.Motion;
import org.testfx.util.WaitForAsyncUtils;

/** The Map, the Rings and a person's story in the real window, driven as a person would (headless). */
class PicturesWindowTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @TempDir
    Path data;

    @TempDir
    Path pictures;

    private final WindowTestSupport window = new WindowTestSupport();
    private final Person ann = Person.builder().name("Ann Lee").tags(List.of("friends")).build();
    private final Person ben = Person.named("Ben Ito");
    private final Person cat = Person.named("Cat Roy");

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    /**
     * Ann and Ben: a deep half-hour talk in person today each, Ann's started by me, Ben's by him: Depth 55,
     * Investment +0.1 and −0.1 (map units 550 and 450 across, 450 down). Cat: two calls in the last 90 days, the
     * first 100 days ago: into ring 50 from outside, and on the map from August on.
     */
    private void journal() {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            for (Person person : List.of(ann, ben, cat)) {
                journal.people().add(person);
            }
            talk(journal, ann, 0, Channel.IN_PERSON, Depth.DEEP, Initiator.ME);
            talk(journal, ben, 0, Channel.IN_PERSON, Depth.DEEP, Initiator.THEM);
            talk(journal, cat, 100, Channel.CALL, Depth.CATCH_UP, Initiator.ME);
            talk(journal, cat, 20, Channel.CALL, Depth.CATCH_UP, Initiator.ME);
        }
    }

    private static void talk(Journal journal, Person person, int daysAgo, Channel channel, Depth depth,
                             Initiator starter) {
        journal.interactions().add(Interaction.create(TODAY.minusDays(daysAgo), channel, depth, starter, 30,
                List.of(person.id()), null));
    }

    private Canvas openMap() throws Exception {
        window.robot.clickOn(window.<Node>waitFor("#rail-map"));
        Canvas canvas = window.waitFor("#map-canvas");
        window.waitForText("#map-count", "3 people on the map"::equals);
        return canvas;
    }

    /** Where a map point lies on the canvas while the map is fitted (as it opens, and after 0). */
    private static Point2D fitted(Canvas canvas, double x, double y) {
        Viewport view = new Viewport();
        view.resize(canvas.getWidth(), canvas.getHeight());
        return new Point2D(view.screenX(x), view.screenY(y));
    }

    private void pointAt(Canvas canvas, Point2D where) {
        window.robot.moveTo(canvas, Pos.TOP_LEFT, where.add(1, 0), Motion.DIRECT);
        window.robot.moveTo(canvas, Pos.TOP_LEFT, where, Motion.DIRECT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void pointingAtABubbleShowsItsCardAndAClickOpensThePerson() throws Exception {
        journal();
        window.start(data);
        Canvas canvas = openMap();

        pointAt(canvas, fitted(canvas, MapLayout.x(0.1), MapLayout.y(55)));

        window.waitForText("#map-card-name", "Ann Lee"::equals);
        assertThat(window.isShown("#map-card")).isTrue();
        window.robot.clickOn(MouseButton.PRIMARY);
        window.waitForText("#person-name", "Ann Lee"::equals);
    }

    @Test
    void theKeysMoveBetweenNeighboursZoomAndOpen() throws Exception {
        journal();
        window.start(data);
        Canvas canvas = openMap();
        Point2D annFitted = fitted(canvas, MapLayout.x(0.1), MapLayout.y(55));
        // An empty corner: the pointer rests there while the keys work.
        pointAt(canvas, new Point2D(Viewport.MARGIN + 4, Viewport.MARGIN + 4));
        window.robot.clickOn(MouseButton.PRIMARY);

        window.robot.type(KeyCode.RIGHT);
        window.waitForText("#map-card-name", "Ann Lee"::equals);
        window.robot.type(KeyCode.LEFT);
        window.waitForText("#map-card-name", "Ben Ito"::equals);

        // + zooms in on Ben: Ann moves away from where she was.
        window.robot.write("+");
        pointAt(canvas, annFitted);
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> !window.isShown("#map-card"));
        // − and 0 bring the whole map back: Ann is where she was.
        window.robot.write("-");
        pointAt(canvas, annFitted);
        window.waitForText("#map-card-name", "Ann Lee"::equals);
        window.robot.write("+");
        window.robot.write("0");
        pointAt(canvas, annFitted);
        window.waitForText("#map-card-name", "Ann Lee"::equals);

        window.robot.type(KeyCode.LEFT);
        window.waitForText("#map-card-name", "Ben Ito"::equals);
        window.robot.type(KeyCode.ENTER);
        window.waitForText("#person-name", "Ben Ito"::equals);
    }

    @Test
    void theSliderAndPlayReplayThePastAndEscReturnsToToday() throws Exception {
        journal();
        window.start(data);
        openMap();

        window.robot.clickOn("#map-as-of").type(KeyCode.HOME);
        String firstStop = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.getDefault(Locale.Category.FORMAT)).format(LocalDate.of(2024, 11, 30));
        window.waitForText("#map-as-of-banner-text", ("As of " + firstStop)::equals);
        window.waitForText("#map-count", "0 people on the map"::equals);
        window.robot.type(KeyCode.ESCAPE);
        window.waitForText("#map-count", "3 people on the map"::equals);
        assertThat(window.isShown("#map-as-of-banner")).isFalse();

        window.robot.clickOn("#map-play");
        window.waitForText("#map-as-of-banner-text", text -> text.startsWith("As of "));
        // Cat's first call, 100 days before today, puts her on the map from the end of August.
        window.waitForText("#map-count", "1 person on the map"::equals);
        window.waitForText("#map-as-of-day", "Today"::equals);
        window.waitForText("#map-count", "3 people on the map"::equals);
        assertThat(window.isShown("#map-as-of-banner")).isFalse();
    }

    @Test
    void theRingsListWhoMovedAndAMoverOpensTheirPage() throws Exception {
        journal();
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#rail-rings"));
        ListView<?> closer = window.waitFor("#rings-closer");
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> closer.getItems().size() == 3);
        window.waitForText("#rings-summary", text -> text.startsWith("0 in 5 · 0 in 15 · 1 in 50 · 2 in 150"));

        // The list in name order (Ann, Ben, Cat): End goes to Cat, whose card shows; Enter opens her page.
        WaitForAsyncUtils.asyncFx(closer::requestFocus).get();
        window.robot.type(KeyCode.END);
        window.waitForText("#rings-card-name", "Cat Roy"::equals);
        window.robot.type(KeyCode.ENTER);
        window.waitForText("#person-name", "Cat Roy"::equals);

        // A click on a mover opens them too.
        window.robot.clickOn("#rail-rings");
        window.robot.clickOn(window.robot.lookup(".kith-mover-name").match(LabeledMatchers.hasText("Ann Lee"))
                .<Node>query());
        window.waitForText("#person-name", "Ann Lee"::equals);
    }

    @Test
    void aPersonsStoryHasItsChartsAndTheirSentences() throws Exception {
        journal();
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#rail-people"));
        window.robot.clickOn(window.<Node>waitFor("Ann Lee"));

        window.waitForText("#story-depth-caption",
                "Depth rose from 0 to 55 since October 2026, mostly personal talks."::equals);
        assertThat(window.textOf("#story-favour-caption")).isEqualTo("No favours in the last two years.");
        assertThat(window.textOf("#story-initiative-caption"))
                .isEqualTo("You started 1 of the 1 conversation since January 2025, they 0.");
    }

    @Test
    void exportPictureWritesTheMapAtTwiceTheScreensScale() throws Exception {
        journal();
        Path target = pictures.resolve("map.png");
        window.start(data, new OnePicture(target));
        Canvas canvas = openMap();

        window.robot.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT,
                KeyCode.SHORTCUT);

        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> target.toFile().length() > 0);
        BufferedImage image = ImageIO.read(target.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.round(2 * canvas.getWidth()));
        assertThat(image.getHeight()).isEqualTo((int) Math.round(2 * canvas.getHeight()));
    }

    /** Answers every picture dialog with one file. */
    private record OnePicture(Path target) implements FilePicker {

        @Override
        public Path archiveToOpen(Window owner) {
            return null;
        }

        @Override
        public Path archiveToSave(Window owner, String suggestedName) {
            return null;
        }

        @Override
        public Path calendarToSave(Window owner, String suggestedName) {
            return null;
        }

        @Override
        public Path pictureToSave(Window owner, String suggestedName) {
            return target;
        }
    }
}
