package app.kith.insight.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What Today reads from the journal besides its insight, as of a day T.
 *
 * @param dates everyone not archived who has a birthday or another date to remember
 * @param months conversations counted by month and depth, for the 12 calendar months ending with T's month, only
 *               those dated on or before T; months without conversations may be left out
 * @param recent the conversations dated T − 6 … T
 * @param lastReview the day of the latest review held, if any
 * @param reviewEveryDays how often the person wants to review (a setting)
 */
public record TodayEntries(LocalDate asOf, List<PersonDates> dates, List<MonthMix> months, List<RecentEntry> recent,
                           Optional<LocalDate> lastReview, int reviewEveryDays) {

    public TodayEntries {
        Objects.requireNonNull(asOf, "asOf");
        dates = List.copyOf(dates);
        months = List.copyOf(months);
        recent = List.copyOf(recent);
        Objects.requireNonNull(lastReview, "lastReview");
    }
}
