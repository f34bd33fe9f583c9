package app.kith.ui.pictures;

import app.kith.ui.common.PictureExporter;
import app.kith.ui.common.TaskRunner;
import app.kith.ui.exchange.FilePicker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.value.ObservableBooleanValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Alert;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the Map or the Rings as shown to a PNG at twice the screen's scale: drawn again at that scale on the FX
 * thread (so lines and names stay sharp), encoded and written in the background, first to a file beside the target
 * and then moved onto it, so that a failed export leaves no half-written picture.
 */
public final class PictureExport implements PictureExporter {

    /** Twice the screen's own scale: sharp when printed or shown on a finer screen. */
    static final double SCALE = 2;

    private static final Logger LOG = LoggerFactory.getLogger(PictureExport.class);

    private final Supplier<Window> owner;
    private final TaskRunner tasks;
    private final FilePicker files;
    private final Supplier<Picture> shown;
    private final ObservableBooleanValue available;
    private final Clock clock;

    /**
     * @param shown the picture on screen, or null
     * @param available true while one is
     */
    public PictureExport(Supplier<Window> owner, TaskRunner tasks, FilePicker files, Supplier<Picture> shown,
                         ObservableBooleanValue available, Clock clock) {
        this.owner = owner;
        this.tasks = tasks;
        this.files = files;
        this.shown = shown;
        this.available = available;
        this.clock = clock;
    }

    @Override
    public ObservableBooleanValue available() {
        return available;
    }

    @Override
    public void export() {
        Picture picture = shown.get();
        Window window = owner.get();
        if (picture == null || !available.get()) {
            return;
        }
        Path target = files.pictureToSave(window, "kith-" + picture.subject() + "-" + LocalDate.now(clock) + ".png");
        if (target == null) {
            return;
        }
        double screen = window == null ? 1 : window.getOutputScaleX();
        WritableImage image = picture.render(SCALE * screen);
        tasks.read(context -> {
            write(image, target);
            return target;
        }).onError(IOException.class, error -> failed(window, target, error))
                .onError(error -> failed(window, target, error))
                .start();
    }

    /** Writes the PNG beside the target and moves it into place. */
    static void write(WritableImage image, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, ".kith-picture-", ".png");
        try {
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", partial.toFile())) {
                throw new IOException("no PNG writer");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void failed(Window window, Path target, Throwable error) {
        LOG.warn("Writing the picture to {} failed", target, error);
        Alert alert = new Alert(Alert.AlertType.ERROR, "Kith could not write the picture to " + target + " ("
                + app.kith.common.ErrorText.firstLine(error) + ").");
        alert.setHeaderText("The picture was not saved");
        alert.initOwner(window);
        alert.show();
    }
}
