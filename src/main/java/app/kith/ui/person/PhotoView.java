package app.kith.ui.person;

import app.kith.domain.Photo;
import app.kith.ui.common.Icons;
import atlantafx.base.theme.Styles;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The photo in a circle, with "Choose…" and "Remove"; the file is read and scaled in the background. */
final class PhotoView {

    private static final double SIZE = 72;

    private final Supplier<Window> owner;
    private final ImageView image = new ImageView();
    private final VBox node;

    PhotoView(PhotoChoice photo, PersonEditorViewModel form, Supplier<Window> owner) {
        this.owner = owner;
        image.setFitWidth(SIZE);
        image.setFitHeight(SIZE);
        image.setPreserveRatio(false);
        image.setSmooth(true);
        image.setClip(new Circle(SIZE / 2, SIZE / 2, SIZE / 2));
        FontIcon placeholder = Icons.icon(Feather.USER);
        placeholder.getStyleClass().add("kith-photo-placeholder");
        StackPane frame = new StackPane(placeholder, image);
        frame.getStyleClass().add("kith-photo-frame");
        frame.setMinSize(SIZE, SIZE);
        frame.setMaxSize(SIZE, SIZE);

        Button choose = new Button("Choose…");
        choose.setId("editor-photo-choose");
        choose.getStyleClass().add(Styles.SMALL);
        choose.disableProperty().bind(photo.readingProperty());
        choose.setOnAction(event -> choose(form));
        Button remove = new Button("Remove");
        remove.setId("editor-photo-remove");
        remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        remove.disableProperty().bind(photo.photoProperty().isNull());
        remove.setOnAction(event -> form.removePhoto());
        VBox buttons = new VBox(6, choose, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox row = new HBox(12, frame, buttons);
        row.setAlignment(Pos.CENTER_LEFT);
        node = new VBox(4, row, FormGrid.errorLabel(photo.errorProperty()));

        photo.photoProperty().addListener((observable, was, now) -> show(now));
        show(photo.photoProperty().get());
    }

    VBox node() {
        return node;
    }

    /** The photo is at most 256 px and half a megabyte: decoding it here costs the frame nothing. */
    private void show(Photo value) {
        image.setImage(value == null ? null : new Image(new ByteArrayInputStream(value.bytes())));
        image.setVisible(value != null);
    }

    private void choose(PersonEditorViewModel form) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a photo");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Pictures", "*.png", "*.jpg", "*.jpeg", "*.gif", "*.bmp",
                        "*.PNG", "*.JPG", "*.JPEG", "*.GIF", "*.BMP"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(owner.get());
        if (file != null) {
            form.choosePhoto(file.toPath());
        }
    }
}
