package app.kith.ui.home;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The rows of a Today card: the first few items, a "Show all" button when there are more (a large journal has
 * dozens of birthdays in two weeks), or a sentence saying what would be here when there are none.
 */
final class ItemList<T> {

    private final ObservableList<T> items;
    private final Function<T, Node> row;
    private final int shownFirst;
    private final Label empty;
    private final String more;
    private final VBox box = new VBox();
    private boolean all;

    /**
     * @param shownFirst how many items show before "Show all"
     * @param emptyText what the card says when it has nothing
     * @param more what the rest are, for the button: "birthdays and dates" in "Show all 37 birthdays and dates"
     */
    ItemList(ObservableList<T> items, Function<T, Node> row, int shownFirst, String emptyText, String more) {
        this.items = items;
        this.row = row;
        this.shownFirst = shownFirst;
        this.more = more;
        this.empty = new Label(emptyText);
        empty.getStyleClass().add("kith-muted");
        empty.setWrapText(true);
        box.getStyleClass().add("kith-today-list");
        items.addListener((ListChangeListener<T>) change -> rebuild());
        rebuild();
    }

    VBox node() {
        return box;
    }

    private void rebuild() {
        if (items.isEmpty()) {
            all = false;
            box.getChildren().setAll(empty);
            return;
        }
        int shown = all ? items.size() : Math.min(shownFirst, items.size());
        box.getChildren().setAll(items.subList(0, shown).stream().map(row).toList());
        if (shown < items.size()) {
            Button showAll = new Button("Show all " + items.size() + " " + more);
            showAll.getStyleClass().addAll("kith-today-more", "flat");
            showAll.setMnemonicParsing(false);
            showAll.setOnAction(event -> {
                all = true;
                int focusAt = shown;
                rebuild();
                box.getChildren().get(focusAt).requestFocus();
            });
            box.getChildren().add(showAll);
        }
    }
}
