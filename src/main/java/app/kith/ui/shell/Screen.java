package app.kith.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One screen the navigation rail and the View menu can switch to.
 *
 * @param content builds the screen's view the first time it is shown
 */
public record Screen(String name, Ikon icon, Supplier<Node> content) {
}
