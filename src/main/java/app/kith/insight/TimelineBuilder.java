package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.FavourDirection;
import app.kith.domain.FavourSize;
import app.kith.domain.FavourStatus;
import app.kith.domain.Initiator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Gathers one person's entries column by column, as a store reads them from its rows, and makes
 * the {@link PersonTimeline}: the same timeline {@link PersonTimeline#of} makes from domain records,
 * without building a record per row. Entries may come in any order. Not thread-safe; one use.
 */
public final class TimelineBuilder {

    private static final int FIRST_CAPACITY = 16;

    private final UUID person;
    private int interactions;
    private int[] days = new int[FIRST_CAPACITY];
    private byte[] depths = new byte[FIRST_CAPACITY];
    private byte[] channels = new byte[FIRST_CAPACITY];
    private byte[] initiators = new byte[FIRST_CAPACITY];
    private short[] minutes = new short[FIRST_CAPACITY];
    private int[] groupSizes = new int[FIRST_CAPACITY];
    private int favours;
    private int[] favourDays = new int[FIRST_CAPACITY];
    private byte[] directions = new byte[FIRST_CAPACITY];
    private byte[] sizes = new byte[FIRST_CAPACITY];
    private byte[] statuses = new byte[FIRST_CAPACITY];

    public TimelineBuilder(UUID person) {
        this.person = person;
    }

    public UUID person() {
        return person;
    }

    /**
     * Adds a conversation as it counts for this person.
     *
     * @param initiatedBy null when not noted
     * @param length minutes, null when not noted
     * @param groupSize how many people took part, this person included
     */
    public TimelineBuilder interaction(LocalDate date, Depth depth, Channel channel, Initiator initiatedBy,
                                       Integer length, int groupSize) {
        if (groupSize < 1) {
            throw new IllegalArgumentException("a conversation has at least one person, not " + groupSize);
        }
        if (interactions == days.length) {
            int capacity = days.length * 2;
            days = Arrays.copyOf(days, capacity);
            depths = Arrays.copyOf(depths, capacity);
            channels = Arrays.copyOf(channels, capacity);
            initiators = Arrays.copyOf(initiators, capacity);
            minutes = Arrays.copyOf(minutes, capacity);
            groupSizes = Arrays.copyOf(groupSizes, capacity);
        }
        int i = interactions++;
        days[i] = Days.of(date);
        depths[i] = (byte) depth.ordinal();
        channels[i] = (byte) channel.ordinal();
        initiators[i] = initiatedBy == null ? InteractionColumns.NO_INITIATOR : (byte) (initiatedBy.ordinal() + 1);
        minutes[i] = length == null ? InteractionColumns.NO_MINUTES : length.shortValue();
        groupSizes[i] = groupSize;
        return this;
    }

    /** Adds one of this person's favours. */
    public TimelineBuilder favour(LocalDate date, FavourDirection direction, FavourSize size, FavourStatus status) {
        if (favours == favourDays.length) {
            int capacity = favourDays.length * 2;
            favourDays = Arrays.copyOf(favourDays, capacity);
            directions = Arrays.copyOf(directions, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            statuses = Arrays.copyOf(statuses, capacity);
        }
        int i = favours++;
        favourDays[i] = Days.of(date);
        directions[i] = (byte) direction.ordinal();
        sizes[i] = (byte) size.ordinal();
        statuses[i] = (byte) status.ordinal();
        return this;
    }

    /** The timeline of everything added, in canonical order. */
    public PersonTimeline build() {
        InteractionColumns conversations = interactions == 0 ? InteractionColumns.EMPTY : new InteractionColumns(
                Arrays.copyOf(days, interactions), Arrays.copyOf(depths, interactions),
                Arrays.copyOf(channels, interactions), Arrays.copyOf(initiators, interactions),
                Arrays.copyOf(minutes, interactions), Arrays.copyOf(groupSizes, interactions)).sorted();
        FavourColumns given = favours == 0 ? FavourColumns.EMPTY : new FavourColumns(
                Arrays.copyOf(favourDays, favours), Arrays.copyOf(directions, favours),
                Arrays.copyOf(sizes, favours), Arrays.copyOf(statuses, favours)).sorted();
        return new PersonTimeline(person, conversations, given);
    }
}
