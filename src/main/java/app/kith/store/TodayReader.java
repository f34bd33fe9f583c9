package app.kith.store;

import app.kith.domain.Channel;
import app.kith.domain.Depth;
import app.kith.domain.ImportantDate;
import app.kith.domain.PartialDate;
import app.kith.insight.JournalInsight;
import app.kith.insight.NameOrder;
import app.kith.insight.today.MonthMix;
import app.kith.insight.today.NamedFollowUp;
import app.kith.insight.today.PersonDates;
import app.kith.insight.today.RecentEntry;
import app.kith.insight.today.TodayEntries;
import app.kith.insight.today.TodayReport;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.ResultQuery;
import static app.kith.store.schema.Tables.FOLLOW_UP;
import static app.kith.store.schema.Tables.INTERACTION;
import static app.kith.store.schema.Tables.INTERACTION_PERSON;
import static app.kith.store.schema.Tables.PERSON;
import static app.kith.store.schema.Tables.PERSON_DATE;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lower;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.year;

/**
 * What Today and the calendar export read besides the insight: the days to remember of everyone not archived,
 * the month mix and the recent conversations. Each is a bounded read (a date range on the interaction date's
 * index, or the people's few dates), never a lifetime of entries.
 */
public final class TodayReader {

    private final Database database;
    private final ReviewRepository reviews;
    private final SettingsRepository settings;

    TodayReader(Database database, ReviewRepository reviews, SettingsRepository settings) {
        this.database = database;
        this.reviews = reviews;
        this.settings = settings;
    }

    /**
     * Today as of the insight's day: the one way the window (with its snapshot's insight) and {@code kith today}
     * (with the insight it reads) make the report.
     */
    public TodayReport report(JournalInsight insight) {
        return TodayReport.of(insight, read(insight.asOf()));
    }

    /** Everything Today reads besides the insight as of the day (it needs no insight, so it may run beside it). */
    public TodayEntries read(LocalDate asOf) {
        return database.read(ctx -> new TodayEntries(asOf, dates(ctx), months(ctx, asOf), recent(ctx, asOf),
                reviews.latestHeldOn(), settings.reviewEveryDays()));
    }

    /** Everyone not archived who has a birthday or another date to remember, in name order. */
    public List<PersonDates> dates() {
        return database.read(TodayReader::dates);
    }

    /** The follow-ups not done yet of everyone not archived, soonest due first, with the person's name. */
    public List<NamedFollowUp> openFollowUps() {
        return database.read(ctx -> ctx.select(FOLLOW_UP.asterisk(), PERSON.NAME)
                .from(FOLLOW_UP).join(PERSON).on(PERSON.ID.eq(FOLLOW_UP.PERSON_ID))
                .where(FOLLOW_UP.DONE.isFalse().and(PERSON.ARCHIVED.isFalse()))
                .orderBy(FOLLOW_UP.DUE_ON, lower(PERSON.NAME), FOLLOW_UP.ID)
                .fetch(row -> new NamedFollowUp(FollowUpRows.followUp(row.into(FOLLOW_UP)), row.get(PERSON.NAME))));
    }

    static List<PersonDates> dates(DSLContext ctx) {
        Map<UUID, Dated> people = new LinkedHashMap<>();
        ctx.select(PERSON.ID, PERSON.NAME, PERSON.BIRTHDAY_YEAR, PERSON.BIRTHDAY_MONTH, PERSON.BIRTHDAY_DAY)
                .from(PERSON)
                .where(PERSON.ARCHIVED.isFalse().and(PERSON.BIRTHDAY_MONTH.isNotNull()))
                .forEach(row -> people.put(row.value1(), new Dated(row.value2(),
                        new PartialDate(row.value3(), row.value4(), row.value5()))));
        ctx.select(PERSON_DATE.PERSON_ID, PERSON.NAME, PERSON_DATE.LABEL, PERSON_DATE.DATE_YEAR,
                        PERSON_DATE.DATE_MONTH, PERSON_DATE.DATE_DAY)
                .from(PERSON_DATE).join(PERSON).on(PERSON.ID.eq(PERSON_DATE.PERSON_ID))
                .where(PERSON.ARCHIVED.isFalse())
                .orderBy(PERSON_DATE.PERSON_ID, PERSON_DATE.POSITION)
                .forEach(row -> people.computeIfAbsent(row.value1(), id -> new Dated(row.value2(), null))
                        .dates().add(new ImportantDate(row.value3(),
                                new PartialDate(row.value4(), row.value5(), row.value6()))));
        List<PersonDates> dates = new ArrayList<>(people.size());
        people.forEach((id, dated) -> dates.add(new PersonDates(id, dated.name(), dated.birthday(), dated.dates())));
        dates.sort((a, b) -> NameOrder.NAMES.compare(a.name(), b.name()));
        return dates;
    }

    /** A person's dates while they are gathered. */
    private record Dated(String name, PartialDate birthday, List<ImportantDate> dates) {
        Dated(String name, PartialDate birthday) {
            this(name, birthday, new ArrayList<>());
        }
    }

    /**
     * One aggregate over the interactions dated from the first day of the 12th month back to T: the range is
     * read through the index on the interaction date, and each conversation counts once, however many people
     * it was with.
     */
    static List<MonthMix> months(DSLContext ctx, LocalDate asOf) {
        Map<YearMonth, Map<Depth, Integer>> counts = new LinkedHashMap<>();
        monthsQuery(ctx, asOf).forEach(row -> counts.computeIfAbsent(YearMonth.of(row.value1(), row.value2()),
                key -> new EnumMap<>(Depth.class)).put(Depth.fromCode(row.value3()), row.value4()));
        List<MonthMix> months = new ArrayList<>(counts.size());
        counts.forEach((yearMonth, byDepth) -> months.add(new MonthMix(yearMonth, byDepth)));
        return months;
    }

    /** Conversations counted by year, month and depth over the 12 months up to T. */
    static ResultQuery<Record4<Integer, Integer, String, Integer>> monthsQuery(DSLContext ctx, LocalDate asOf) {
        LocalDate first = YearMonth.from(asOf).minusMonths(TodayReport.MONTHS - 1).atDay(1);
        Field<Integer> year = year(INTERACTION.OCCURRED_ON);
        Field<Integer> month = month(INTERACTION.OCCURRED_ON);
        return ctx.select(year, month, INTERACTION.DEPTH, count())
                .from(INTERACTION)
                .where(INTERACTION.OCCURRED_ON.between(first, asOf))
                .groupBy(year, month, INTERACTION.DEPTH);
    }

    /** The conversations dated T − 6 … T, each with the names of its people in name order. */
    static List<RecentEntry> recent(DSLContext ctx, LocalDate asOf) {
        LocalDate first = asOf.minusDays(TodayReport.RECENT_DAYS - 1);
        Condition inRange = INTERACTION.OCCURRED_ON.between(first, asOf);
        Map<UUID, List<String>> names = ctx.select(INTERACTION_PERSON.INTERACTION_ID, PERSON.NAME)
                .from(INTERACTION)
                .join(INTERACTION_PERSON).on(INTERACTION_PERSON.INTERACTION_ID.eq(INTERACTION.ID))
                .join(PERSON).on(PERSON.ID.eq(INTERACTION_PERSON.PERSON_ID))
                .where(inRange)
                .orderBy(INTERACTION_PERSON.INTERACTION_ID, lower(PERSON.NAME), PERSON.NAME)
                .fetchGroups(INTERACTION_PERSON.INTERACTION_ID, PERSON.NAME);
        return ctx.select(INTERACTION.ID, INTERACTION.OCCURRED_ON, INTERACTION.OCCURRED_AT, INTERACTION.CHANNEL,
                        INTERACTION.DEPTH)
                .from(INTERACTION)
                .where(inRange)
                .orderBy(INTERACTION.OCCURRED_ON.desc(), INTERACTION.OCCURRED_AT.desc().nullsLast(), INTERACTION.ID)
                .fetch(row -> new RecentEntry(row.value1(), row.value2(), row.value3(),
                        Channel.fromCode(row.value4()), Depth.fromCode(row.value5()),
                        names.getOrDefault(row.value1(), List.of())));
    }
}
