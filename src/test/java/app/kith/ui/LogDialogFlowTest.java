package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Favour;
import app.kith.domain.FavourDirection;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The Log dialog in the whole window: logging by keyboard alone, editing, deleting and undoing. */
class LogDialogFlowTest {

    @TempDir
    Path data;

    private final WindowTestSupport window = new WindowTestSupport();
    private Person maya;
    private Person ben;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void journalWithTwoPeople() {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            maya = Person.named("Maya Cole");
            ben = Person.builder().name("Ben Okafor").nickname("Benny").build();
            journal.people().add(maya);
            journal.people().add(ben);
            journal.people().add(Person.named("Tom Reed"));
        }
    }

    private Interaction onlyConversation() {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            List<Interaction> found = journal.interactions().forPerson(maya.id(), 0, 10);
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }

    @Test
    void aConversationWithTwoPeopleAndAFavourIsLoggedWithTheKeyboardAlone() throws Exception {
        journalWithTwoPeople();
        window.start(data);
        window.waitForText("#today-summary", text -> text.startsWith("3 people"));

        window.robot.press(KeyCode.SHORTCUT, KeyCode.L).release(KeyCode.L, KeyCode.SHORTCUT);
        window.waitFor("#log-people-input");
        // Headless Monocle leaves the keyboard with the main window when a dialog opens (a desktop gives it to
        // the dialog, whose people field has the focus): one click hands it over; the rest is keyboard alone.
        window.robot.clickOn("#log-people-input");
        window.robot.write("may").type(KeyCode.ENTER);
        window.robot.write("benny").type(KeyCode.ENTER);
        window.waitFor("#log-chip-Ben-Okafor");
        // People → date → time → channel: In person is "I"; → depth: Personal is "P".
        window.robot.type(KeyCode.TAB, KeyCode.TAB, KeyCode.TAB).write("i");
        window.robot.type(KeyCode.TAB).write("p");
        // → who started (Them) → minutes → notes → "I gave".
        window.robot.type(KeyCode.TAB).write("t");
        window.robot.type(KeyCode.TAB).write("45");
        window.robot.type(KeyCode.TAB).write("Her move to Porto");
        window.robot.type(KeyCode.TAB, KeyCode.SPACE);
        window.waitFor("#log-favour-0-description");
        window.robot.write("CV review");
        // Whose favour: back to the person box, open it, take the second person.
        window.robot.press(KeyCode.SHIFT).type(KeyCode.TAB).release(KeyCode.SHIFT);
        window.robot.type(KeyCode.SPACE, KeyCode.DOWN, KeyCode.DOWN, KeyCode.ENTER);
        window.robot.type(KeyCode.TAB);
        window.robot.type(KeyCode.ENTER);

        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.isShown("#log-people-input"));
        window.stop();
        Interaction saved = onlyConversation();
        assertThat(saved.people()).containsExactlyInAnyOrder(maya.id(), ben.id());
        assertThat(saved.channel()).isEqualTo(Channel.IN_PERSON);
        assertThat(saved.depth()).isEqualTo(Depth.PERSONAL);
        assertThat(saved.minutes()).isEqualTo(45);
        assertThat(saved.notes()).isEqualTo("Her move to Porto");
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            List<Favour> favours = journal.favours().forInteraction(saved.id());
            assertThat(favours).extracting(Favour::description, Favour::direction)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("CV review", FavourDirection.GIVEN));
            assertThat(favours.get(0).person()).isIn(maya.id(), ben.id());
        }
    }

    @Test
    void aConversationIsEditedThenDeletedAndUndoBringsItBack() throws Exception {
        journalWithTwoPeople();
        UUID id;
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            Interaction lunch = Interaction.create(java.time.LocalDate.of(2026, 3, 3), Channel.CALL, Depth.CATCH_UP,
                    null, null, List.of(maya.id()), null);
            journal.interactions().add(lunch);
            id = lunch.id();
        }
        KithApp app = window.start(data);
        window.waitForText("#today-summary", text -> text.startsWith("3 people"));

        Platform.runLater(() -> app.entries().editInteraction(id));
        window.waitFor("#log-chip-Maya-Cole");
        window.robot.clickOn("#log-depth-deep");
        window.robot.press(KeyCode.SHORTCUT, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.isShown("#log-people-input"));

        Platform.runLater(() -> app.entries().editInteraction(id));
        window.waitFor("#log-chip-Maya-Cole");
        // Delete is offered once the entry is read in, a moment after its people show.
        javafx.scene.Node delete = window.waitFor("#log-delete");
        assertThat(window.robot.lookup("#log-depth-deep").queryAs(javafx.scene.control.ToggleButton.class)
                .isSelected()).isTrue();
        window.robot.clickOn(delete);

        window.waitForText("#undo-message", "Deleted the conversation with Maya Cole on 3 March"::equals);
        window.robot.clickOn("#undo-button");
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.isShown("#undo-bar"));

        window.stop();
        Interaction back = onlyConversation();
        assertThat(back.id()).isEqualTo(id);
        assertThat(back.depth()).isEqualTo(Depth.DEEP);
    }
}
