package app.kith.ui.map;

import app.kith.insight.Kind;
import app.kith.insight.Status;
import java.util.UUID;

/**
 * One person as the Map draws them.
 *
 * @param depth Depth, 0 to 100: up
 * @param investment Investment, −1 ("they put in more") to +1 ("you put in more"): across
 * @param radius the bubble's radius in pixels, its area following Warmth
 * @param kind Chat or Chit (colour and shape), null when there is no conversation that counts
 * @param status opacity and outline: Fading lower, Dormant lower still with a dashed outline
 * @param x where the bubble is drawn across, in map units (0 to {@link MapLayout#SIZE}); spread apart from
 *     others that would sit on it, so it may lie a little off its Investment
 * @param y the same downwards (0 is Depth 100)
 */
public record MapPoint(UUID id, String name, int depth, double investment, double warmth, double radius, Kind kind,
                       Status status, double x, double y) {

    public boolean chat() {
        return kind == Kind.CHAT;
    }
}
