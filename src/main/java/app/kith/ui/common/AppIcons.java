package app.kith.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;

/**
 * Kith's app icon at the sizes a window and its pages use. The PNGs are rendered from
 * {@code icons/kith.svg} at the top of the repository (the source of truth; see icons/render.sh)
 * into this package's resources. They are read in the background, so that the first frame does
 * not wait for them; whoever shows them binds to the lists and properties here.
 */
public final class AppIcons {

    static final int[] SIZES = {16, 32, 48, 64, 128, 256};
    private static final int LARGE = 128;

    private final ObservableList<Image> all = FXCollections.observableArrayList();
    /** One view for everyone: a view made per call could be collected while still bound to. */
    private final ObservableList<Image> allView = FXCollections.unmodifiableObservableList(all);
    private final ReadOnlyObjectWrapper<Image> large = new ReadOnlyObjectWrapper<>();

    /** Starts reading the icons; they appear in {@link #all()} and {@link #large()} when read. */
    public void load(TaskRunner tasks) {
        tasks.read(context -> read()).onSuccess(images -> {
            all.setAll(images);
            large.set(images.stream().filter(image -> image.getWidth() >= LARGE).findFirst().orElse(null));
        }).start();
    }

    /** Every size, for {@code Stage.getIcons()}; empty until read. */
    public ObservableList<Image> all() {
        return allView;
    }

    /** The icon for a page or a dialog (128 px, shown smaller); null until read. */
    public ReadOnlyObjectProperty<Image> large() {
        return large.getReadOnlyProperty();
    }

    /** A missing or unreadable size is left out: the system's default icon is no reason to stop. */
    private static List<Image> read() {
        List<Image> images = new ArrayList<>();
        for (int size : SIZES) {
            try (InputStream in = AppIcons.class.getResourceAsStream("/app/kith/ui/icons/kith-" + size + ".png")) {
                if (in != null) {
                    images.add(new Image(in));
                }
            } catch (IOException e) {
                // Left out, as said above.
            }
        }
        return images;
    }
}
