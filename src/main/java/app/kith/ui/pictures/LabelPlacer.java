package app.kith.ui.pictures;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts names beside dots so that no two names overlap, the most important first: each name tries the right of its
 * dot, then the left, above and below, and is left out when none is free (the hover names it). Greedy, so the
 * same dots in the same order always get the same names.
 */
public final class LabelPlacer {

    /** A label's box on the screen, its top left corner and size in pixels. */
    public record Box(double x, double y, double width, double height) {

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }
    }

    /** Room kept between a dot and its name, and around each name. */
    private static final double GAP = 3;

    private final double width;
    private final double height;
    private final List<Box> taken = new ArrayList<>();

    /** @param width the drawing's width, so that no name runs off it; the same for the height */
    public LabelPlacer(double width, double height) {
        this.width = width;
        this.height = height;
    }

    /** Keeps a box free of names (a caption, the hover card). */
    public void reserve(Box box) {
        taken.add(box);
    }

    /**
     * A free place for a name of the given size beside a dot of the given radius, now taken; or null when there
     * is none.
     */
    public Box place(double dotX, double dotY, double radius, double labelWidth, double labelHeight) {
        double side = radius + GAP;
        Box[] tries = {
            new Box(dotX + side, dotY - labelHeight / 2, labelWidth, labelHeight),
            new Box(dotX - side - labelWidth, dotY - labelHeight / 2, labelWidth, labelHeight),
            new Box(dotX - labelWidth / 2, dotY - side - labelHeight, labelWidth, labelHeight),
            new Box(dotX - labelWidth / 2, dotY + side, labelWidth, labelHeight),
        };
        for (Box box : tries) {
            if (fits(box)) {
                taken.add(padded(box));
                return box;
            }
        }
        return null;
    }

    private boolean fits(Box box) {
        if (box.x() < 0 || box.y() < 0 || box.x() + box.width() > width || box.y() + box.height() > height) {
            return false;
        }
        for (Box other : taken) {
            if (other.overlaps(box)) {
                return false;
            }
        }
        return true;
    }

    /** A placed name keeps a little room around it: more beside it than above and below (lines are tall). */
    private static Box padded(Box box) {
        return new Box(box.x() - GAP, box.y() - 1, box.width() + 2 * GAP, box.height() + 2);
    }
}
