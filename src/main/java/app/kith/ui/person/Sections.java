package app.kith.ui.person;

import java.util.Locale;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the sections of a person's page share in their look: a card with a caption, a line for trouble. */
final class Sections {

    private Sections() {
    }

    /** A card with a small upper-case caption above the body. */
    static VBox card(String caption, String id, Node... body) {
        Label title = new Label(caption.toUpperCase(Locale.ROOT));
        title.getStyleClass().add("kith-card-title");
        VBox card = new VBox(title);
        card.getChildren().addAll(body);
        card.setId(id);
        card.getStyleClass().addAll("kith-card", "kith-person-section");
        return card;
    }

    /** A sentence saying why the section could not be read or written, shown only when there is one. */
    static Label problem(ReadOnlyStringProperty text) {
        Label problem = new Label();
        problem.getStyleClass().add("kith-field-error");
        problem.setWrapText(true);
        problem.textProperty().bind(text);
        problem.managedProperty().bind(text.isNotNull());
        problem.visibleProperty().bind(problem.managedProperty());
        return problem;
    }
}
