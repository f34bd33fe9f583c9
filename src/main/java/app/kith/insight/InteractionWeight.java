package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;

/**
 * What one conversation counts for one of its people, before decay: {@code w = D × C × L × G}.
 * Every factor has a neutral value of 1 for a half-hour, one-to-one, in-person small talk.
 */
public final class InteractionWeight {

    /** Half an hour is an ordinary conversation: it counts as it is (L = 1). */
    static final double REFERENCE_MINUTES = 30;

    /** A two-minute exchange still counts half: it happened. */
    static final double MIN_LENGTH_FACTOR = 0.5;

    /** A whole day together counts at most twice, so that one long visit cannot outweigh a season of calls. */
    static final double MAX_LENGTH_FACTOR = 2;

    /**
     * A message or an email can carry a real exchange; a reaction on social media cannot. Only
     * channels at least this weighty keep someone in a ring.
     */
    static final double MEANINGFUL_CHANNEL_WEIGHT = 0.4;

    private InteractionWeight() {
    }

    /** The full weight of a conversation for one of its {@code people} participants. */
    public static double of(Depth depth, Channel channel, Integer minutes, int people) {
        return depthFactor(depth) * channelFactor(channel) * lengthFactor(minutes) * groupFactor(people);
    }

    /** D: a deep talk counts five times small talk, because substance, not frequency, builds a tie. */
    public static double depthFactor(Depth depth) {
        return switch (depth) {
            case SMALL_TALK -> 1;
            case CATCH_UP -> 2;
            case PERSONAL -> 3;
            case DEEP -> 5;
        };
    }

    /** C: being there counts most; each step away from a shared room carries less of a person. */
    public static double channelFactor(Channel channel) {
        return switch (channel) {
            case IN_PERSON -> 1.0;
            case VIDEO -> 0.8;
            case CALL -> 0.7;
            case LETTER -> 0.5;
            case MESSAGE, EMAIL -> 0.4;
            case SOCIAL -> 0.15;
        };
    }

    /** L: 1 when the length is unknown, else sqrt(minutes / 30) kept within 0.5 and 2. */
    public static double lengthFactor(Integer minutes) {
        if (minutes == null) {
            return 1;
        }
        double factor = Math.sqrt(minutes / REFERENCE_MINUTES);
        return Math.max(MIN_LENGTH_FACTOR, Math.min(MAX_LENGTH_FACTOR, factor));
    }

    /** G: attention is shared in a group; each of four people at a dinner gets half a one-to-one. */
    public static double groupFactor(int people) {
        if (people < 1) {
            throw new IllegalArgumentException("a conversation has at least one person, not " + people);
        }
        return 1 / Math.sqrt(people);
    }

    /**
     * Meaningful conversations place people in rings and set their rhythm: at least a catch-up,
     * on a channel that can carry one (small talk does not keep a relationship close).
     */
    public static boolean isMeaningful(Depth depth, Channel channel) {
        return depth.compareTo(Depth.CATCH_UP) >= 0 && channelFactor(channel) >= MEANINGFUL_CHANNEL_WEIGHT;
    }
}
