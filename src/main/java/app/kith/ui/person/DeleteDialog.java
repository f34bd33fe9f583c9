package app.kith.ui.person;

import app.kith.ui.common.Dialogs;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Asks what to do with someone who has entries: archive them instead (nothing lost), delete them
 * with what is theirs alone (shared conversations stay, without them), or keep them.
 */
final class DeleteDialog {

    static final ButtonType ARCHIVE = new ButtonType("Archive instead", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType DELETE = new ButtonType("Delete", ButtonBar.ButtonData.OTHER);
    static final ButtonType KEEP = new ButtonType("Keep", ButtonBar.ButtonData.CANCEL_CLOSE);

    private DeleteDialog() {
    }

    /** Asks, and waits for the answer: ARCHIVE, DELETE or KEEP. */
    static ButtonType ask(DeleteQuestion question, Window owner) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", ARCHIVE, DELETE, KEEP);
        alert.setTitle("Delete " + question.name());
        alert.setHeaderText("Delete " + question.name() + "?");
        Label text = new Label(explanation(question));
        text.setWrapText(true);
        text.setId("delete-explanation");
        text.setPrefWidth(460);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setId("delete-person-dialog");
        Button delete = (Button) alert.getDialogPane().lookupButton(DELETE);
        delete.setId("delete-person-confirm");
        delete.getStyleClass().add("danger");
        alert.getDialogPane().lookupButton(ARCHIVE).setId("delete-person-archive");
        alert.getDialogPane().lookupButton(KEEP).setId("delete-person-keep");
        Dialogs.dress(alert, owner);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.orElse(KEEP);
    }

    /** Says exactly what each choice does to this person's entries. */
    static String explanation(DeleteQuestion q) {
        String first = firstName(q.name());
        StringBuilder text = new StringBuilder("The journal holds ").append(entries(q)).append(" with ")
                .append(q.name()).append(".\n\n");
        text.append("Archive instead keeps everything: ").append(first)
                .append(" leaves the list, the rings and the review, and can come back at any time.\n\n");
        text.append("Delete removes ").append(first);
        if (q.solo() > 0) {
            text.append(", ").append(count(q.solo(), "conversation", "conversations"))
                    .append(" only they were part of");
        }
        if (q.favours() > 0) {
            text.append(q.solo() > 0 ? " and " : ", ").append(count(q.favours(), "favour", "favours"));
        }
        text.append(", and their follow-ups.");
        if (q.shared() > 0) {
            text.append(" ").append(count(q.shared(), "conversation", "conversations"))
                    .append(" shared with others ").append(q.shared() == 1 ? "stays" : "stay")
                    .append(", without ").append(first).append(".");
        }
        text.append(" You can undo it for a few seconds.");
        return text.toString();
    }

    private static String entries(DeleteQuestion q) {
        if (q.conversations() > 0 && q.favours() > 0) {
            return count(q.conversations(), "conversation", "conversations") + " and "
                    + count(q.favours(), "favour", "favours");
        }
        return q.conversations() > 0 ? count(q.conversations(), "conversation", "conversations")
                : count(q.favours(), "favour", "favours");
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String firstName(String name) {
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }
}
