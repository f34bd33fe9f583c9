package app.kith.ui.common;

import javafx.scene.Node;

/**
 * Tells a view when it is shown and when it is not: a screen's node is in the window's scene while the screen is
 * on screen and is taken out when another screen takes its place. A view uses it to activate its view model
 * (which then follows the {@link InsightSnapshot}) only while it is seen.
 */
public final class WhileShown {

    private WhileShown() {
    }

    /** Runs {@code shown} now if the node is in a scene and each time it enters one, {@code hidden} when it leaves. */
    public static void follow(Node node, Runnable shown, Runnable hidden) {
        node.sceneProperty().addListener((observable, was, now) -> {
            if (now != null && was == null) {
                shown.run();
            } else if (now == null && was != null) {
                hidden.run();
            }
        });
        if (node.getScene() != null) {
            shown.run();
        }
    }
}
