package app.kith.ui.person;

import static app.kith.ui.person.SectionJournal.CLOCK;
import static app.kith.ui.person.SectionJournal.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.FollowUp;
import app.kith.domain.Person;
import app.kith.ui.common.OfferedUndos;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Follow-ups as a person meets them: the late one stands out, Enter adds, a tick marks one done. */
@ExtendWith(ApplicationExtension.class)
class FollowUpsSectionTest {

    private SectionJournal data;
    private Stage stage;
    private final List<String> offered = new ArrayList<>();
    private Person maya;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        data = new SectionJournal(Files.createTempDirectory("kith-follow-ups"));
        maya = data.person("Maya Cole");
        data.journal.followUps().add(new FollowUp(UUID.randomUUID(), maya.id(), TODAY.minusDays(3),
                "Return the book", false));
        FollowUpsSection section = new FollowUpsSection(new FollowUpsViewModel(data.tasks, data.open, data.changes,
                CLOCK, new OfferedUndos((message, undo) -> offered.add(message)), Locale.UK));
        section.show(maya.id());
        stage.setScene(new Scene(new StackPane(section.node()), 700, 400));
        stage.show();
    }

    /** Hidden again, so that the next test's window takes the size of its own scene. */
    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.setupFixture(stage::hide);
        data.close();
    }

    @Test
    void aLateFollowUpSaysSoInTheColourOfLateness(FxRobot robot) {
        assertThat(robot.lookup(".kith-follow-up-overdue .kith-follow-up-when").queryAs(Label.class).getText())
                .isEqualTo("due 3 days ago");
    }

    @Test
    void typingWhatToDoAndEnterAddsIt(FxRobot robot) {
        robot.clickOn("#follow-up-text").write("Send the article");
        robot.type(KeyCode.ENTER);

        assertThat(data.journal.followUps().forPerson(maya.id())).extracting(FollowUp::text)
                .containsExactlyInAnyOrder("Return the book", "Send the article");
        assertThat(robot.lookup(".kith-follow-up-text").queryAllAs(CheckBox.class)).extracting(CheckBox::getText)
                .containsExactly("Return the book", "Send the article");
    }

    @Test
    void tickingTheBoxMarksItDone(FxRobot robot) {
        robot.clickOn(".kith-follow-up-text");

        assertThat(data.journal.followUps().forPerson(maya.id())).extracting(FollowUp::done).containsExactly(true);
        assertThat(robot.lookup(".kith-follow-up-done").tryQuery()).isPresent();
    }
}
