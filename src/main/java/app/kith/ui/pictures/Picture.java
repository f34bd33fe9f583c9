package app.kith.ui.pictures;

import javafx.scene.image.WritableImage;

/** A picture that can be written to a file as shown: drawn again, sharper, at a scale. */
public interface Picture {

    /** What it is, for the file's name: "map", "rings". */
    String subject();

    /** The picture as shown now, drawn at the scale (2: twice as many pixels each way). On the FX thread. */
    WritableImage render(double scale);
}
