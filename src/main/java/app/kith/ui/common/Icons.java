package app.kith.ui.common;

import javafx.scene.AccessibleRole;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** Icons from the one pack Kith uses (Feather). */
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
}
