package app.kith.insight;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Computes a person's {@link Score} as of a date T from their timeline in one walk over each
 * array. Entries dated after T do not count. The Depth of T − 180 days comes from the same walk:
 * an entry's decay as of that day is its decay as of T times 2^(180/H); so do the counts of
 * meaningful conversations in the two half years that the Fading status compares.
 *
 * <p>Keeps a scratch buffer between people: one scorer serves one thread.
 */
public final class TimelineScorer {

    /**
     * Timelines scored by one scorer in a go. Scoring a whole large journal (a cold start, a new day)
     * is split into such chunks over the machine's cores.
     */
    private static final int CHUNK = 500;

    /** PRODUCT.md: "within the last 365 days" means dated after T − 365 and on or before T. */
    static final int LAST_YEAR_DAYS = 365;

    private final int asOf;
    private final DecayTable decay;
    private final DecayTable favourDecay;
    /** 2^(180/H): turns a sum decayed as of T into one decayed as of T − 180 days. */
    private final double backToHalfYearAgo;
    private final double favoursBackToHalfYearAgo;
    private int[] rhythmDays = new int[64];

    public TimelineScorer(LocalDate asOf, HalfLife halfLife) {
        this.asOf = Days.of(asOf);
        this.decay = new DecayTable(halfLife.days());
        this.favourDecay = new DecayTable(FavourWeight.HALF_LIFE_DAYS);
        this.backToHalfYearAgo = 1 / halfLife.decay(Status.LOOKBACK_DAYS);
        this.favoursBackToHalfYearAgo = 1 / HalfLife.decay(Status.LOOKBACK_DAYS, FavourWeight.HALF_LIFE_DAYS);
    }

    /** Every timeline's score as of the day, in the order given, on every core when there are many. */
    public static List<Score> scoreAll(List<PersonTimeline> timelines, LocalDate asOf, HalfLife halfLife) {
        Score[] scores = new Score[timelines.size()];
        int chunks = (timelines.size() + CHUNK - 1) / CHUNK;
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(chunk -> {
            // A scorer keeps a scratch buffer: one per chunk, never shared between threads.
            TimelineScorer scorer = new TimelineScorer(asOf, halfLife);
            for (int i = chunk * CHUNK; i < Math.min(scores.length, (chunk + 1) * CHUNK); i++) {
                scores[i] = scorer.score(timelines.get(i));
            }
        });
        return Arrays.asList(scores);
    }

    public Score score(PersonTimeline timeline) {
        Tally tally = new Tally();
        tallyInteractions(timeline.interactions, tally);
        tallyFavours(timeline.favours, tally);
        Figures figures = Figures.of(tally.warmth, tally.substance, tally.given, tally.received,
                tally.startedByMe, tally.startedByThem);
        int depthThen = Figures.depthOf(tally.warmthThen * backToHalfYearAgo, tally.substanceThen * backToHalfYearAgo,
                tally.givenThen * favoursBackToHalfYearAgo, tally.receivedThen * favoursBackToHalfYearAgo);
        return new Score(figures, depthThen, tally.evidence());
    }

    private void tallyInteractions(InteractionColumns columns, Tally t) {
        int end = columns.countUpTo(asOf);
        t.interactions = end;
        if (end == 0) {
            return;
        }
        t.first = columns.days[0];
        t.latest = columns.days[end - 1];
        int ringYearStart = t.latest - Rings.RING_YEAR_DAYS;
        int rhythmStart = asOf - Cadence.RHYTHM_WINDOW_DAYS;
        int halfYearAgo = asOf - Status.LOOKBACK_DAYS;
        int earlierHalfYearStart = halfYearAgo - Status.LOOKBACK_DAYS;
        for (int i = 0; i < end; i++) {
            int day = columns.days[i];
            double weighted = columns.weights[i] * decay.at(asOf - day);
            boolean substantial = columns.isSubstantial(i);
            t.addWarmth(day, weighted, substantial);
            if (day > asOf - LAST_YEAR_DAYS) {
                t.addToLastYear(substantial, columns.initiative(i));
            }
            if (substantial) {
                t.latestSubstantial = day;
            }
            if (columns.isMeaningful(i)) {
                t.latestMeaningful = day;
                if (day > ringYearStart) {
                    t.meaningfulInRingYear++;
                }
                if (day > rhythmStart) {
                    addRhythmDay(t, day);
                }
                if (day > halfYearAgo) {
                    t.meaningfulRecent++;
                } else if (day > earlierHalfYearStart) {
                    t.meaningfulBefore++;
                }
            }
        }
        t.medianGap = Cadence.medianGap(rhythmDays, t.rhythmDays);
    }

    private void addRhythmDay(Tally t, int day) {
        if (t.rhythmDays > 0 && rhythmDays[t.rhythmDays - 1] == day) {
            return;
        }
        if (t.rhythmDays == rhythmDays.length) {
            rhythmDays = Arrays.copyOf(rhythmDays, rhythmDays.length * 2);
        }
        rhythmDays[t.rhythmDays++] = day;
    }

    private void tallyFavours(FavourColumns columns, Tally t) {
        int end = columns.countUpTo(asOf);
        t.favours = end;
        int earlier = asOf - Status.LOOKBACK_DAYS;
        for (int i = 0; i < end; i++) {
            int day = columns.days[i];
            double weighted = columns.points[i] * favourDecay.at(asOf - day);
            boolean given = columns.isGiven(i);
            boolean lastYear = day > asOf - LAST_YEAR_DAYS;
            if (given) {
                t.given += weighted;
                t.givenThen += day <= earlier ? weighted : 0;
                t.givenLastYear += lastYear ? 1 : 0;
            } else {
                t.received += weighted;
                t.receivedThen += day <= earlier ? weighted : 0;
                t.receivedLastYear += lastYear ? 1 : 0;
            }
            t.latestFavour = day;
        }
    }

    /** The running sums and counts of one person's walk. */
    private final class Tally {
        int interactions;
        int first = Days.NONE;
        int latest = Days.NONE;
        double warmth;
        double substance;
        double warmthThen;
        double substanceThen;
        int lastYear;
        int substantialLastYear;
        int startedByMe;
        int startedByThem;
        int latestSubstantial = Days.NONE;
        int latestMeaningful = Days.NONE;
        int meaningfulInRingYear;
        int rhythmDays;
        Double medianGap;
        int meaningfulRecent;
        int meaningfulBefore;
        int favours;
        double given;
        double received;
        double givenThen;
        double receivedThen;
        int givenLastYear;
        int receivedLastYear;
        int latestFavour = Days.NONE;

        void addWarmth(int day, double weighted, boolean substantial) {
            warmth += weighted;
            substance += substantial ? weighted : 0;
            if (day <= asOf - Status.LOOKBACK_DAYS) {
                warmthThen += weighted;
                substanceThen += substantial ? weighted : 0;
            }
        }

        void addToLastYear(boolean substantial, int initiative) {
            lastYear++;
            substantialLastYear += substantial ? 1 : 0;
            startedByMe += initiative > 0 ? 1 : 0;
            startedByThem += initiative < 0 ? 1 : 0;
        }

        Evidence evidence() {
            return new Evidence(interactions, Days.dateOrNull(first), Days.dateOrNull(latest), lastYear,
                    substantialLastYear, Days.dateOrNull(latestSubstantial), Days.dateOrNull(latestMeaningful),
                    startedByMe, startedByThem, favours, givenLastYear, receivedLastYear,
                    Days.dateOrNull(latestFavour), meaningfulInRingYear, rhythmDays, medianGap,
                    meaningfulRecent, meaningfulBefore);
        }
    }
}
