package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** People › Find duplicates, driven as a person would: the pair, the choice of whom to keep, Merge, and Undo. */
class DuplicatesWindowTest {

    @TempDir
    Path temp;

    private final WindowTestSupport window = new WindowTestSupport();
    private Path data;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @BeforeEach
    void journalWithTwoBobs() {
        data = temp.resolve("data");
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(Person.builder().name("Bob Smith").emails(List.of("bob@example.org")).build());
            journal.people().add(Person.builder().name("Robert Smith").organization("Acme").build());
            journal.people().add(Person.named("Ada Lovelace"));
        }
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void mergingThePairKeepsTheOneChosenAndUndoPartsThemAgain() throws Exception {
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#rail-people"));
        ListView<?> list = window.waitFor("#people-list");
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> list.getItems().size() == 3);

        window.robot.clickOn("People").clickOn("Find duplicates…");

        window.waitFor(".kith-duplicate");
        List<String> titles = window.robot.lookup(".kith-duplicate-title").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(titles).containsExactly("Bob Smith and Robert Smith");
        window.robot.clickOn("Keep Robert Smith (Acme)");
        window.robot.clickOn("Merge");

        window.waitForText("#undo-message", "Merged Bob Smith into Robert Smith"::equals);
        window.waitFor("#duplicates-none");
        assertThat(window.textOf("#duplicates-message")).startsWith("Merged Bob Smith into Robert Smith");
        // The window's reading of the journal follows: the People list has one person fewer.
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> list.getItems().size() == 2);

        window.robot.clickOn("#undo-button");

        window.waitFor(".kith-duplicate");
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS, () -> list.getItems().size() == 3);
        window.robot.clickOn("#duplicates-close");
        assertThat(window.isShown("#duplicates-dialog")).isFalse();
        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.people().all()).extracting(Person::name)
                    .containsExactly("Ada Lovelace", "Bob Smith", "Robert Smith");
        }
    }

    @Test
    void thePeopleScreensButtonOpensTheListAndSaysWhenThereIsNoPair() throws Exception {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().delete(journal.people().all().stream().filter(p -> p.name().equals("Bob Smith"))
                    .findFirst().orElseThrow().id());
        }
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#rail-people"));

        window.robot.clickOn(window.<Node>waitFor("#people-find-duplicates"));

        window.waitForText("#duplicates-none", "No one in the journal looks like someone else."::equals);
    }
}
