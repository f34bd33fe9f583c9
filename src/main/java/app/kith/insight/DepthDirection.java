package app.kith.insight;

import java.time.LocalDate;

/**
 * Where a person's Depth is heading: how far it moved since T − 180 days, the day the Fading status
 * compares it with. Shown as "↓ 22 since June", said as "Depth down 22 since June".
 *
 * @param before Depth as of T − 180 days
 * @param now Depth as of T
 * @param asOf the date T
 */
public record DepthDirection(int before, int now, LocalDate asOf) {

    /**
     * A move of fewer points is shown but not coloured: a month's rhythm moves Depth by a few points
     * either way, and a list that is red at every other row says nothing.
     */
    static final int NOTICEABLE = 5;

    private static final String DOWN = "\u2193";
    private static final String UP = "\u2191";

    /** The direction of the person's Depth as of their insight's date. */
    public static DepthDirection of(PersonInsight insight) {
        return new DepthDirection(insight.depthBefore(), insight.depth(), insight.asOf());
    }

    /** Depth now minus Depth as of T − 180 days: below 0 when it fell. */
    public int change() {
        return now - before;
    }

    /** Whether there is a direction to tell: not for a Depth that was 0 then and is 0 now (nobody to speak of). */
    public boolean worthSaying() {
        return before > 0 || now > 0;
    }

    /** The change with its arrow: "↓ 22", "↑ 5", or "no change". */
    public String arrow() {
        if (change() == 0) {
            return "no change";
        }
        return (change() < 0 ? DOWN : UP) + " " + Math.abs(change());
    }

    /** "since June", as seen from T (the month of T − 180 days; "since November last year" across a new year). */
    public String sinceWords() {
        return "since " + Phrases.month(asOf.minusDays(Status.LOOKBACK_DAYS), asOf);
    }

    /** "↓ 22 since June". */
    public String text() {
        return arrow() + " " + sinceWords();
    }

    /** For a screen reader, which says no arrows: "Depth down 22 since June", "Depth unchanged since June". */
    public String spoken() {
        return "Depth " + movement();
    }

    /** The change in words: "down 22 since June", "up 5 since June", "unchanged since June". */
    public String movement() {
        String how = change() == 0 ? "unchanged" : (change() < 0 ? "down " : "up ") + Math.abs(change());
        return how + " " + sinceWords();
    }

    /** Depth fell by a noticeable amount. */
    public boolean falling() {
        return change() <= -NOTICEABLE;
    }

    /** Depth rose by a noticeable amount. */
    public boolean rising() {
        return change() >= NOTICEABLE;
    }

    /** What the change means, for its colour: "falling", "rising", or "steady" for a small move or none. */
    public String code() {
        return falling() ? "falling" : rising() ? "rising" : "steady";
    }
}
