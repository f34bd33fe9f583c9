package app.kith.ui.rings;

import app.kith.domain.Ring;
import app.kith.insight.Kind;
import app.kith.insight.Status;
import java.util.UUID;

/**
 * One person as the Rings draw them, at an angle and a distance from "you".
 *
 * @param ring their ring now, or null for outside (drawn just beyond ring 150: only those who drifted out are)
 * @param pinned whether their ring is one the user pinned
 * @param angle clockwise from the top, in radians
 * @param distance from the centre, 0 to 1 of the outermost radius
 * @param was the ring they were in 90 days before, when they moved (null: outside)
 * @param wasDistance where that ring lies, or −1 when they did not move
 */
public record RingDot(UUID id, String name, Ring ring, boolean pinned, Kind kind, Status status, double angle,
                      double distance, Ring was, double wasDistance) {

    public boolean moved() {
        return wasDistance >= 0;
    }

    public boolean chat() {
        return kind == Kind.CHAT;
    }
}
