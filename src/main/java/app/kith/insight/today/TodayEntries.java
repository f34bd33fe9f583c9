package app.kith.insight.today;

import java.util.List;

/**
 * What Today reads from the journal besides its insight, as of a day T.
 *
 * @param dates everyone not archived who has a birthday or another date to remember
 * @param months conversations counted by month and depth, for the 12 calendar months ending with T's month, only
 *               those dated on or before T; months without conversations may be left out
 * @param recent the conversations dated T − 6 … T
 */
public record TodayEntries(List<PersonDates> dates, List<MonthMix> months, List<RecentEntry> recent) {

    public TodayEntries {
        dates = List.copyOf(dates);
        months = List.copyOf(months);
        recent = List.copyOf(recent);
    }
}
