package app.kith.ui.common;

import atlantafx.base.theme.Styles;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the one pack Kith uses (Feather), and icon-only buttons that still say what they do. */
public final class Icons {

    private Icons() {
    }

    /** A decorative icon; the text beside it says what it means, so screen readers skip it. */
    public static FontIcon icon(Ikon ikon) {
        FontIcon icon = new FontIcon(ikon);
        icon.setFocusTraversable(false);
        icon.setAccessibleRole(AccessibleRole.NODE);
        return icon;
    }

    /** An icon-only button, with a tooltip and accessible text carrying its meaning. */
    public static Button iconButton(Ikon ikon, String description) {
        Button button = new Button(null, icon(ikon));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(description));
        button.setAccessibleText(description);
        return button;
    }
}
