package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.Initiator;
import app.kith.domain.Interaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One person's conversations as parallel primitive arrays in canonical order (day, then depth,
 * channel, initiator, minutes, group size), so that a score walks arrays and allocates nothing per
 * entry. Entries equal in every column are interchangeable, which is what lets one be removed by
 * value. Immutable: arrays are exactly sized and never handed out.
 */
final class InteractionColumns {

    /** The initiator column's code for "not noted"; the others are 1 + the Initiator's ordinal. */
    static final byte NO_INITIATOR = 0;

    /** The minutes column's code for "not noted". */
    static final short NO_MINUTES = -1;

    private static final Depth[] DEPTHS = Depth.values();
    private static final Channel[] CHANNELS = Channel.values();
    /** By initiator code: not noted, me, them, mutual. */
    private static final int[] INITIATIVE_BY_CODE = new int[Initiator.values().length + 1];

    private static final boolean[] SUBSTANTIAL_DEPTH = new boolean[Depth.values().length];
    private static final boolean[] MEANINGFUL_DEPTH = new boolean[Depth.values().length];
    private static final boolean[] MEANINGFUL_CHANNEL = new boolean[Channel.values().length];

    static {
        INITIATIVE_BY_CODE[Initiator.ME.ordinal() + 1] = 1;
        INITIATIVE_BY_CODE[Initiator.THEM.ordinal() + 1] = -1;
        for (Depth depth : Depth.values()) {
            SUBSTANTIAL_DEPTH[depth.ordinal()] = depth.isSubstantial();
            MEANINGFUL_DEPTH[depth.ordinal()] = InteractionWeight.isMeaningful(depth, Channel.IN_PERSON);
        }
        for (Channel channel : Channel.values()) {
            MEANINGFUL_CHANNEL[channel.ordinal()] = InteractionWeight.isMeaningful(Depth.DEEP, channel);
        }
    }

    static final InteractionColumns EMPTY = new InteractionColumns(
            new int[0], new byte[0], new byte[0], new byte[0], new short[0], new int[0]);

    final int[] days;
    final byte[] depths;
    final byte[] channels;
    final byte[] initiators;
    final short[] minutes;
    final int[] groupSizes;
    /** Derived from the other columns: D × C × L × G. */
    final double[] weights;

    InteractionColumns(int[] days, byte[] depths, byte[] channels, byte[] initiators, short[] minutes,
                       int[] groupSizes) {
        this.days = days;
        this.depths = depths;
        this.channels = channels;
        this.initiators = initiators;
        this.minutes = minutes;
        this.groupSizes = groupSizes;
        this.weights = new double[days.length];
        for (int i = 0; i < days.length; i++) {
            weights[i] = InteractionWeight.of(depth(i), channel(i), minutesOrNull(i), groupSizes[i]);
        }
    }

    /** The columns of these conversations, sorted into canonical order. */
    static InteractionColumns of(List<Interaction> interactions) {
        int n = interactions.size();
        int[] days = new int[n];
        byte[] depths = new byte[n];
        byte[] channels = new byte[n];
        byte[] initiators = new byte[n];
        short[] minutes = new short[n];
        int[] groupSizes = new int[n];
        for (int i = 0; i < n; i++) {
            Interaction interaction = interactions.get(i);
            Initiator initiator = interaction.initiatedBy();
            Integer length = interaction.minutes();
            days[i] = Days.of(interaction.date());
            depths[i] = (byte) interaction.depth().ordinal();
            channels[i] = (byte) interaction.channel().ordinal();
            initiators[i] = initiator == null ? NO_INITIATOR : (byte) (initiator.ordinal() + 1);
            minutes[i] = length == null ? NO_MINUTES : length.shortValue();
            groupSizes[i] = interaction.people().size();
        }
        return new InteractionColumns(days, depths, channels, initiators, minutes, groupSizes).sorted();
    }

    /** A one-entry column set for the conversation, as it counts for any one of its people. */
    static InteractionColumns single(Interaction interaction) {
        return of(List.of(interaction));
    }

    /** These entries in canonical order. */
    InteractionColumns sorted() {
        int[] order = Columns.sortedOrder(size(), (i, j) -> compareEntry(i, this, j));
        int n = size();
        int[] sortedDays = new int[n];
        byte[] sortedDepths = new byte[n];
        byte[] sortedChannels = new byte[n];
        byte[] sortedInitiators = new byte[n];
        short[] sortedMinutes = new short[n];
        int[] sortedGroupSizes = new int[n];
        for (int i = 0; i < n; i++) {
            int from = order[i];
            sortedDays[i] = days[from];
            sortedDepths[i] = depths[from];
            sortedChannels[i] = channels[from];
            sortedInitiators[i] = initiators[from];
            sortedMinutes[i] = minutes[from];
            sortedGroupSizes[i] = groupSizes[from];
        }
        return new InteractionColumns(sortedDays, sortedDepths, sortedChannels, sortedInitiators, sortedMinutes,
                sortedGroupSizes);
    }

    int size() {
        return days.length;
    }

    Depth depth(int i) {
        return DEPTHS[depths[i]];
    }

    Channel channel(int i) {
        return CHANNELS[channels[i]];
    }

    /** Personal or deep: "chat", not "chit". */
    boolean isSubstantial(int i) {
        return SUBSTANTIAL_DEPTH[depths[i]];
    }

    /** See {@link InteractionWeight#isMeaningful}. */
    boolean isMeaningful(int i) {
        return MEANINGFUL_DEPTH[depths[i]] && MEANINGFUL_CHANNEL[channels[i]];
    }

    /** 1 when I started entry i, −1 when they did, 0 when both did or it is not noted. */
    int initiative(int i) {
        return INITIATIVE_BY_CODE[initiators[i]];
    }

    Integer minutesOrNull(int i) {
        return minutes[i] == NO_MINUTES ? null : (int) minutes[i];
    }

    LocalDate date(int i) {
        return LocalDate.ofEpochDay(days[i]);
    }

    /** Canonical order of entry i here against entry j of {@code other}. */
    int compareEntry(int i, InteractionColumns other, int j) {
        int c = Integer.compare(days[i], other.days[j]);
        if (c == 0) {
            c = Byte.compare(depths[i], other.depths[j]);
        }
        if (c == 0) {
            c = Byte.compare(channels[i], other.channels[j]);
        }
        if (c == 0) {
            c = Byte.compare(initiators[i], other.initiators[j]);
        }
        if (c == 0) {
            c = Short.compare(minutes[i], other.minutes[j]);
        }
        if (c == 0) {
            c = Integer.compare(groupSizes[i], other.groupSizes[j]);
        }
        return c;
    }

    /** These columns with the one entry of {@code single} inserted at its canonical place. */
    InteractionColumns with(InteractionColumns single) {
        int at = Columns.insertionPoint(size(), i -> compareEntry(i, single, 0));
        return new InteractionColumns(
                Columns.insert(days, at, single.days[0]),
                Columns.insert(depths, at, single.depths[0]),
                Columns.insert(channels, at, single.channels[0]),
                Columns.insert(initiators, at, single.initiators[0]),
                Columns.insert(minutes, at, single.minutes[0]),
                Columns.insert(groupSizes, at, single.groupSizes[0]));
    }

    /** The index of an entry equal to the one of {@code single}, or −1. */
    int indexOf(InteractionColumns single) {
        return Columns.find(size(), i -> compareEntry(i, single, 0));
    }

    InteractionColumns without(int at) {
        return new InteractionColumns(
                Columns.remove(days, at),
                Columns.remove(depths, at),
                Columns.remove(channels, at),
                Columns.remove(initiators, at),
                Columns.remove(minutes, at),
                Columns.remove(groupSizes, at));
    }

    /** The number of entries dated on or before the day: the ones that count as of it. */
    int countUpTo(int day) {
        return Columns.countUpTo(days, day);
    }

    boolean sameEntries(InteractionColumns other) {
        return Arrays.equals(days, other.days) && Arrays.equals(depths, other.depths)
                && Arrays.equals(channels, other.channels) && Arrays.equals(initiators, other.initiators)
                && Arrays.equals(minutes, other.minutes) && Arrays.equals(groupSizes, other.groupSizes);
    }

    int entriesHash() {
        return 31 * Arrays.hashCode(days) + Arrays.hashCode(depths);
    }
}
