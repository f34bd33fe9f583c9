package app.kith.ui.shell;

import app.kith.ui.common.Icons;
import app.kith.ui.common.Shown;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the window shows before a journal locked with a passphrase opens: the passphrase, typed again if wrong. */
final class PassphrasePage {

    private PassphrasePage() {
    }

    static Node create(ShellViewModel shell, ShellActions actions) {
        FontIcon icon = Icons.icon(Feather.LOCK);
        icon.getStyleClass().add("kith-lock-icon");
        Label title = new Label("Your journal is locked");
        title.getStyleClass().add("kith-page-title");
        Label lead = new Label("Type your passphrase to open the journal in " + shell.ownFolder() + ".");
        lead.getStyleClass().add("kith-lead");
        lead.setWrapText(true);

        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase-field");
        passphrase.setPromptText("Passphrase");
        passphrase.setAccessibleText("Passphrase");
        passphrase.setPrefColumnCount(28);
        passphrase.disableProperty().bind(shell.unlockingProperty());
        Button open = new Button("Open");
        open.setId("passphrase-open");
        open.setDefaultButton(true);
        open.disableProperty().bind(shell.unlockingProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setMaxSize(20, 20);
        Shown.shownWhile(working, shell.unlockingProperty());
        Runnable unlock = () -> {
            shell.unlock(passphrase.getText());
            passphrase.clear();
        };
        open.setOnAction(event -> unlock.run());
        HBox row = new HBox(8, passphrase, open, working);
        row.getStyleClass().add("kith-settings-row");

        Label problem = new Label();
        problem.setId("passphrase-problem");
        problem.getStyleClass().add("kith-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(shell.passphraseProblemProperty());
        Shown.shownWhile(problem, shell.passphraseProblemProperty().isNotEmpty());
        shell.passphraseProblemProperty().addListener((observable, was, now) -> {
            if (now != null) {
                passphrase.requestFocus();
            }
        });

        Label forgotten = new Label("Kith cannot recover a forgotten passphrase: without it the journal, and the"
                + " backups made while it had this passphrase, stay closed.");
        forgotten.getStyleClass().addAll("kith-muted", "kith-small");
        forgotten.setWrapText(true);
        Button quit = new Button("Quit Kith");
        quit.getStyleClass().add("flat");
        quit.setOnAction(event -> actions.quit());

        VBox column = new VBox(16, icon, title, lead, row, problem, forgotten, quit);
        column.getStyleClass().add("kith-page-column");
        VBox page = new VBox(column);
        page.setId("passphrase-page");
        page.getStyleClass().add("kith-page");
        // The field has the focus as soon as the page is shown: typing and Enter is all it takes.
        page.sceneProperty().addListener((observable, was, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(passphrase::requestFocus);
            }
        });
        return page;
    }
}
