package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.domain.Person;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The person editor in the real window, driven with the keyboard as a person would (headless). */
class PersonEditorWindowTest {

    @TempDir
    Path data;

    private final WindowTestSupport window = new WindowTestSupport();

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    private Person ada() {
        Person ada = Person.builder().name("Ada Lovelace").tags(List.of("book club", "family")).build();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(ada);
        }
        return ada;
    }

    private List<Person> everyone() {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            return journal.people().all();
        }
    }

    @Test
    void shortcutNANameATagCompletedFromTheJournalAndEnterAddsThePerson() throws Exception {
        ada();
        window.start(data);
        window.waitFor("#today-summary");

        window.robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        window.waitFor("#editor-name");
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> window.robot.lookup("#editor-name").query().isFocused());
        window.robot.clickOn("#editor-name").write("Maya Cole");
        window.robot.clickOn("#editor-tag-input").write("boo");
        // The popup's cell shows before its text is filled in: wait for the suggestion as a person would.
        window.waitForText(".auto-complete-popup .list-cell", "book club"::equals);
        window.robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        window.waitForText(".kith-tag-chip .label", "book club"::equals);
        window.robot.type(KeyCode.ENTER);

        // The new person's page comes forward on the People screen; Today counts them.
        window.waitForText("#person-name", "Maya Cole"::equals);
        assertThat(window.isShown("#person-editor")).isFalse();
        window.robot.clickOn("#rail-today");
        window.waitForText("#today-summary", text -> text.startsWith("2 people ·"));
        window.stop();
        assertThat(everyone()).filteredOn(person -> person.name().equals("Maya Cole"))
                .singleElement().extracting(Person::tags).isEqualTo(List.of("book club"));
    }

    @Test
    void anImpossibleBirthdayKeepsTheEditorOpenWithTheReasonNextToIt() throws Exception {
        window.start(data);
        window.waitFor("#first-start");
        window.robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        window.waitFor("#editor-name");

        window.robot.clickOn("#editor-name").write("April Fool");
        window.robot.clickOn("#editor-birthday-day").write("31");
        window.robot.clickOn("#editor-birthday-month").clickOn("April");
        window.robot.clickOn("#editor-save");

        window.waitForText("#editor-save-error", "Not saved: april has only 30 days."::equals);
        assertThat(window.isShown("#person-editor")).isTrue();
        window.robot.type(KeyCode.ESCAPE);
        assertThat(window.isShown("#person-editor")).isFalse();
        window.stop();
        assertThat(everyone()).isEmpty();
    }

    @Test
    void anImportantDateIsAddedWithItsNameDayAndMonth() throws Exception {
        window.start(data);
        window.waitFor("#first-start");
        window.robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        window.waitFor("#editor-name");

        window.robot.clickOn("#editor-name").write("Maya Cole");
        window.robot.clickOn("#editor-date-add");
        window.robot.clickOn("#editor-date-0-name").write("Wedding anniversary");
        window.robot.clickOn("#editor-date-0-day").write("12");
        window.robot.clickOn("#editor-date-0-month").clickOn("June");
        window.robot.clickOn("#editor-date-0-year").write("2014");
        window.robot.clickOn("#editor-save");

        window.waitForText("#person-name", "Maya Cole"::equals);
        window.stop();
        assertThat(everyone()).singleElement().extracting(Person::dates).isEqualTo(
                List.of(new ImportantDate("Wedding anniversary", new PartialDate(2014, 6, 12))));
    }

    @Test
    void editingAPersonShowsTheirFieldsAndSavesTheChange() throws Exception {
        Person ada = ada();
        KithApp app = window.start(data);
        window.waitFor("#today-summary");

        WaitForAsyncUtils.asyncFx(() -> app.personEditor().editPerson(ada.id())).get();
        window.waitForText(".kith-tag-chip .label", "book club"::equals);
        window.robot.clickOn("#editor-nickname").write("Countess");
        window.robot.clickOn("#editor-cadence").write("14");
        window.robot.clickOn("#editor-save");

        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> !window.isShown("#person-editor"));
        window.stop();
        Person read = everyone().get(0);
        assertThat(read.nickname()).isEqualTo("Countess");
        assertThat(read.cadenceDays()).isEqualTo(14);
        assertThat(read.tags()).containsExactly("book club", "family");
    }
}
