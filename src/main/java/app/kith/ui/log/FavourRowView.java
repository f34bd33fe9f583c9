package app.kith.ui.log;

import app.kith.domain.Coded;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourKind;
import app.kith.domain.FavourSize;
import app.kith.ui.common.Shown;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One favour in the Log dialog: gave or received, size and kind on the first line, whose it is when the
 * conversation has several people; the description, "only promised" and a remove button on the second.
 */
final class FavourRowView {

    private final VBox box = new VBox(4);

    /**
     * @param index the row's place, for ids a test can find
     * @param removable false for the one favour of a favour logged on its own
     */
    FavourRowView(FavourForm favour, ObservableList<PersonChoice> people, int index, boolean removable,
                  Runnable remove) {
        String id = "log-favour-" + index;
        box.setId(id);
        box.getStyleClass().add("kith-favour-row");
        ChoiceRow<FavourDirection> direction = new ChoiceRow<>(id + "-direction", List.of(FavourDirection.values()),
                favour.directionProperty(), d -> d == FavourDirection.GIVEN ? "Gave" : "Received", false);
        ChoiceRow<FavourSize> size = new ChoiceRow<>(id + "-size", List.of(FavourSize.values()),
                favour.sizeProperty(), FavourSize::label, false);
        ComboBox<FavourKind> kind = new ComboBox<>();
        kind.setId(id + "-kind");
        kind.getItems().setAll(FavourKind.values());
        kind.setConverter(labels());
        kind.valueProperty().bindBidirectional(favour.kindProperty());
        kind.setAccessibleText("Kind of favour");
        ComboBox<PersonChoice> whose = new ComboBox<>(people);
        whose.setId(id + "-person");
        whose.setPromptText("Whose?");
        whose.setButtonCell(new NameCell());
        whose.setCellFactory(list -> new NameCell());
        whose.valueProperty().bindBidirectional(favour.personProperty());
        Shown.shownWhile(whose, Bindings.size(people).greaterThan(1));
        HBox first = new HBox(8, direction.node(), size.node(), kind);

        TextField description = new TextField();
        description.setId(id + "-description");
        description.setPromptText("What it was, e.g. a CV review");
        description.textProperty().bindBidirectional(favour.descriptionProperty());
        HBox.setHgrow(description, Priority.ALWAYS);
        CheckBox promised = new CheckBox("Only promised");
        promised.setId(id + "-promised");
        promised.selectedProperty().bindBidirectional(favour.promisedProperty());
        HBox second = new HBox(8, whose, description, promised);
        second.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        first.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (removable) {
            Button drop = new Button(null, new FontIcon(Feather.TRASH_2));
            drop.setId(id + "-remove");
            drop.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            drop.setTooltip(new Tooltip("Remove this favour"));
            drop.setAccessibleText("Remove this favour");
            drop.setOnAction(event -> remove.run());
            second.getChildren().add(drop);
        }
        Label error = LogDialog.errorLabel(id + "-error", favour.errorProperty());
        box.getChildren().addAll(first, second, error);
    }

    Node node() {
        return box;
    }

    static <E extends Coded> StringConverter<E> labels() {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : value.label();
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    /** A person's name in a list of the entry's people (whose favour, whose follow-up). */
    static final class NameCell extends ListCell<PersonChoice> {
        @Override
        protected void updateItem(PersonChoice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
