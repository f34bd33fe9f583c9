package app.kith.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;

/**
 * One screen the navigation rail and the View menu can switch to.
 *
 * @param content builds the screen's view the first time it is shown
 * @param footShortcut for a screen kept at the foot of the rail (Settings): its own shortcut; null for
 *                     the screens at the top, which take Shortcut+1, +2… in their order
 */
public record Screen(String name, Ikon icon, Supplier<Node> content, KeyCombination footShortcut) {

    /** A screen at the top of the rail. */
    public Screen(String name, Ikon icon, Supplier<Node> content) {
        this(name, icon, content, null);
    }

    /** A screen at the foot of the rail, apart from the others, with its own shortcut. */
    public static Screen atFoot(String name, Ikon icon, KeyCombination shortcut, Supplier<Node> content) {
        return new Screen(name, icon, content, java.util.Objects.requireNonNull(shortcut));
    }

    public boolean atFoot() {
        return footShortcut != null;
    }

    /** The shortcut that shows this screen, given its place among the screens at the top. */
    KeyCombination shortcut(int topNumber) {
        return atFoot() ? footShortcut : KeyCombination.keyCombination("Shortcut+" + topNumber);
    }
}
