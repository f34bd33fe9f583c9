package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.store.Journal;
import app.kith.ui.shell.ThemeSwitcher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, driven as a person would drive it (headless). */
class KithWindowTest {

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

    @Test
    void theWindowOpensWithItsRailItsMenusAndTheFirstStartPage() throws Exception {
        window.start(data);

        ToggleButton today = window.waitFor("#rail-today");
        assertThat(today.getText()).isEqualTo("Today");
        assertThat(today.isSelected()).isTrue();
        MenuBar menus = window.waitFor(".menu-bar");
        assertThat(menus.getMenus()).extracting(menu -> menu.getText()).containsExactly("File", "People", "View", "Help");
        window.waitFor("#first-start");
        assertThat(window.isShown("#first-start-add")).isTrue();
        assertThat(window.isShown("#first-start-explore")).isTrue();
        assertThat(window.robot.lookup("#first-start-import").queryButton().isDisabled()).isFalse();
    }

    @Test
    void theThemeSwitchesAndIsRememberedAcrossARestart() throws Exception {
        window.start(data);
        window.waitFor("#first-start");

        window.robot.clickOn("View").clickOn("Dark theme");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeSwitcher.stylesheet(true));
        WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS, TimeUnit.SECONDS,
                () -> Files.exists(data.resolve("window.properties"))
                        && Files.readString(data.resolve("window.properties")).contains("theme=dark"));

        window.stop();
        Application.setUserAgentStylesheet(ThemeSwitcher.stylesheet(false));
        window.start(data);
        window.waitFor("#first-start");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeSwitcher.stylesheet(true));

        window.robot.clickOn("View").clickOn("Light theme");

        assertThat(Application.getUserAgentStylesheet()).isEqualTo(ThemeSwitcher.stylesheet(false));
    }

    @Test
    void theWindowComesBackWhereItWasLeft() throws Exception {
        window.start(data);
        window.waitFor("#first-start");
        Stage stage = window.stage();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(60);
            stage.setY(40);
            stage.setWidth(900);
            stage.setHeight(640);
        }).get();

        window.stop();
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setX(5);
            stage.setY(5);
            stage.setWidth(1000);
            stage.setHeight(700);
        }).get();
        window.start(data);
        window.waitFor("#first-start");

        assertThat(new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()})
                .containsExactly(60, 40, 900, 640);
    }

    @Test
    void addingAPersonFromTheFirstStartPageSavesThemAndShowsTheirPage() throws Exception {
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#first-start-add"));
        window.waitFor("#editor-name");

        window.robot.clickOn("#editor-save");

        window.waitForText("#editor-name-error", "Enter a name."::equals);
        window.robot.clickOn("#editor-name").write("Maya Cole");
        window.robot.clickOn("#editor-save");

        // The new person's page comes forward on the People screen; Today counts them.
        window.waitForText("#person-name", "Maya Cole"::equals);
        assertThat(window.isShown("#editor-name")).isFalse();
        window.robot.clickOn("#rail-today");
        window.waitForText("#today-summary", text -> text.startsWith("1 person ·"));
        window.stop();
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(journal.people().count()).isEqualTo(1);
        }
    }

    @Test
    void theSampleJournalIsMadeInItsOwnFolderAndTheOwnJournalStaysEmpty() throws Exception {
        window.start(data);
        window.robot.clickOn(window.<Node>waitFor("#first-start-explore"));

        String shown = window.waitForEither("#sample-banner", "#problem-page");
        assertThat(shown).as("the sample journal failed: %s", window.textOf("#problem-text")).isEqualTo("#sample-banner");
        window.waitForText("#today-summary",
                text -> text.startsWith(WindowTestSupport.TINY_SAMPLE.people() + " people ·"));
        assertThat(Files.exists(data.resolve("sample").resolve("journal.mv.db"))).isTrue();
        assertThat(window.textOf("#today-folder")).startsWith("This sample journal is kept in ");
        Label banner = window.robot.lookup("#sample-banner .label").query();
        assertThat(banner.getText()).isEqualTo("You are exploring a sample journal — your own journal is untouched.");

        window.robot.clickOn("#banner-back");

        window.waitFor("#first-start");
        assertThat(window.isShown("#sample-banner")).isFalse();
        window.stop();
        try (Journal own = Journal.open(data, WindowTestSupport.CLOCK)) {
            assertThat(own.people().count()).isZero();
        }
    }

    @Test
    void aJournalThatCannotBeOpenedShowsItsSentenceAndNoStackTrace() throws Exception {
        Path notAFolder = Files.writeString(data.resolve("not-a-folder"), "x");

        window.start(notAFolder);

        window.waitForText("#problem-text", text -> text.equals("Kith cannot use " + notAFolder
                + " as its data folder: " + notAFolder + " is a file, not a folder."));
        Label sentence = window.robot.lookup("#problem-text").query();
        assertThat(sentence.getText()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(window.isShown("#problem-retry")).isTrue();
    }

    @Test
    void f1ListsTheShortcutsAndShortcutNAddsAPerson() throws Exception {
        window.start(data);
        window.waitFor("#first-start");

        window.robot.type(KeyCode.F1);

        window.waitFor("#shortcuts");
        assertThat(window.robot.lookup("#shortcuts .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("New person", "Quit", "Today", "Keyboard shortcuts", "On Review", "Let go (archive, with Undo)");
        window.robot.type(KeyCode.ESCAPE);

        window.robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);

        TextField name = window.waitFor("#editor-name");
        assertThat(name.isFocused()).isTrue();
    }

    @Test
    void aboutShowsTheVersionAndTheDataFolderAsText() throws Exception {
        window.start(data);
        window.waitFor("#first-start");

        window.robot.clickOn("Help").clickOn("About Kith");

        Label version = window.waitFor("#about-version");
        assertThat(version.getText()).isEqualTo("Development build");
        TextField folder = window.waitFor("#about-data-folder");
        assertThat(folder.getText()).isEqualTo(data.toString());
        assertThat(folder.isEditable()).isFalse();
    }
}
