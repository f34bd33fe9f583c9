package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.exchange.contacts.ContactFixtures;
import app.kith.store.Journal;
import app.kith.store.MatchChoice;
import app.kith.ui.exchange.PickedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** File › Import contacts, driven as a person would: the preview, a choice per match, the import, and its undo. */
class ContactImportWindowTest {

    @TempDir
    Path temp;

    private final WindowTestSupport window = new WindowTestSupport();
    private Path data;

    @BeforeAll
    static void toolkit() throws Exception {
        WindowTestSupport.startToolkit();
    }

    @BeforeEach
    void journalWithMaya() {
        data = temp.resolve("data");
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(Person.builder().name("Maya Cole").emails(List.of("maya@example.org")).build());
        }
    }

    @AfterEach
    void close() throws Exception {
        window.stop();
    }

    @Test
    void thePreviewShowsWhoComesInTheMatchesAndTheRejectedThenImportsAndUndoes() throws Exception {
        window.start(data, answers(List.of(ContactFixtures.file("apple.vcf"), ContactFixtures.file("google.csv"))));
        window.waitFor("#today");

        window.robot.clickOn("File").clickOn("Import contacts…");

        window.waitFor("#contacts-tabs");
        assertThat(window.textOf("#contacts-summary")).startsWith("3 people would be added, 2 matches by the same"
                + " email, phone or name, 1 record rejected.");
        window.waitFor(".contacts-choice");
        List<ChoiceBox<MatchChoice>> choices = window.robot.lookup(".contacts-choice").queryAllAs(castChoice())
                .stream().toList();
        assertThat(choices).hasSize(2);
        // Maya from Google matches Maya as Apple had her: keep both instead of merging.
        WaitForAsyncUtils.asyncFx(() -> choices.get(1).setValue(MatchChoice.KEEP_BOTH)).get();
        window.robot.clickOn("Rejected (1)");
        ListView<String> rejected = window.waitFor("#contacts-rejected");
        assertThat(rejected.getItems()).containsExactly("apple.vcf, line 36: the card is a group (Climbing friends),"
                + " not a person; groups are not imported");

        window.robot.clickOn((Node) window.waitFor("#contacts-import"));

        window.waitForText("#contacts-outcome", text -> text.startsWith("Imported"));
        assertThat(window.textOf("#contacts-outcome")).isEqualTo("Imported 4 people; merged details into 1 person"
                + " already in the journal.");
        window.robot.clickOn((Node) window.waitFor("#contacts-close"));

        window.robot.clickOn((Node) window.waitFor("#undo-button"));

        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> !window.isShown("#undo-bar"));
        // Closing waits for the writes queued before it: the undo is done by then.
        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.people().all()).singleElement().satisfies(maya -> {
                assertThat(maya.name()).isEqualTo("Maya Cole");
                assertThat(maya.emails()).containsExactly("maya@example.org");
            });
        }
    }

    @Test
    void theImportedPeopleAreInTheJournalOnceTheWindowCloses() throws Exception {
        window.start(data, answers(List.of(ContactFixtures.file("google.csv"))));
        window.waitFor("#today");
        window.robot.clickOn("File").clickOn("Import contacts…");
        window.robot.clickOn((Node) window.waitFor("#contacts-import"));
        window.waitForText("#contacts-outcome", text -> text.startsWith("Imported"));

        window.stop();

        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.people().all()).extracting(Person::name).containsExactly("Maya Cole", "Tom Baker");
            assertThat(journal.people().all().get(0).emails()).containsExactly("maya@example.org",
                    "maya.cole@work.example");
        }
    }

    @Test
    void aCsvKithDoesNotKnowIsMappedInATableOfItsColumnsBeforeThePreview() throws Exception {
        window.start(data, answers(List.of(ContactFixtures.file("other.csv"))));
        window.waitFor("#today");
        window.robot.clickOn("File").clickOn("Import contacts…");

        window.waitFor("#contacts-mapping");
        assertThat(window.textOf("#contacts-mapping .kith-mapping-column")).isEqualTo("Full name");
        List<String> samples = window.robot.lookup("#contacts-mapping .kith-muted").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(samples).contains("Rosa Lind", "rosa@example.org", "+1 555 0177");
        List<ChoiceBox<?>> choosers = window.robot.lookup(".kith-mapping-choice").queryAllAs(castAny()).stream()
                .toList();
        assertThat(choosers).hasSize(5);
        assertThat(shown(choosers.get(0))).isEqualTo("Name");
        // Leave the name out: the step says what it needs and stays.
        window.robot.clickOn(choosers.get(0)).clickOn("Leave out");
        window.robot.clickOn((Node) window.waitFor("#contacts-map"));
        window.waitForText("#contacts-mapping-problem", text -> text.startsWith("Choose which column holds the name"));
        window.robot.clickOn(choosers.get(0)).clickOn("Name");

        window.robot.clickOn((Node) window.waitFor("#contacts-map"));

        window.waitFor("#contacts-tabs");
        assertThat(window.textOf("#contacts-summary")).startsWith("1 person would be added, 0 matches by the same email, phone or name, 1 record rejected.");
        window.robot.clickOn((Node) window.waitFor("#contacts-import"));
        window.waitForText("#contacts-outcome", text -> text.startsWith("Imported 1 person"));
        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.people().all()).extracting(Person::name).containsExactly("Maya Cole", "Rosa Lind");
        }
    }

    private static PickedFiles answers(List<Path> contacts) {
        PickedFiles files = new PickedFiles();
        files.contacts = contacts;
        return files;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<ChoiceBox<?>> castAny() {
        return (Class) ChoiceBox.class;
    }

    /** What a chooser shows. */
    @SuppressWarnings("unchecked")
    private static String shown(ChoiceBox<?> chooser) {
        ChoiceBox<Object> any = (ChoiceBox<Object>) chooser;
        return any.getConverter().toString(any.getValue());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<ChoiceBox<MatchChoice>> castChoice() {
        return (Class) ChoiceBox.class;
    }
}
