package app.kith.ui.common;

import javafx.beans.value.ObservableBooleanValue;

/** File › Export picture: writes the picture shown (the Map or the Rings) to a PNG file the person chooses. */
public interface PictureExporter {

    /** True while a picture is shown that can be written. */
    ObservableBooleanValue available();

    /** Asks where, then writes the picture as shown. */
    void export();
}
