package app.kith.ui.common;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer comes over their node. Making one is costly (it is a
 * small window of its own) and most are never seen, so the first frame does not pay for them.
 */
public final class Tips {

    private Tips() {
    }

    public static void install(Node node, String text) {
        EventHandler<MouseEvent> firstVisit = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                node.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(node, new Tooltip(text));
            }
        };
        node.addEventHandler(MouseEvent.MOUSE_ENTERED, firstVisit);
    }
}
