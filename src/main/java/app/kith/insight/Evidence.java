package app.kith.insight;

import java.time.LocalDate;

/**
 * The counts and dates behind a person's figures as of a date: what the labels' evidence rules
 * test and what the explanations cite. "Last year" means dated after T − 365 and on or before T.
 *
 * @param interactions conversations on or before T
 * @param first the earliest of them, or null
 * @param latest the latest of them, or null
 * @param interactionsLastYear conversations in the last year
 * @param substantialLastYear personal or deep conversations in the last year
 * @param latestSubstantial the latest personal or deep conversation, or null
 * @param latestMeaningful the latest meaningful conversation, or null
 * @param startedByMe conversations of the last year that I started
 * @param startedByThem conversations of the last year that they started
 * @param favours favours on or before T
 * @param favoursGivenLastYear favours I gave in the last year, promised or done
 * @param favoursReceivedLastYear favours I received in the last year, promised or done
 * @param latestFavour the latest favour, or null
 * @param meaningfulInRingYear meaningful conversations in the 365 days up to the latest conversation
 * @param rhythmDays distinct days with a meaningful conversation in the 730 days up to T
 * @param medianGap the median gap in days between those days, or null with fewer than 5 of them
 * @param meaningfulRecent meaningful conversations dated in (T − 180, T]: the recent half year
 * @param meaningfulBefore meaningful conversations dated in (T − 360, T − 180]: the half year before it
 */
public record Evidence(int interactions, LocalDate first, LocalDate latest, int interactionsLastYear,
                       int substantialLastYear, LocalDate latestSubstantial, LocalDate latestMeaningful,
                       int startedByMe, int startedByThem, int favours, int favoursGivenLastYear,
                       int favoursReceivedLastYear, LocalDate latestFavour, int meaningfulInRingYear,
                       int rhythmDays, Double medianGap, int meaningfulRecent, int meaningfulBefore) {

    public int favoursLastYear() {
        return favoursGivenLastYear + favoursReceivedLastYear;
    }

    /** Conversations of the last year that one side started: the evidence for initiative. */
    public int knownInitiatorLastYear() {
        return startedByMe + startedByThem;
    }
}
