package app.kith.ui.pictures;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** How wide a text is drawn in a font, measured once per text: names are placed before they are drawn. */
public final class TextWidths {

    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final Font font;

    public TextWidths(Font font) {
        this.font = font;
        measure.setFont(font);
    }

    public Font font() {
        return font;
    }

    public double of(String text) {
        return widths.computeIfAbsent(text, key -> {
            measure.setText(key);
            return measure.getLayoutBounds().getWidth();
        });
    }

    /** The height of a line in the font. */
    public double lineHeight() {
        measure.setText("Ag");
        return measure.getLayoutBounds().getHeight();
    }
}
