package app.kith.ui.person;

import static app.kith.ui.person.SectionJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.ui.common.RecordingEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The timeline as a person meets it: a logged conversation is there, and Enter opens it. */
@ExtendWith(ApplicationExtension.class)
class TimelineSectionTest {

    private SectionJournal data;
    private Stage stage;
    private final RecordingEditor editor = new RecordingEditor();
    private TimelineSection section;
    private Person maya;
    private Person lena;
    private Interaction dinner;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = new SectionJournal(Files.createTempDirectory("kith-timeline"));
        maya = data.person("Maya Cole");
        lena = data.person("Lena Fischer");
        Person ben = data.person("Ben Okafor");
        dinner = data.talk(TODAY.minusDays(2), Depth.DEEP, Channel.IN_PERSON, 90, "Her move to Porto", maya, ben);
        section = new TimelineSection(new TimelineViewModel(data.tasks, data.open, data.changes, editor, Locale.UK));
        section.show(maya.id());
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(section.node()), 700, 500));
        stage.show();
    }

    /** Hidden again, so that the next test's window takes the size of its own scene. */
    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(stage::hide);
        data.close();
    }

    @Test
    void aLoggedConversationIsShownWithItsMonthPeopleAndNote(FxRobot robot) {
        assertThat(texts(robot, ".kith-timeline-month")).containsExactly("November 2026");
        assertThat(texts(robot, ".kith-timeline-title")).containsExactly("Deep \u00b7 In person \u00b7 90 min");
        assertThat(texts(robot, ".kith-timeline-with")).containsExactly("with Ben Okafor");
        assertThat(texts(robot, ".kith-timeline-note")).containsExactly("Her move to Porto");
        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isFalse();
    }

    @Test
    void enterOnAnEntryOpensItInTheLogDialog(FxRobot robot) {
        Node entry = robot.lookup(".kith-timeline-entry").query();
        robot.interact(entry::requestFocus);

        robot.type(KeyCode.ENTER);

        assertThat(editor.asked).containsExactly("edit conversation " + dinner.id());
    }

    @Test
    void someoneWithNothingLoggedIsInvitedToLogTheFirstConversation(FxRobot robot) {
        robot.interact(() -> section.show(lena.id()));

        assertThat(robot.lookup("#timeline-empty").query().isVisible()).isTrue();
        robot.clickOn("#timeline-log-first");

        assertThat(editor.asked).containsExactly("log conversation with [" + lena.id() + "]");
    }

    private static java.util.List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }
}
