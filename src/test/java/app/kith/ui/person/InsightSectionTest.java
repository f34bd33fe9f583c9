package app.kith.ui.person;

import static app.kith.ui.person.SectionJournal.CLOCK;
import static app.kith.ui.person.SectionJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.ui.common.InsightSnapshot;
import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Person;
import app.kith.insight.PersonInsight;
import java.nio.file.Files;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The insight section shows Depth, its components and the labels with their reasons. */
@ExtendWith(ApplicationExtension.class)
class InsightSectionTest {

    private SectionJournal data;
    private Stage stage;
    private PersonInsight model;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = new SectionJournal(Files.createTempDirectory("kith-insight"));
        Person maya = data.person("Maya Cole");
        data.talk(TODAY.minusDays(2), Depth.DEEP, Channel.IN_PERSON, 90, null, maya);
        data.talk(TODAY.minusDays(20), Depth.PERSONAL, Channel.CALL, 40, null, maya);
        model = data.journal.scores().asOf(TODAY).of(maya.id());
        InsightSection section = new InsightSection(new InsightSnapshot(data.tasks, data.open, data.changes, CLOCK));
        section.show(maya.id());
        stage.setScene(new Scene(new StackPane(section.node()), 800, 600));
        stage.show();
    }

    /** Hidden again, so that the next test's window takes the size of its own scene. */
    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(stage::hide);
        data.close();
    }

    @Test
    void depthComponentsAndLabelsAreShownWithTheirReasons(FxRobot robot) {
        assertThat(robot.lookup("#insight-depth").queryAs(Label.class).getText())
                .isEqualTo(Integer.toString(model.depth()));
        assertThat(robot.lookup(".kith-insight-name").queryAllAs(Label.class)).extracting(Label::getText)
                .containsExactly("Time", "Intimacy", "Services", "Kind", "Balance", "Initiative", "Status", "Ring",
                        "Cadence", "Overdue");
        assertThat(robot.lookup(".kith-chip-chat").queryAs(Label.class).getText()).isEqualTo("Chat");
        assertThat(robot.lookup(".kith-insight-words").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("2 personal or deep conversations in the last year, the latest 2 days ago");
    }

    @Test
    void whereDepthIsHeadingIsShownInItsColourAndSaidInWords(FxRobot robot) {
        // Both talks are of the last three weeks: as of 2026-05-26 (T − 180) Maya's Depth was 0.
        Label direction = robot.lookup("#insight-direction").queryAs(Label.class);

        assertThat(model.depthBefore()).isZero();
        assertThat(direction.getText()).isEqualTo("\u2191 " + model.depth() + " since May");
        assertThat(direction.getStyleClass()).contains("kith-depth-direction-rising");
        assertThat(direction.getAccessibleText()).isEqualTo("Depth up " + model.depth() + " since May");
    }
}
