package app.kith.ui;

import app.kith.sample.SampleSpec;
import app.kith.store.Journal;
import app.kith.store.PersonSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Not a test: opens the real window on a journal (a copy of a sample!) and the Log dialog in a given state,
 * to be looked at and captured from outside, e.g. {@code import -window root shot.png}.
 * Arguments: the data folder, then conversation | filled | errors | edit | favour.
 */
public final class LogDialogLook {

    private LogDialogLook() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String state = args.length > 1 ? args[1] : "filled";
        List<UUID> two;
        UUID talk;
        try (Journal journal = Journal.open(folder, Clock.systemDefaultZone())) {
            List<PersonSummary> people = journal.people().summaries();
            two = List.of(people.get(0).id(), people.get(1).id());
            talk = journal.interactions().forPerson(two.get(0), 0, 1).stream().findFirst().map(i -> i.id()).orElse(null);
        }
        KithApp app = new KithApp(Clock.systemDefaultZone(), folder, new SampleSpec(12, 60, 8, 2, 7));
        Platform.startup(() -> { });
        app.init();
        Platform.runLater(() -> app.start(new Stage()));
        Thread.sleep(35000);
        Platform.runLater(() -> {
            switch (state) {
                case "edit" -> app.entries().editInteraction(talk);
                case "favour" -> app.entries().logFavour(two.get(0));
                case "conversation", "errors" -> app.entries().logConversation(List.of());
                default -> app.entries().logConversation(two);
            }
        });
        Thread.sleep(5000);
        Platform.runLater(() -> fill(state));
        if (args.length > 2) {
            Thread.sleep(2000);
            Platform.runLater(() -> Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet()));
        }
    }

    private static void fill(String state) {
        Node root = Window.getWindows().get(Window.getWindows().size() - 1).getScene().getRoot();
        if (state.equals("errors")) {
            ((ButtonBase) root.lookup("#log-save")).fire();
        } else if (state.equals("filled")) {
            ((ButtonBase) root.lookup("#log-channel-in-person")).fire();
            ((ButtonBase) root.lookup("#log-depth-personal")).fire();
            ((ButtonBase) root.lookup("#log-started-them")).fire();
            ((TextInputControl) root.lookup("#log-minutes")).setText("90");
            ((TextInputControl) root.lookup("#log-time")).setText("18:30");
            ((TextInputControl) root.lookup("#log-notes")).setText("Her move to Porto; the new job starts in March.");
            ((ButtonBase) root.lookup("#log-add-gave")).fire();
            Platform.runLater(() -> {
                Node again = Window.getWindows().get(Window.getWindows().size() - 1).getScene().getRoot();
                ((TextInputControl) again.lookup("#log-favour-0-description")).setText("Reviewed her CV");
                again.lookup("#log-people-input").requestFocus();
                ((TextInputControl) again.lookup("#log-people-input")).setText("ra");
            });
        }
    }
}
