package app.kith.insight;

import app.kith.domain.Person;
import app.kith.domain.Ring;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * How often a person is meant to be talked to, in days, and where that figure comes from.
 *
 * @param days the cadence
 * @param source the user's own cadence, the person's own rhythm, or the ring's target
 * @param target the ring's target (× 1.5 for kin), or null outside the rings
 * @param rhythmDays distinct days with a meaningful conversation in the 730 days up to T
 * @param medianGap the median gap between those days, or null with fewer than 5
 */
public record Cadence(double days, Source source, Double target, int rhythmDays, Double medianGap) {

    /** Where a cadence comes from. */
    public enum Source {
        /** Set on the person by the user: it wins over everything. */
        OWN,
        /** The median gap between the person's meaningful conversations, kept near the ring's target. */
        RHYTHM,
        /** The ring's target: too few conversations to read a rhythm from. */
        RING
    }

    /** Two years of contact show a rhythm; longer ago says little about today's. */
    static final int RHYTHM_WINDOW_DAYS = 730;

    /** Five conversations on distinct days (four gaps) before a median gap means anything. */
    static final int MIN_RHYTHM_DAYS = 5;

    /** A rhythm may differ from the ring's target, but by at most a factor of two either way. */
    static final double MIN_TARGET_SHARE = 0.5;
    static final double MAX_TARGET_SHARE = 2;

    /** Family ties survive longer gaps than friendships do. */
    static final double KIN_FACTOR = 1.5;

    /** The ring's target gap: weekly, monthly, twice a year, yearly (Dunbar's layers). */
    static double ringTarget(Ring ring) {
        return switch (ring) {
            case FIVE -> 7;
            case FIFTEEN -> 30;
            case FIFTY -> 182;
            case ONE_FIFTY -> 365;
        };
    }

    /** The person's cadence in the given ring (null for outside), or null when they have none. */
    static Cadence of(Person person, Ring ring, Evidence evidence) {
        Double target = ring == null ? null : ringTarget(ring) * (person.kin() ? KIN_FACTOR : 1);
        int rhythmDays = evidence.rhythmDays();
        Double median = evidence.medianGap();
        if (person.cadenceDays() != null) {
            return new Cadence(person.cadenceDays(), Source.OWN, target, rhythmDays, median);
        }
        if (target == null) {
            return null;
        }
        if (median == null) {
            return new Cadence(target, Source.RING, target, rhythmDays, null);
        }
        Cadence ringAndRhythm = new Cadence(target, Source.RHYTHM, target, rhythmDays, median);
        return new Cadence(ringAndRhythm.suggestedDays(), Source.RHYTHM, target, rhythmDays, median);
    }

    /**
     * What Kith itself would take, whatever the person's own cadence says: their rhythm kept near the ring's target,
     * or the target; null outside the rings (the review's cadence choice offers it beside the current one).
     */
    public Double suggestedDays() {
        if (target == null) {
            return null;
        }
        if (medianGap == null) {
            return target;
        }
        return Math.max(MIN_TARGET_SHARE * target, Math.min(MAX_TARGET_SHARE * target, medianGap));
    }

    /**
     * The median gap between ascending distinct days (the mean of the middle two for an even
     * number of gaps), or null with fewer than {@link #MIN_RHYTHM_DAYS} days. Overwrites the array
     * with the gaps.
     */
    static Double medianGap(int[] days, int count) {
        if (count < MIN_RHYTHM_DAYS) {
            return null;
        }
        int gaps = count - 1;
        for (int i = 0; i < gaps; i++) {
            days[i] = days[i + 1] - days[i];
        }
        Arrays.sort(days, 0, gaps);
        int middle = gaps / 2;
        return gaps % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2.0;
    }

    /**
     * Days from the latest meaningful conversation (or, without one, the latest of any kind) to T,
     * over the cadence; null without a cadence or without conversations.
     */
    static Double overdueRatio(Cadence cadence, Evidence evidence, LocalDate asOf) {
        if (cadence == null || evidence.latest() == null) {
            return null;
        }
        LocalDate from = evidence.latestMeaningful() != null ? evidence.latestMeaningful() : evidence.latest();
        return (Days.of(asOf) - Days.of(from)) / cadence.days();
    }
}
