package app.kith.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kith.domain.Person;
import app.kith.store.Journal;
import app.kith.store.JournalFiles;
import app.kith.store.TestKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window on a journal locked with a passphrase, and Settings' passphrase and backups, driven as a person would. */
class PassphraseWindowTest {

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
    void aLockedJournalOpensOnlyWithItsPassphraseTypedAgainWhenWrong() throws Exception {
        try (Journal journal = Journal.open(data, WindowTestSupport.CLOCK)) {
            journal.people().add(Person.named("Maya Cole"));
        }
        TestKeys.set(data, WindowTestSupport.CLOCK, "correct horse battery");
        byte[] file = Files.readAllBytes(JournalFiles.journal(data));

        window.start(data);
        window.waitFor("#passphrase-page");
        window.robot.clickOn("#passphrase-field").write("correct horse").type(KeyCode.ENTER);

        window.waitForText("#passphrase-problem", text -> text.startsWith("That passphrase does not open this"
                + " journal."));
        assertThat(Files.readAllBytes(JournalFiles.journal(data))).isEqualTo(file);
        assertThat(window.isShown("#passphrase-page")).isTrue();

        window.robot.clickOn("#passphrase-field").write("correct horse battery").type(KeyCode.ENTER);

        window.robot.clickOn("#rail-people");
        javafx.scene.control.ListView<?> people = window.waitFor("#people-list");
        org.testfx.util.WaitForAsyncUtils.waitFor(WindowTestSupport.PATIENCE_SECONDS,
                java.util.concurrent.TimeUnit.SECONDS, () -> people.getItems().size() == 1);
        assertThat(window.isShown("#passphrase-page")).isFalse();
    }

    @Test
    void settingsSetsAPassphraseAfterSayingWhatForgettingItMeans() throws Exception {
        window.start(data);
        window.waitFor("#first-start");
        // The first start offers the passphrase; its link leads to Settings, where it is set.
        window.robot.clickOn("#first-start-passphrase");
        window.waitFor("#settings-passphrase");

        scrollTo("#passphrase-set");
        window.robot.clickOn("#passphrase-set");
        Label warning = window.waitFor("#passphrase-warning");
        assertThat(warning.getText()).startsWith("If you forget the passphrase, the journal is lost");
        scrollTo("#passphrase-again");
        window.robot.clickOn("#passphrase-new").write("correct horse battery");
        window.robot.clickOn("#passphrase-again").write("correct horse battery");
        window.robot.type(KeyCode.ENTER);

        window.waitForText("#passphrase-note", text -> text.startsWith("Your journal is now encrypted"));
        assertThat(JournalFiles.isLocked(data)).isTrue();

        scrollTo("#backups-now");
        window.robot.clickOn("#backups-now");
        window.waitForText("#backups-note", text -> text.startsWith("Backed up"));
        assertThat(window.isShown("#backup-restore-0")).isTrue();
    }

    /** Scrolls the Settings page so that the node is in the window, as a person would before clicking it. */
    private void scrollTo(String selector) throws Exception {
        javafx.scene.Node node = window.waitFor(selector);
        javafx.scene.control.ScrollPane scroll = null;
        for (javafx.scene.Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ScrollPane pane) {
                scroll = pane;
            }
        }
        javafx.scene.control.ScrollPane pane = scroll;
        org.testfx.api.FxToolkit.setupFixture(() -> {
            double contentHeight = pane.getContent().getBoundsInLocal().getHeight();
            double viewport = pane.getViewportBounds().getHeight();
            double y = pane.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            pane.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, Math.max(0, (y - 40) / (contentHeight - viewport))));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
