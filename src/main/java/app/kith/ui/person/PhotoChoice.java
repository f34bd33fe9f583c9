package app.kith.ui.person;

import app.kith.domain.Photo;
import app.kith.exchange.PhotoScaler;
import app.kith.ui.common.TaskRunner;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The person's photo in the editor: chosen from a file (read and scaled in the background) or removed. */
public final class PhotoChoice {

    private static final Logger LOG = LoggerFactory.getLogger(PhotoChoice.class);

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Photo> photo = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();

    PhotoChoice(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void set(Photo value) {
        photo.set(value);
        error.set(null);
    }

    void choose(Path file) {
        reading.set(true);
        error.set(null);
        tasks.read(context -> PhotoScaler.fromFile(file))
                .onSuccess(scaled -> {
                    reading.set(false);
                    photo.set(scaled);
                })
                .onError(PhotoScaler.NotAPicture.class, refused -> {
                    reading.set(false);
                    error.set(refused.getMessage());
                })
                .onError(failure -> {
                    LOG.error("Reading a photo failed", failure);
                    reading.set(false);
                    error.set("Kith could not use " + file.getFileName() + " as a photo.");
                })
                .start();
    }

    /** The photo to save, already scaled; null for none. */
    public ReadOnlyObjectProperty<Photo> photoProperty() {
        return photo.getReadOnlyProperty();
    }

    /** True while a chosen file is read and scaled. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Why the chosen file was not taken, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
