package app.kith.ui.pictures;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's colours for drawing on a Canvas, which CSS does not reach: one tiny, unseen swatch per colour,
 * styled in kith.css with the theme's variables ({@code .kith-swatch-chat { -fx-background-color:
 * -color-success-emphasis; }}), read back once CSS has resolved them. The swatches must be in the scene; a theme
 * change restyles them and the drawing is told to draw again.
 */
public final class ThemeColours {

    /** The colours the pictures use, each with the one meaning DESIGN.md gives it. */
    public enum Swatch {
        BACKGROUND("bg"), SUBTLE_BACKGROUND("bg-subtle"), TEXT("fg"), MUTED("muted"), FAINT("faint"),
        BORDER("border"), CHAT("chat"), CHIT("chit"), ACCENT("accent"), ACCENT_SOFT("accent-soft"),
        GIVE("give"), OWE("owe"), BAND("band");

        private final String name;

        Swatch(String name) {
            this.name = name;
        }
    }

    private final Pane holder = new Pane();
    private final Map<Swatch, Region> swatches = new EnumMap<>(Swatch.class);

    /** @param changed told when the resolved colours change (the theme switched, CSS applied) */
    public ThemeColours(Runnable changed) {
        for (Swatch swatch : Swatch.values()) {
            Region region = new Region();
            region.getStyleClass().add("kith-swatch-" + swatch.name);
            region.backgroundProperty().addListener((observable, was, now) -> changed.run());
            swatches.put(swatch, region);
            holder.getChildren().add(region);
        }
        holder.setManaged(false);
        holder.setMouseTransparent(true);
        holder.setOpacity(0);
        holder.resize(1, 1);
    }

    /** Put this into the picture's layout (it takes no room and shows nothing). */
    public Node node() {
        return holder;
    }

    /** The theme's colour, or grey before CSS has reached the swatch. */
    public Color get(Swatch swatch) {
        Background background = swatches.get(swatch).getBackground();
        if (background != null && !background.getFills().isEmpty()) {
            BackgroundFill fill = background.getFills().get(0);
            Paint paint = fill.getFill();
            if (paint instanceof Color color) {
                return color;
            }
        }
        return Color.GRAY;
    }

    /** The colour with its opacity multiplied by the given share. */
    public Color get(Swatch swatch, double opacity) {
        Color color = get(swatch);
        return Color.color(color.getRed(), color.getGreen(), color.getBlue(), color.getOpacity() * opacity);
    }
}
