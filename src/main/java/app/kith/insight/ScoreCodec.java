package app.kith.insight;

import java.nio.ByteBuffer;
import java.time.LocalDate;

/**
 * Writes a {@link Score} as a few bytes and reads it back exactly, so that the store can keep each
 * person's score between processes ({@code kept_scores}). Only what the score is computed from is
 * written: the four decayed sums and the evidence; the other figures follow from them through the
 * same code ({@link Figures#of}), bit for bit.
 *
 * <p>The first byte is {@link #MODEL}. Bytes of another model are not read: the score they hold was
 * computed by other formulas and must be computed again.
 */
public final class ScoreCodec {

    /**
     * The version of the scoring model and of this layout (2: model v1.1, with the counts of meaningful
     * conversations in the two half years that Fading compares). Raise it with any change to how a score is
     * computed (a formula, a constant, a window), or kept scores of the old formulas would be shown.
     * ScoreCodecTest pins the scores of a reference timeline to remind whoever changes one.
     */
    public static final byte MODEL = 2;

    /** The bytes of one score, the model's byte included. */
    public static final int SIZE = 1 + 4 * Double.BYTES + 18 * Integer.BYTES + 1 + Double.BYTES;

    private ScoreCodec() {
    }

    public static byte[] encode(Score score) {
        ByteBuffer out = ByteBuffer.allocate(SIZE);
        encode(score, out);
        return out.array();
    }

    /** Writes the score's {@link #SIZE} bytes at the buffer's position. */
    public static void encode(Score score, ByteBuffer out) {
        Figures figures = score.figures();
        Evidence evidence = score.evidence();
        out.put(MODEL);
        out.putDouble(figures.warmth()).putDouble(figures.substance())
                .putDouble(figures.favoursGiven()).putDouble(figures.favoursReceived());
        out.putInt(score.depthHalfYearAgo());
        out.putInt(evidence.interactions()).putInt(day(evidence.first())).putInt(day(evidence.latest()))
                .putInt(evidence.interactionsLastYear()).putInt(evidence.substantialLastYear())
                .putInt(day(evidence.latestSubstantial())).putInt(day(evidence.latestMeaningful()))
                .putInt(evidence.startedByMe()).putInt(evidence.startedByThem()).putInt(evidence.favours())
                .putInt(evidence.favoursGivenLastYear()).putInt(evidence.favoursReceivedLastYear())
                .putInt(day(evidence.latestFavour())).putInt(evidence.meaningfulInRingYear())
                .putInt(evidence.rhythmDays()).putInt(evidence.meaningfulRecent())
                .putInt(evidence.meaningfulBefore());
        out.put((byte) (evidence.medianGap() == null ? 0 : 1));
        out.putDouble(evidence.medianGap() == null ? 0 : evidence.medianGap());
    }

    /** Whether the bytes hold a score of this model, which {@link #decode} reads. */
    public static boolean isCurrent(byte[] bytes) {
        return bytes != null && bytes.length == SIZE && bytes[0] == MODEL;
    }

    /**
     * Reads a score written by {@link #encode}.
     *
     * @throws IllegalArgumentException when the bytes are not a score of this model
     */
    public static Score decode(byte[] bytes) {
        if (!isCurrent(bytes)) {
            throw new IllegalArgumentException("not a score of scoring model " + MODEL);
        }
        return decode(ByteBuffer.wrap(bytes));
    }

    /**
     * Reads the score whose {@link #SIZE} bytes start at the buffer's position.
     *
     * @throws IllegalArgumentException when they are not a score of this model
     */
    public static Score decode(ByteBuffer in) {
        if (in.remaining() < SIZE || in.get() != MODEL) {
            throw new IllegalArgumentException("not a score of scoring model " + MODEL);
        }
        double warmth = in.getDouble();
        double substance = in.getDouble();
        double given = in.getDouble();
        double received = in.getDouble();
        int depthHalfYearAgo = in.getInt();
        int interactions = in.getInt();
        LocalDate first = date(in.getInt());
        LocalDate latest = date(in.getInt());
        int lastYear = in.getInt();
        int substantialLastYear = in.getInt();
        LocalDate latestSubstantial = date(in.getInt());
        LocalDate latestMeaningful = date(in.getInt());
        int startedByMe = in.getInt();
        int startedByThem = in.getInt();
        int favours = in.getInt();
        int givenLastYear = in.getInt();
        int receivedLastYear = in.getInt();
        LocalDate latestFavour = date(in.getInt());
        int meaningfulInRingYear = in.getInt();
        int rhythmDays = in.getInt();
        int meaningfulRecent = in.getInt();
        int meaningfulBefore = in.getInt();
        boolean hasMedian = in.get() != 0;
        double median = in.getDouble();
        Evidence evidence = new Evidence(interactions, first, latest, lastYear, substantialLastYear, latestSubstantial,
                latestMeaningful, startedByMe, startedByThem, favours, givenLastYear, receivedLastYear, latestFavour,
                meaningfulInRingYear, rhythmDays, hasMedian ? median : null, meaningfulRecent, meaningfulBefore);
        return new Score(Figures.of(warmth, substance, given, received, startedByMe, startedByThem),
                depthHalfYearAgo, evidence);
    }

    private static int day(LocalDate date) {
        return date == null ? Days.NONE : Days.of(date);
    }

    private static LocalDate date(int day) {
        return Days.dateOrNull(day);
    }
}
