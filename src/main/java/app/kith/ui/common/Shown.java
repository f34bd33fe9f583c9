package app.kith.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/** Nodes that come and go with a condition, taking no room in the layout while hidden. */
public final class Shown {

    private Shown() {
    }

    /** Shows the node while the condition holds; hidden, it is also left out of its parent's layout. */
    public static void shownWhile(Node node, ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
