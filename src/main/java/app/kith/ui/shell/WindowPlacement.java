package app.kith.ui.shell;

import java.util.Comparator;
import java.util.List;

/**
 * Where the window opens: where it was last time, moved and shrunk onto a screen that still
 * exists (a laptop unplugged from its second monitor must not open Kith out of sight).
 */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1200;
    static final double DEFAULT_HEIGHT = 780;
    static final double MIN_WIDTH = 720;
    static final double MIN_HEIGHT = 480;
    /** The first window leaves a margin of the screen free, so it reads as a window. */
    private static final double FIRST_SHARE = 0.9;

    private WindowPlacement() {
    }

    /**
     * @param saved the bounds remembered from last time, or null
     * @param screens the usable area of each screen (without task bars), the primary first
     */
    public static WindowBounds place(WindowBounds saved, List<WindowBounds> screens) {
        WindowBounds primary = screens.get(0);
        if (saved == null) {
            return centred(Math.min(DEFAULT_WIDTH, primary.width() * FIRST_SHARE),
                    Math.min(DEFAULT_HEIGHT, primary.height() * FIRST_SHARE), primary);
        }
        WindowBounds screen = screens.stream()
                .filter(candidate -> candidate.overlap(saved) > 0)
                .max(Comparator.comparingDouble(candidate -> candidate.overlap(saved)))
                .orElse(null);
        if (screen == null) {
            return centred(fit(saved.width(), MIN_WIDTH, primary.width()),
                    fit(saved.height(), MIN_HEIGHT, primary.height()), primary);
        }
        double width = fit(saved.width(), MIN_WIDTH, screen.width());
        double height = fit(saved.height(), MIN_HEIGHT, screen.height());
        double x = Math.max(screen.x(), Math.min(saved.x(), screen.maxX() - width));
        double y = Math.max(screen.y(), Math.min(saved.y(), screen.maxY() - height));
        return new WindowBounds(x, y, width, height);
    }

    private static WindowBounds centred(double width, double height, WindowBounds screen) {
        return new WindowBounds(screen.x() + (screen.width() - width) / 2,
                screen.y() + (screen.height() - height) / 2, width, height);
    }

    /** At least the minimum where the screen allows it, never more than the screen. */
    private static double fit(double wanted, double minimum, double available) {
        return Math.min(Math.max(wanted, Math.min(minimum, available)), available);
    }
}
