package app.kith.ui.people;

import app.kith.ui.common.Icons;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;

/** What the list area says when there is no list to show. */
final class PeopleEmptyStates {

    private PeopleEmptyStates() {
    }

    /** A journal with nobody in it: what goes here, and the button to begin. */
    static Node emptyJournal(Runnable addPerson) {
        Label icon = new Label(null, Icons.icon(Feather.USERS));
        icon.getStyleClass().add("kith-empty-icon");
        Label title = new Label("No one here yet");
        title.getStyleClass().add("kith-empty-title");
        Label text = new Label("Add the people you talk to. As you log your conversations and favours, "
                + "Kith shows how each relationship is going.");
        text.getStyleClass().add("kith-muted");
        text.setWrapText(true);
        Button add = new Button("Add a person", Icons.icon(Feather.USER_PLUS));
        add.setId("people-empty-add");
        add.getStyleClass().add("accent");
        add.setOnAction(event -> addPerson.run());
        VBox box = centred(icon, title, text, add);
        box.setId("people-empty");
        return box;
    }

    /** Nobody matches the search or the filters. */
    static Node noMatches(ObservableStringValue sentence, Runnable clearAll) {
        Label text = new Label();
        text.setId("people-no-matches");
        text.getStyleClass().add("kith-muted");
        text.setWrapText(true);
        text.textProperty().bind(sentence);
        Button clear = new Button("Clear search and filters");
        clear.setId("people-clear-filters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(event -> clearAll.run());
        return centred(text, clear);
    }

    /** While the list is read, or when it could not be. */
    static Node waiting(ObservableStringValue problem) {
        Label text = new Label();
        text.setId("people-waiting");
        text.getStyleClass().add("kith-muted");
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> problem.get() == null ? "Reading the people in this journal…" : problem.get(), problem));
        return centred(text);
    }

    private static VBox centred(Node... parts) {
        VBox box = new VBox(parts);
        box.getStyleClass().add("kith-empty-state");
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(360);
        return box;
    }
}
