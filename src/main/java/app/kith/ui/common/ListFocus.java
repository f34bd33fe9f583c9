package app.kith.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ListView;

/**
 * Keeps a single-selection list's focused row on its selected row. JavaFX moves both together when a row is
 * clicked, stepped to with the keys or selected in code, but not when the rows change under them (a search, a
 * refresh, a merge or a delete) or the selection is cleared: the focus model then shifts on its own and the
 * list shows its focus ring on one row and the selection on another.
 */
public final class ListFocus {

    private ListFocus() {
    }

    /** From now on the list's focus follows its selection, whatever changes either or the rows. */
    public static <T> void followSelection(ListView<T> list) {
        list.getSelectionModel().selectedIndexProperty().addListener((observable, was, now) -> agree(list));
        // Added after the list's own models listen to the rows, so it runs once they have adjusted.
        ListChangeListener<T> rows = change -> agree(list);
        if (list.getItems() != null) {
            list.getItems().addListener(rows);
        }
        list.itemsProperty().addListener((observable, was, now) -> {
            if (was != null) {
                was.removeListener(rows);
            }
            if (now != null) {
                now.addListener(rows);
            }
            agree(list);
        });
    }

    private static void agree(ListView<?> list) {
        int selected = list.getSelectionModel().getSelectedIndex();
        ObservableList<?> items = list.getItems();
        if (list.getFocusModel() != null && list.getFocusModel().getFocusedIndex() != selected
                && (items == null || selected < items.size())) {
            list.getFocusModel().focus(selected);
        }
    }
}
