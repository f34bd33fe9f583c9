package app.kith.ui.common;

import java.io.InputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.image.Image;

/**
 * Kith's app icon at the sizes a window and its dialogs use. The PNGs are rendered from
 * {@code icons/kith.svg} at the top of the repository, the source of truth, into this package's
 * resources. Load them off the FX thread (Application.init does).
 */
public final class AppIcons {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};

    private final List<Image> images;

    private AppIcons(List<Image> images) {
        this.images = List.copyOf(images);
    }

    /** Reads the icons from the class path; a missing size is left out. */
    public static AppIcons load() {
        List<Image> loaded = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/app/kith/ui/icons/kith-" + size + ".png")) {
                if (in != null) {
                    loaded.add(new Image(in));
                }
            } catch (IOException e) {
                // An icon that cannot be read leaves the window with the system's default: no reason to stop.
            }
        }
        return new AppIcons(loaded);
    }

    /** Every size, for {@code Stage.getIcons()}. */
    public List<Image> all() {
        return images;
    }

    /** The smallest icon at least this many pixels wide (the largest when none is), or null. */
    public Image atLeast(int pixels) {
        Image best = null;
        for (Image image : images) {
            best = image;
            if (image.getWidth() >= pixels) {
                return image;
            }
        }
        return best;
    }
}
