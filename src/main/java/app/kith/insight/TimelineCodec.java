package app.kith.insight;

import app.kith.domain.Channel;
import app.kith.domain.Interaction;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes a {@link PersonTimeline} as two compact byte arrays, one for conversations and one for
 * favours (the store keeps them in {@code person_digest.interactions} and {@code .favours}), and
 * reads them back. Each array starts with a version byte. Days are written as differences from the
 * previous entry, so a year of weekly calls takes a few hundred bytes. Weights are not stored: they
 * follow from the other columns and are recomputed on reading.
 *
 * <p>Version 1, conversations: version, count, then per entry: day (zig-zag varint of the epoch day
 * for the first, varint of the difference after), one byte with depth (bits 0–1), channel (2–4) and
 * initiator (5–6, 0 = not noted), minutes + 1 as a varint (0 = not noted), group size as a varint.
 * Favours: version, count, then per entry: day as above, one byte with direction (bit 0), size
 * (1–2) and status (3).
 */
public final class TimelineCodec {

    /** The version this code writes and the only one it reads. */
    public static final byte VERSION = 1;

    private static final int CHANNEL_COUNT = Channel.values().length;

    private TimelineCodec() {
    }

    public static byte[] encodeInteractions(PersonTimeline timeline) {
        InteractionColumns columns = timeline.interactions;
        ByteWriter out = new ByteWriter(2 + columns.size() * 5);
        out.write(VERSION);
        out.writeVarint(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            writeDay(out, columns.days, i);
            out.write(columns.depths[i] | columns.channels[i] << 2 | columns.initiators[i] << 5);
            out.writeVarint(columns.minutes[i] + 1);
            out.writeVarint(columns.groupSizes[i]);
        }
        return out.toArray();
    }

    public static byte[] encodeFavours(PersonTimeline timeline) {
        FavourColumns columns = timeline.favours;
        ByteWriter out = new ByteWriter(2 + columns.size() * 3);
        out.write(VERSION);
        out.writeVarint(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            writeDay(out, columns.days, i);
            out.write(columns.directions[i] | columns.sizes[i] << 1 | columns.statuses[i] << 3);
        }
        return out.toArray();
    }

    /**
     * Reads a person's timeline; a null array stands for no entries.
     *
     * @throws IllegalArgumentException saying what is wrong when the bytes are not a timeline of
     *     a version this Kith reads
     */
    public static PersonTimeline decode(UUID person, byte[] interactions, byte[] favours) {
        return new PersonTimeline(person,
                interactions == null ? InteractionColumns.EMPTY : decodeInteractions(interactions),
                favours == null ? FavourColumns.EMPTY : decodeFavours(favours));
    }

    private static InteractionColumns decodeInteractions(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, "conversations");
        int n = in.readHeader(VERSION, 4);
        int[] days = new int[n];
        byte[] depths = new byte[n];
        byte[] channels = new byte[n];
        byte[] initiators = new byte[n];
        short[] minutes = new short[n];
        int[] groupSizes = new int[n];
        for (int i = 0; i < n; i++) {
            days[i] = readDay(in, days, i);
            int packed = in.readByte();
            depths[i] = (byte) (packed & 0b11);
            channels[i] = (byte) (packed >> 2 & 0b111);
            initiators[i] = (byte) (packed >> 5 & 0b11);
            in.check(packed < 0x80 && channels[i] < CHANNEL_COUNT, "an unknown depth, channel or initiator");
            int length = in.readVarint() - 1;
            if (length < -1 || length > Interaction.MAX_MINUTES) {
                // Not in.check(...): its sentence would be built for every entry of every timeline read.
                throw in.damaged("a length of " + length + " minutes");
            }
            minutes[i] = (short) length;
            groupSizes[i] = in.readVarint();
            in.check(groupSizes[i] >= 1, "a conversation without people");
        }
        in.requireEnd();
        InteractionColumns columns = new InteractionColumns(days, depths, channels, initiators, minutes, groupSizes);
        for (int i = 1; i < n; i++) {
            in.check(columns.compareEntry(i - 1, columns, i) <= 0, "entries out of order");
        }
        return columns;
    }

    private static FavourColumns decodeFavours(byte[] bytes) {
        ByteReader in = new ByteReader(bytes, "favours");
        int n = in.readHeader(VERSION, 2);
        int[] days = new int[n];
        byte[] directions = new byte[n];
        byte[] sizes = new byte[n];
        byte[] statuses = new byte[n];
        for (int i = 0; i < n; i++) {
            days[i] = readDay(in, days, i);
            int packed = in.readByte();
            directions[i] = (byte) (packed & 1);
            sizes[i] = (byte) (packed >> 1 & 0b11);
            statuses[i] = (byte) (packed >> 3 & 1);
            in.check(packed < 0x10 && sizes[i] < 3, "an unknown favour size or status");
        }
        in.requireEnd();
        FavourColumns columns = new FavourColumns(days, directions, sizes, statuses);
        for (int i = 1; i < n; i++) {
            in.check(columns.compareEntry(i - 1, columns, i) <= 0, "entries out of order");
        }
        return columns;
    }

    private static void writeDay(ByteWriter out, int[] days, int i) {
        if (i == 0) {
            out.writeVarint(days[0] << 1 ^ days[0] >> 31);
        } else {
            out.writeVarint(days[i] - days[i - 1]);
        }
    }

    private static int readDay(ByteReader in, int[] days, int i) {
        long day;
        if (i == 0) {
            int zigzag = in.readVarint();
            day = zigzag >>> 1 ^ -(zigzag & 1);
        } else {
            day = (long) days[i - 1] + in.readVarint();
        }
        in.check(day >= Days.of(Days.FIRST) && day <= Days.of(Days.LAST), "a day outside the years 1 to 9999");
        return (int) day;
    }

    /** A growing byte buffer with unsigned LEB128 varints. */
    private static final class ByteWriter {
        private byte[] bytes;
        private int size;

        ByteWriter(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int value) {
            if (size == bytes.length) {
                bytes = Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) value;
        }

        void writeVarint(int value) {
            while ((value & ~0x7F) != 0) {
                write(value & 0x7F | 0x80);
                value >>>= 7;
            }
            write(value);
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads what ByteWriter wrote, and says in words where the bytes stop making sense. */
    private static final class ByteReader {
        private final byte[] bytes;
        private final String what;
        private int position;

        ByteReader(byte[] bytes, String what) {
            this.bytes = bytes;
            this.what = what;
        }

        /** Checks the version and reads the entry count, which must fit the bytes that follow. */
        int readHeader(byte version, int minBytesPerEntry) {
            check(bytes.length > 0, "no bytes at all");
            int found = readByte();
            if (found != version) {
                throw new IllegalArgumentException("the stored " + what + " are in format version " + found
                        + "; this Kith reads version " + version);
            }
            int count = readVarint();
            if (count < 0 || count > (bytes.length - position) / minBytesPerEntry) {
                throw damaged("a count of " + count + " entries that the bytes cannot hold");
            }
            return count;
        }

        int readByte() {
            check(position < bytes.length, "bytes missing at the end");
            return bytes[position++] & 0xFF;
        }

        int readVarint() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = readByte();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    check(shift < 28 || b < 0x10, "a number too large");
                    return value;
                }
            }
            throw damaged("a number too long");
        }

        void requireEnd() {
            if (position != bytes.length) {
                throw damaged((bytes.length - position) + " bytes too many at the end");
            }
        }

        void check(boolean condition, String problem) {
            if (!condition) {
                throw damaged(problem);
            }
        }

        IllegalArgumentException damaged(String problem) {
            return new IllegalArgumentException("the stored " + what + " are damaged at byte " + position
                    + ": " + problem);
        }
    }
}
