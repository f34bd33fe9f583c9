package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import app.kith.domain.Person;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The People screen in the real window, driven as a person would (headless). */
class PeopleWindowTest {

    @TempDir
    Path data;

    private final WindowTestSupport window = new WindowTestSupport();
    private final Person maya = Person.builder().name("Maya Cole").organization("Acme").build();
    private final Person tom = Person.builder().name("Tom Reed").emails(List.of("tom@globex.example")).build();
    private final Person ada = Person.builder().name("Ada Brook").tags(List.of("climbing")).build();

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private void journalWithPeople() {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(maya);
            journal.people().add(tom);
            journal.people().add(ada);
            LocalDate day = LocalDate.of(2026, 11, 20);
            journal.interactions().add(Interaction.create(day, Channel.IN_PERSON, Depth.DEEP, Initiator.MUTUAL, 90,
                    List.of(maya.id(), tom.id()), null));
            journal.interactions().add(Interaction.create(day.minusDays(1), Channel.CALL, Depth.PERSONAL,
                    Initiator.ME, 30, List.of(maya.id()), null));
        }
    }

    /** Maya, Tom and Ada in the journal, the window on People, and the three of them listed. */
    private ListView<?> peopleListed() throws Exception {
        journalWithPeople();
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#rail-people"));
        ListView<?> list = window.waitFor("#people-list");
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        return list;
    }

    private static List<String> names(ListView<?> list) {
        return list.getItems().stream().map(item -> ((app.kith.ui.people.PersonRow) item).name()).toList();
    }

    @Test
    void typingInTheSearchNarrowsTheListAndEscClearsIt() throws Exception {
        ListView<?> list = peopleListed();

        window.robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        window.robot.write("globex");

        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(list)).containsExactly("Tom Reed");
        assertThat(window.textOf("#people-count")).isEqualTo("1 of 3 people");

        window.robot.type(KeyCode.DOWN);
        window.waitForText("#person-name", "Tom Reed"::equals);
        assertFocusOnSelection(list, "after Down from the search");

        window.robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(list)).containsExactly("Ada Brook", "Maya Cole", "Tom Reed");
        assertThat(list.getSelectionModel().getSelectedIndex()).as("Tom still selected").isEqualTo(2);
        assertFocusOnSelection(list, "after the search was cleared");

        window.robot.clickOn("#people-search").write("nobody-by-that-name");
        window.waitForText("#people-no-matches", "No one matches “nobody-by-that-name”."::equals);
    }

    @Test
    void theFocusedRowIsTheSelectedOneAfterClicksKeysAndSwitchingScreens() throws Exception {
        ListView<?> list = peopleListed();

        window.robot.clickOn("Maya Cole");
        window.waitForText("#person-name", "Maya Cole"::equals);
        assertFocusOnSelection(list, "after a click");

        window.robot.clickOn("Ada Brook").type(KeyCode.DOWN, 2).type(KeyCode.UP);
        window.waitForText("#person-name", "Maya Cole"::equals);
        assertFocusOnSelection(list, "after Down and Up");

        window.robot.clickOn("#rail-today");
        window.robot.clickOn("#rail-people");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getSelectionModel().getSelectedIndex()).as("Maya still selected").isEqualTo(1);
        assertFocusOnSelection(list, "after coming back to People");
    }

    private static void assertFocusOnSelection(ListView<?> list, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getFocusModel().getFocusedIndex()).as("the focused row %s", when)
                .isEqualTo(list.getSelectionModel().getSelectedIndex());
    }

    @Test
    void eachRowShowsWhereDepthIsHeadingAndSaysItInWords() throws Exception {
        ListView<?> list = peopleListed();
        WaitForAsyncUtils.waitForFxEvents();

        // Maya's two talks are of this week: half a year ago (May) her Depth was 0, so all of it is a rise.
        ListCell<?> mayaCell = cell("Maya Cole");
        int depth = ((app.kith.ui.people.PersonRow) mayaCell.getItem()).depth();
        assertThat(depth).isPositive();
        assertThat(window.robot.from(mayaCell).lookup(".kith-row-direction").queryAs(Text.class).getText())
                .isEqualTo("\u2191 " + depth);
        assertThat(mayaCell.getAccessibleText()).contains("depth " + depth + ", up " + depth + " since May");
        // Ada has no conversations: no Depth then or now, so no direction is drawn or said.
        ListCell<?> adaCell = cell("Ada Brook");
        assertThat(window.robot.from(adaCell).lookup(".kith-row-direction").queryAs(Text.class).getText()).isEmpty();
        assertThat(adaCell.getAccessibleText()).contains("depth 0, ").doesNotContain("since");
    }

    private ListCell<?> cell(String name) {
        return window.robot.lookup(".kith-person-cell").queryAllAs(ListCell.class).stream()
                .filter(cell -> name.equals(cell.getText())).findFirst().orElseThrow();
    }

    @Test
    void slashOutsideATextFieldGoesToTheSearchWithoutTypingItself() throws Exception {
        ListView<?> list = peopleListed();
        window.robot.clickOn("Maya Cole");
        window.waitForText("#person-name", "Maya Cole"::equals);

        window.robot.write("/");
        WaitForAsyncUtils.waitForFxEvents();
        TextInputControl search = window.waitFor("#people-search");
        assertThat(search.isFocused()).isTrue();
        assertThat(search.getText()).isEmpty();

        window.robot.write("tom");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names(list)).containsExactly("Tom Reed");
        window.robot.write("/");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(search.getText()).as("typed into the search, it stays").isEqualTo("tom/");
    }

    @Test
    void deletingSomeoneWithSharedConversationsAsksAndUndoBringsThemBack() throws Exception {
        ListView<?> list = peopleListed();
        window.robot.clickOn("Maya Cole");
        window.waitForText("#person-name", "Maya Cole"::equals);

        window.robot.clickOn("#person-more").clickOn("#person-delete");

        Label explanation = window.waitFor("#delete-explanation");
        assertThat(explanation.getText()).contains("1 conversation shared with others stays, without Maya");
        window.robot.clickOn("#delete-person-confirm");

        window.waitForText("#undo-message", "Deleted Maya Cole"::equals);
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> !names(list).contains("Maya Cole"));

        window.robot.clickOn("#undo-button");

        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> names(list).contains("Maya Cole"));
        window.waitForText("#person-name", "Maya Cole"::equals);
        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.interactions().countForPerson(maya.id())).isEqualTo(2);
            assertThat(journal.interactions().countForPerson(tom.id())).isEqualTo(1);
        }
    }

    @Test
    void anEmptyJournalOffersToAddAPersonWhoIsThenShown() throws Exception {
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#rail-people"));
        window.robot.clickOn(window.<Node>waitFor("#people-empty-add"));

        window.robot.clickOn(window.<Node>waitFor("#editor-name")).write("Maya Cole");
        window.robot.clickOn("#editor-save");

        window.waitForText("#person-name", "Maya Cole"::equals);
        ListView<?> list = window.waitFor("#people-list");
        assertThat(names(list)).containsExactly("Maya Cole");
        assertThat(list.getSelectionModel().getSelectedIndex()).isZero();
    }
}
