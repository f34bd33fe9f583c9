package app.kith.ui.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.kith.domain.Depth;
import app.kith.domain.FollowUp;
import app.kith.domain.PartialDate;
import app.kith.insight.today.ComingDate;
import app.kith.insight.today.MonthMix;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.ReviewPrompt;
import app.kith.insight.today.TodayReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Today's cards say near days in words and farther ones as dates of the user's locale. */
class TodayItemsTest {

    /** A Saturday. */
    private static final LocalDate TODAY = LocalDate.of(2027, 2, 20);
    private static final UUID ANN = UUID.randomUUID();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | due Nov 1, 2026 | February 28 | Your last review was on Dec 1, 2026 · 3 people are waiting"
                + " | Feb | February 2027: 1,234 conversations (1,000 small talk, 200 catch-up, 30 personal, 4 deep)",
        "en-GB | due 1 Nov 2026 | 28 February | Your last review was on 1 Dec 2026 · 3 people are waiting"
                + " | Feb | February 2027: 1,234 conversations (1,000 small talk, 200 catch-up, 30 personal, 4 deep)",
        "de-DE | due 01.11.2026 | 28. Februar | Your last review was on 01.12.2026 · 3 people are waiting"
                + " | Feb | Februar 2027: 1.234 conversations (1.000 small talk, 200 catch-up, 30 personal, 4 deep)",
    })
    void fartherDaysAreDatesOfTheLocale(String tag, String due, String coming, String prompt, String month,
                                        String monthSaid) {
        TodayItems items = new TodayItems(Locale.forLanguageTag(tag));
        TodayReport report = report(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 1));

        assertThat(items.followUps(report)).extracting(TodayItems.DueFollowUp::when)
                .containsExactly(due, "due 10 days ago");
        assertThat(items.comingUp(report)).extracting(TodayItems.Coming::when, TodayItems.Coming::date)
                .containsExactly(tuple("In 8 days", coming));
        assertThat(items.prompt(report)).isEqualTo(prompt);
        assertThat(items.months(report)).extracting(TodayItems.Month::label, TodayItems.Month::description)
                .containsExactly(tuple(month, monthSaid));
    }

    @Test
    void aRecentReviewIsSaidInWordsWithoutOn() {
        TodayItems items = new TodayItems(Locale.UK);

        assertThat(items.prompt(report(TODAY, TODAY.minusDays(1))))
                .isEqualTo("Your last review was yesterday · 3 people are waiting");
        assertThat(items.prompt(report(TODAY, TODAY.minusDays(40))))
                .isEqualTo("Your last review was 40 days ago · 3 people are waiting");
    }

    private static TodayReport report(LocalDate farDue, LocalDate lastReview) {
        List<NamedFollowUp> due = List.of(
                new NamedFollowUp(new FollowUp(UUID.randomUUID(), ANN, farDue, "Send the photos", false), "Ann Lee"),
                new NamedFollowUp(new FollowUp(UUID.randomUUID(), ANN, TODAY.minusDays(10), "Call back", false),
                        "Ann Lee"));
        ComingDate birthday = new ComingDate(ANN, "Ann Lee", ComingDate.BIRTHDAY, new PartialDate(null, 2, 28),
                LocalDate.of(2027, 2, 28), null);
        MonthMix february = new MonthMix(YearMonth.from(TODAY), Map.of(Depth.SMALL_TALK, 1000, Depth.CATCH_UP, 200,
                Depth.PERSONAL, 30, Depth.DEEP, 4));
        ReviewPrompt prompt = new ReviewPrompt(lastReview, (int) (TODAY.toEpochDay() - lastReview.toEpochDay()), 3);
        return new TodayReport(TODAY, List.of(), 3, due, List.of(birthday), List.of(february), List.of(),
                Optional.of(prompt));
    }
}
