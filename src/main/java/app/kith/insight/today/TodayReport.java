package app.kith.insight.today;

import app.kith.domain.Depth;
import app.kith.domain.FollowUp;
import app.kith.insight.JournalInsight;
import app.kith.insight.PersonInsight;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Today as of a day T, card by card: the one computation behind the Today screen and {@code kith today}.
 *
 * @param reachOut the first {@value #REACH_OUT} people of the review queue, in its order
 * @param waiting how many people the whole review queue holds
 * @param followUpsDue the follow-ups due on or before T and not done, of people not archived, earliest first
 * @param comingUp birthdays and dates in the next {@value ComingUp#DAYS_AHEAD} days (see {@link ComingUp})
 * @param monthMix conversations by depth for the 12 calendar months ending with T's month, oldest first
 * @param recent conversations dated T − 6 … T, newest first
 * @param prompt the reminder that a review is due, or empty
 */
public record TodayReport(LocalDate asOf, List<PersonInsight> reachOut, int waiting,
                          List<NamedFollowUp> followUpsDue, List<ComingDate> comingUp, List<MonthMix> monthMix,
                          List<RecentEntry> recent, Optional<ReviewPrompt> prompt) {

    /** How many people Reach out shows. */
    public static final int REACH_OUT = 5;
    /** The months of the mix: T's month and the 11 before it. */
    public static final int MONTHS = 12;
    /** The days of Recent: T and the 6 before it. */
    public static final int RECENT_DAYS = 7;

    /** Newest first; on one day the later time first, a conversation without a time after those with one. */
    private static final Comparator<RecentEntry> NEWEST_FIRST = Comparator.comparing(RecentEntry::date).reversed()
            .thenComparing(RecentEntry::time, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder())
                    .reversed())
            .thenComparing(RecentEntry::id);

    public TodayReport {
        reachOut = List.copyOf(reachOut);
        followUpsDue = List.copyOf(followUpsDue);
        comingUp = List.copyOf(comingUp);
        monthMix = List.copyOf(monthMix);
        recent = List.copyOf(recent);
    }

    /**
     * @param insight the journal's insight as of T
     * @param entries what the journal holds for the other cards, read as of the same T
     * @throws IllegalArgumentException when the two are of different days
     */
    public static TodayReport of(JournalInsight insight, TodayEntries entries) {
        LocalDate asOf = insight.asOf();
        if (!entries.asOf().equals(asOf)) {
            throw new IllegalArgumentException("the insight is of " + asOf + ", the entries of " + entries.asOf());
        }
        List<PersonInsight> queue = insight.reviewQueue();
        return new TodayReport(asOf, queue.subList(0, Math.min(REACH_OUT, queue.size())), queue.size(),
                followUpsDue(insight), ComingUp.of(entries.dates(), asOf), months(entries.months(), asOf),
                recent(entries.recent(), asOf),
                ReviewPrompt.of(entries.lastReview(), entries.reviewEveryDays(), asOf, queue.size()));
    }

    /** True when nobody is waiting for a conversation and no follow-up is due. */
    public boolean nothingDue() {
        return reachOut.isEmpty() && followUpsDue.isEmpty();
    }

    private static List<NamedFollowUp> followUpsDue(JournalInsight insight) {
        List<NamedFollowUp> due = new ArrayList<>();
        for (FollowUp followUp : insight.followUpsDue()) {
            due.add(new NamedFollowUp(followUp, insight.of(followUp.person()).person().name()));
        }
        return due;
    }

    /** Every one of the 12 months, oldest first, those without conversations as zeros. */
    static List<MonthMix> months(List<MonthMix> counted, LocalDate asOf) {
        YearMonth last = YearMonth.from(asOf);
        YearMonth first = last.minusMonths(MONTHS - 1);
        Map<YearMonth, Map<Depth, Integer>> byMonth = new HashMap<>();
        for (MonthMix month : counted) {
            if (!month.month().isBefore(first) && !month.month().isAfter(last)) {
                Map<Depth, Integer> sums = byMonth.computeIfAbsent(month.month(), key -> new EnumMap<>(Depth.class));
                month.counts().forEach((depth, count) -> sums.merge(depth, count, Integer::sum));
            }
        }
        List<MonthMix> months = new ArrayList<>(MONTHS);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new MonthMix(month, byMonth.getOrDefault(month, Map.of())));
        }
        return months;
    }

    static List<RecentEntry> recent(List<RecentEntry> entries, LocalDate asOf) {
        LocalDate first = asOf.minusDays(RECENT_DAYS - 1);
        return entries.stream()
                .filter(entry -> !entry.date().isBefore(first) && !entry.date().isAfter(asOf))
                .sorted(NEWEST_FIRST)
                .toList();
    }
}
